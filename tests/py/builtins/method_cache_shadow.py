# Instance attributes that shadow a type's method, through warmed call sites.
import math


def call_note(items):
    for x in items:
        x.add_note("n")


plain = Exception("plain")
shadowed = Exception("shadowed")
shadowed.add_note = lambda s: print("shadow", s)
call_note([plain, plain, plain, shadowed, plain, shadowed])
print(plain.__notes__, hasattr(shadowed, "__notes__"))

# The other order: the site first sees the shadowing instance.
a = KeyError("a")
a.add_note = lambda s: print("shadow first", s)
b = KeyError("b")
call_note([a, b, a, b])
print(b.__notes__)

# Removing the shadow brings the method back at the same site.
del a.add_note
call_note([a, a])
print(a.__notes__)

# Attribute loads (not calls) through a warmed site.
def grab(items):
    return [x.with_traceback for x in items]


e1, e2 = ValueError(1), ValueError(2)
e2.with_traceback = "instance value"
for got in grab([e1, e1, e2, e1]):
    print(type(got).__name__, got if isinstance(got, str) else got.__name__)

# Module attributes at a warmed site follow reassignment.
def roots():
    return [math.sqrt(x) for x in (4.0, 9.0)]


print(roots())
saved = math.sqrt
math.sqrt = lambda x: -x
print(roots())
math.sqrt = saved
print(roots())

# One call site, many receiver types.
def counts(items):
    return [x.count(1) for x in items]


print(counts([[1, 1, 2], (1,), [3], (1, 1, 1), b"\x01\x01", bytearray(b"\x01")]))


def parts(items):
    return [(x.real, x.imag) for x in items]


print(parts([1, 2.5, True, 3j, 7, 1.0]))

# A method looked up through a function whose instance dict holds the same name.
def f():
    return "f"


f.__repr__ = lambda: "shadowed repr"
for _ in range(3):
    print(f.__repr__(), repr(f).startswith("<function f"))
