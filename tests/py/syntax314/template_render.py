# expected: hand-written (PEP 750 template strings, Python 3.14; processing templates as the PEP's examples do)
from string.templatelib import Template, Interpolation, convert


def render(template):
    """What an f-string would produce: conversion, then format()."""
    out = []
    for part in template:
        if isinstance(part, str):
            out.append(part)
        else:
            value = convert(part.value, part.conversion)
            out.append(format(value, part.format_spec))
    return "".join(out)


def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def html(template):
    """Escape interpolated values, keep the static text; nested templates are rendered as html."""
    out = []
    for part in template:
        match part:
            case str() as s:
                out.append(s)
            case Interpolation(Template() as inner):
                out.append(html(inner))
            case Interpolation(value, _, conversion, spec):
                out.append(escape(format(convert(value, conversion), spec)))
    return "".join(out)


name = "World"
pi = 3.14159265
width = 10
items = ["a", "b"]
print(render(t"Hello {name}!"))
print(render(t"{pi:.3f}|{pi:>{width}.2f}|{name!r}|{name!a:^9}|{items}"))
print(render(t"{name=} {pi=:.1f} {width = }"))
print(render(t"") == "", render(t"plain") == "plain")
print(render(t"{'é'!a}{'é'!s}{'é'!r}"))

evil = "<script>alert('x')</script>"
print(html(t"<p>{evil}</p>"))
link = t'<a href="{"/q?a=1&b=2"}">{name}</a>'
print(html(t"<div>{link} & {evil!r}</div>"))

# Evaluation order: values and format specs left to right, each exactly once.
log = []
def v(x):
    log.append(x)
    return x
t = t"{v(1)}{v(2):{v('>')}{v(3)}}{v(4)!r}"
print(log, t.values, [i.format_spec for i in t.interpolations])
print(render(t))

# Templates built piecewise.
parts = [t"{i}" for i in range(3)]
joined = parts[0]
for p in parts[1:]:
    joined = joined + t", " + p
print(joined.strings, joined.values, render(joined))
print(render(Template("x=", Interpolation(5, "x", None, "03d"), "!")))

# A t-string inside a function keeps its own scope, like an f-string.
def greet(who, punct="!"):
    return t"Hi {who}{punct}"
g = greet("Ann")
print(g.strings, g.values, [i.expression for i in g.interpolations])
print([render(t"{n * n}") for n in range(4)])
print(sum(len(t"{c}{c}".interpolations) for c in "abc"))
