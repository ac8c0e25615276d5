# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Built-ins that need the data model: type(), object(), super, __build_class__, id, hash,
# globals/locals, __subclasses__.
class A:
    pass
class B(A):
    pass
class C(A):
    pass
print([k.__name__ for k in A.__subclasses__()], B.__subclasses__(), type(A.__subclasses__()).__name__)

a1, a2 = A(), A()
print(id(a1) == id(a1), id(a1) != id(a2), type(id(a1)).__name__, hash(a1) == hash(a1), hash(a1) != hash(a2))
print(a1 is a1, a1 is not a2, {a1: 1, a2: 2}[a2])

# object()
o = object()
print(type(o).__name__, o == o, o != object(), o.__class__ is object, isinstance(o, object))
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__name__, object.__mro__)

# type() with one argument and introspection
print(type(a1).__name__, type(A).__name__, type(type).__name__, type(None).__name__)
print(type.__name__, type(len).__name__, type(A.__init__).__name__, type(a1.__init__).__name__)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)

# __build_class__ called directly
import sys
bc = __build_class__
def body():
    pass
K = bc(body, "K")
print(type(K).__name__, K.__name__, K.__bases__)
K2 = bc(body, "K2", A)
print(K2.__bases__[0] is A, issubclass(K2, A))
for args in ((), (body,), (1, "X"), (body, 1)):
    try:
        bc(*args)
    except TypeError as e:
        print(type(e).__name__, e)

# super() introspection
print(super(B, B()).__class__.__name__, super(B).__thisclass__.__name__, super(B).__self__)
print(repr(super(int)))
try:
    super(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)

# locals() in a method, globals() identity
class L:
    def m(self, x, y=2):
        z = x + y
        return sorted(locals())
print(L().m(1), globals() is globals(), "L" in globals(), globals()["L"] is L)
def f():
    class Inner:
        pass
    return "Inner" in locals(), type(locals()["Inner"]).__name__
print(f())

# staticmethod / classmethod objects
def plain(x):
    return x * 2
sm = staticmethod(plain)
cm = classmethod(plain)
print(sm(4), sm.__func__ is plain, cm.__func__ is plain, sm.__wrapped__ is plain)
print(isinstance(sm, staticmethod), type(cm).__name__, callable(sm))

# property objects
p = property(lambda self: 1, doc="docs")
print(p.__doc__, p.fget(None), p.fset, p.fdel, type(p).__name__)
print(p.__get__(None, A) is p, p.__get__(A()))
try:
    p.__set__(A(), 2)
except AttributeError as e:
    print(type(e).__name__)  # message names the owner class only when known
