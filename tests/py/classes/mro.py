# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# C3 linearisation: __mro__, mro(), consistent-order errors.
def names(cls):
    return [c.__name__ for c in cls.__mro__]

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

for cls in (K1, K2, K3, Z):
    print(cls.__name__, names(cls))
print(Z.mro() == list(Z.__mro__), type(Z.mro()).__name__, type(Z.__mro__).__name__)

# diamond
class Top:
    def who(self):
        return ["Top"]
class Left(Top):
    def who(self):
        return ["Left"] + super().who()
class Right(Top):
    def who(self):
        return ["Right"] + super().who()
class Bottom(Left, Right):
    def who(self):
        return ["Bottom"] + super().who()
print(names(Bottom), Bottom().who())

# inconsistent orders
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Bad(XY, YX):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(X, XY):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Fine(XY, X):
    pass
print(names(Fine))

print(names(object), object.__bases__, object.__base__)
print(names(int), names(bool))
print(type.__mro__)

class MyErr(ValueError): pass
print(names(MyErr))

# mro is computed at creation and stays
class P: pass
class Q(P): pass
print(names(Q))
Q.attr = 1
print(names(Q))
