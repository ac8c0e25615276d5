# expected: hand-written (PEP 750 string.templatelib types, Python 3.14 semantics and messages)
import string.templatelib
from string.templatelib import Template, Interpolation, convert

print(string.templatelib.Template is Template, type(t"") is Template)
print(Template, Interpolation, Template.__name__, Interpolation.__module__)
x = 42
t = t"a {x} b"
print(repr(t))
print(t)
i = t.interpolations[0]
print(i, i.value, i.expression, i.conversion, repr(i.format_spec))
print(t.strings is t.strings, t == t, t == t"a {x} b", hash(t) == hash(t))

# Constructors normalise like t-string literals do.
print(Template("a", "b", Interpolation(1, "one"), Interpolation(2), "c"))
print(Template())
print(Interpolation(1, "x", "r", ">5"))
print(Interpolation(value=3, format_spec="d", conversion=None, expression="e"))
print(Template(*t"{x}{x}").strings, t"{x}{x}".strings, list(t"{x}{x}"))
print([type(p).__name__ for p in t"a{1}b{2}"], list(t"a{1}b{2}")[::2])

cases = [
    lambda: Template(1),
    lambda: Template("a", x=1),
    lambda: Interpolation(),
    lambda: Interpolation(1, 2),
    lambda: Interpolation(1, "e", "z"),
    lambda: Interpolation(1, "e", 5),
    lambda: Interpolation(1, "e", None, 3),
    lambda: Interpolation(1, foo=2),
    lambda: Interpolation(1, 2, 3, 4, 5),
    lambda: t"x" + "y",
    lambda: "y" + t"x",
    lambda: t"x" + 1,
    lambda: 1 + t"x",
    lambda: t"x" * 2,
    lambda: convert(1, "x"),
    lambda: convert(1),
]
for case in cases:
    try:
        case()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

for target, attr in [(t, "strings"), (t, "interpolations"), (i, "value"), (i, "format_spec"), (t, "extra")]:
    try:
        setattr(target, attr, None)
    except AttributeError as e:
        print("AttributeError:", e)

# Concatenation joins the boundary strings.
both = t"one {1}" + t" two {2}" + t""
print(both.strings, both.values)
print((t"a" + t"b").strings, (t"{1}" + t"{2}").strings)

# Iteration skips empty strings only.
it = iter(t"{1}{2}c")
print(type(it).__name__, next(it).value, next(it).value, next(it), next(it, "end"))
print([p if isinstance(p, str) else p.expression for p in t"{x} and {x + 1} "])

# Structural pattern matching on Interpolation uses __match_args__.
print(Interpolation.__match_args__)
for part in t"{x!r:>4}{'s'}":
    match part:
        case Interpolation(42, expr, "r", spec):
            print("forty-two", expr, spec)
        case Interpolation(value, conversion=None):
            print("other", value)

# convert() applies conversions as f-strings do.
print(convert(1.5, None), convert("é", "r"), convert("é", "a"), convert(3, "s"), convert(x, conversion="r"))

# Debug specifiers put the text in strings and default to !r without a format spec.
d = t"{x=}|{x=:>5}|{x=!s}"
print(d.strings, [(j.expression, j.conversion, j.format_spec) for j in d.interpolations])

# Nested templates stay templates; raw t-strings keep backslashes.
nested = t"outer {t'inner {x}'}"
print(type(nested.values[0]).__name__, nested.values[0].values, rt"\n{x}\t".strings)
