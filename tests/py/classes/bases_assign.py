# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# __bases__ assignment: CPython's checks and errors, MROs of subclasses recomputed, caches see it;
# __class__ assignment between built-in-layout and exception classes, of a class's metaclass.
class A: pass
class B(list): pass
class C(list): pass
class D(Exception): pass
class E(Exception): pass
a=A()
for tgt in [B]:
    try: a.__class__ = tgt
    except TypeError as e: print(e)
b=B([1,2]); b.__class__ = C; print(type(b), b)
d=D(1); d.__class__ = E; print(type(d), repr(d))
try: del a.__class__
except TypeError as e: print(e)
class M1(type): pass
class M2(type): pass
class K(metaclass=M1): pass
K.__class__ = M2; print(type(K))
try: d.__class__ = A
except TypeError as e: print(e)
class S1: __slots__=('a','b')
class S2: __slots__=('b','a')
s=S1(); s.__class__=S2; print(type(s))
class A: pass
class B(A): pass
class C: pass
class L(list): pass
def t(f):
    try: f()
    except Exception as e: print(type(e).__name__, e)
def s(cls, v): cls.__bases__ = v
t(lambda: s(A, (B,)))
t(lambda: s(A, [C]))
t(lambda: s(A, (1,)))
t(lambda: s(A, (L,)))
t(lambda: s(A, (C, C)))
t(lambda: s(int, (C,)))
t(lambda: s(A, ()))
def d(): del A.__bases__
t(d)
class X: pass
class Y: pass
class Z(X, Y): pass
t(lambda: s(Z, (Y, X))); print(Z.__mro__)
class P(X): pass
class Q(Y, P): pass
t(lambda: s(P, (Y,)))
t(lambda: s(X, (Y,)))
print(Q.__mro__, P.__mro__, P.__base__)
print(Y.__subclasses__(), X.__subclasses__())
A.__name__ = "AA"
t(lambda: s(A, ()))
t(lambda: setattr(A, "__name__", 3))
t(lambda: setattr(A, "__qualname__", 3))
t(lambda: delattr(A, "__name__"))
t(lambda: delattr(A, "__qualname__"))
class O(object): pass
t(lambda: s(O, (object,)))
t(lambda: s(C, (O,)))
print(C.__mro__)
# a subclass of the changed class sees the new MRO, also at a hot call site
class Left:
    def tag(self): return "L"
class Right:
    def tag(self): return "R"
class Mid(Left): pass
class Leaf(Mid): pass
leaf = Leaf()
seen = []
for i in range(40):
    if i == 20:
        Mid.__bases__ = (Right,)
    seen.append(leaf.tag())
print("".join(seen), [k.__name__ for k in Leaf.__mro__], Mid.__base__.__name__)
print(Left.__subclasses__(), [c.__name__ for c in Right.__subclasses__()])
# instance attributes survive __class__ changes; attribute sites follow the new class
class P1:
    kind = "p1"
    def __init__(self): self.x = 1
class P2:
    kind = "p2"
    @property
    def x(self): return "prop"
objs = [P1() for _ in range(3)]
out = []
for i, o in enumerate(objs * 3):
    if i == 4:
        objs[1].__class__ = P2
    out.append((o.kind, o.x))
print(out, objs[1].__dict__)
