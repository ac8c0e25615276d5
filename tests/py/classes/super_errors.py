# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# super() without arguments where the compiler cannot supply them: CPython's errors per frame;
# slot-wrapper vs method-descriptor errors called without a receiver.
class A:
    def who(self): return "A"
class B(A):
    def gen(self):
        return list(super().who() for _ in range(2))
    def lam(self):
        return (lambda: super().who())()
    def lam2(self):
        return (lambda x: super().who())(5)
    def comp(self):
        return [super().who() for _ in range(2)], {super().who() for _ in range(1)}, {k: super().who() for k in range(1)}
    def deleted(self):
        del self
        return super().who()
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
b = B()
t(b.gen); t(b.lam); t(b.lam2); t(b.comp); t(b.deleted)
def f(x): return super()
t(lambda: f(1))
t(lambda: super())
class C:
    def m(*args): return super().__repr__
    def n(**kw): return super()
t(lambda: C().m() is not None)
t(C().n)
t(lambda: object.__eq__())
t(lambda: int.__add__())
t(lambda: list.append())
t(lambda: str.upper())
t(lambda: dict.__len__())
