# expected: hand-written (PEP 750 template strings, Python 3.14; expected output derived from the PEP)
name = "World"
t = t"Hello {name}!"
print(type(t).__name__)
print(t.strings)
print(t.values)
i = t.interpolations[0]
print(type(i).__name__, i.value, i.expression, i.conversion, repr(i.format_spec))
x = 3.14159
t2 = t"{x!r:>10} and {x:.2f}"
print(t2.strings)
print([(j.expression, j.conversion, j.format_spec) for j in t2.interpolations])
print(t2.values)
w = 8
t3 = t"{x:{w}.3f}"
print(t3.interpolations[0].format_spec)
t4 = t"{x=}"
print(t4.strings, t4.interpolations[0].conversion)
empty = t""
print(empty.strings, empty.values)
parts = list(t"a{1}b{2}")
print([p if isinstance(p, str) else p.value for p in parts])
t5 = t"one {1}" + t" two {2}"
print(t5.strings, t5.values)
print(f"{name}" == "World", type(t"{name}").__name__)
