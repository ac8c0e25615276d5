# expected: hand-written (PEP 649/749 __annotate__ formats and annotationlib, Python 3.14)
import annotationlib
from annotationlib import Format, ForwardRef, get_annotations, call_annotate_function

print([(f.name, int(f)) for f in Format])

def f(a: int, b: Undefined, c: list[Undefined] | None = None) -> dict[str, Missing.attr]:
    pass

# Compiled annotate functions support VALUE (1) and VALUE_WITH_FAKE_GLOBALS (2) only.
print(f.__annotate__.__name__)
for fmt in (3, 4):
    try:
        f.__annotate__(fmt)
    except NotImplementedError as e:
        print(fmt, "NotImplementedError", e.args)
try:
    f.__annotate__(1)
except NameError as e:
    print("VALUE:", e)

print(get_annotations(f, format=Format.STRING))
fwd = get_annotations(f, format=Format.FORWARDREF)
print(fwd["a"], type(fwd["b"]).__name__, fwd["b"].__forward_arg__)
print(repr(fwd["c"]).replace(hex(id(f)), "0x..."))
print(repr(fwd["return"]).replace(hex(id(f)), "0x..."))
print(call_annotate_function(f.__annotate__, Format.STRING))
try:
    call_annotate_function(f.__annotate__, Format.VALUE_WITH_FAKE_GLOBALS)
except ValueError as e:
    print("ValueError:", e)

# A forward reference that becomes defined evaluates.
Undefined = bytes
print(fwd["b"].evaluate())
print(fwd["b"].evaluate(format=Format.STRING))
print(get_annotations(f, format=Format.FORWARDREF)["b"])

# ForwardRef made by hand.
r = ForwardRef("Sequence[int]")
print(r, r.__forward_arg__, r == ForwardRef("Sequence[int]"))
import typing
print(r.evaluate(globals={"Sequence": typing.Sequence}))
try:
    r.evaluate()
except NameError as e:
    print("NameError:", e)
try:
    ForwardRef(1)
except TypeError as e:
    print("TypeError:", e)
print(typing.ForwardRef is ForwardRef)

# STRING reconstructs the source of expressions.
def ops(a: A | B, b: A[B, C], c: A.b.c, d: A(1, k="v"), e: -A, f: A[1:2], g: (A + B) * C,
        h: "literal", i: A == B, j: A[[B, C], D]):
    pass
for k, v in get_annotations(ops, format=Format.STRING).items():
    print(k, repr(v))

# Classes: STRING and FORWARDREF.
class C:
    x: int
    y: Later | None
    z: "C"
print(get_annotations(C, format=Format.STRING))
print(get_annotations(C, format=Format.FORWARDREF)["y"].__forward_arg__)
class Later:
    pass
print(get_annotations(C))
print(get_annotations(C, format=Format.FORWARDREF))

# eval_str evaluates string annotations.
def s(a: "int", b: "list[str]"):
    pass
print(get_annotations(s, eval_str=True))
try:
    get_annotations(s, eval_str=True, format=Format.STRING)
except ValueError as e:
    print("ValueError:", e)

# Objects without annotations.
print(get_annotations(len), get_annotations(int))
try:
    get_annotations(1)
except TypeError as e:
    print("TypeError:", e)

# Helpers.
print(annotationlib.annotations_to_string({"a": int, "b": list[int], "c": "text", "d": C, "e": ...}))
print(annotationlib.type_repr(len), annotationlib.type_repr(C), annotationlib.type_repr(None))

# A metaclass reads the annotate function from the namespace it receives.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        annotate = annotationlib.get_annotate_from_class_namespace(ns)
        print("annotate in namespace:", annotate is not None)
        if annotate is not None:
            print(call_annotate_function(annotate, Format.FORWARDREF))
        return super().__new__(mcls, name, bases, ns)
class M(metaclass=Meta):
    p: int
    q: NotYet
class N(metaclass=Meta):
    pass
print(annotationlib.get_annotate_from_class_namespace({}))
