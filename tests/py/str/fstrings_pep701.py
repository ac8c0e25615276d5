# expected: python3.13 (PEP 701 f-string grammar is 3.12+; 3.13's output equals 3.14's here)
# Quote reuse, nesting, backslashes and comments inside replacement fields.
names = ["ann", "bob"]
print(f"{", ".join(names)}")
print(f"{f"{f"{1 + 1}"}"}")
print(f"{'\n'.join(names)}")
print(f"{"\t".join(["a", "b"])!r}")
d = {"key": "value"}
print(f"{d["key"]} {d['key']}")
x = 42
print(f"{
    x  # a comment inside the field
    + 1
}")
print(f"{x:{"^"}{10}}|")
print(f"{'a' if x else "b"}", f'{"\\"}', f"{'\N{GREEK SMALL LETTER ALPHA}'}")
print(f"{"nested " + f"{x!r:>5}"}|")
values = [1.5, 2.25]
print(f"{", ".join(f"{v:.1f}" for v in values)}")
print(f"{x=}", f"{ x = }", f"{x = :>6}|", f"{names[0]=!r:^9}|")
print(f"{f"{"deep"}"!r}", len(f"{"x" * 3}"))
