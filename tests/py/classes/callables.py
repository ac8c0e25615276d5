# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# __call__, callable(), bound/unbound methods, classmethod/staticmethod, functions as attrs.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(Adder(1).n))
print(list(map(add5, [1, 2, 3])), sorted([3, 1, 2], key=Adder(0)))
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)

# __call__ looked up on the type
nc = NotCallable()
nc.__call__ = lambda: "instance call"
print(callable(nc))
try:
    nc()
except TypeError as e:
    print(type(e).__name__, e)

# classmethod / staticmethod
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("2000-1-1"), MyDate(1, 2, 3).from_string("5-6-7"))
print(Date.is_leap(2000), Date(1, 1, 1).is_leap(1900), MyDate.is_leap(2024))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.__dict__["is_leap"].__func__ is Date.is_leap, Date.__dict__["from_string"].__func__.__name__)
bm = Date.from_string
print(bm.__self__ is Date, bm.__func__.__name__, MyDate.from_string.__self__ is MyDate)

# bound method identity and equality
d = Date(1, 2, 3)
m1, m2 = d.__repr__, d.__repr__
print(m1 == m2, m1 is m2, m1.__self__ is d, m1.__func__ is Date.__repr__)
print(Date.__repr__(d), Date.__init__.__name__)

# a method stored on a class attribute, called through instance and class
def standalone(self, k):
    return f"standalone {type(self).__name__} {k}"
Date.extra = standalone
print(d.extra(1), Date.extra(d, 2))

# callable class instances used as decorators
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls, type(square).__name__)

# a callable object as a method is not bound (no __get__)
class Host:
    helper = CountCalls(lambda *a: len(a))
print(Host().helper(1, 2), Host.helper.calls)

# method taking self by another name, keyword-only args, defaults
class Weird:
    def m(this, a, b=2, *, c=3):
        return (type(this).__name__, a, b, c)
print(Weird().m(1), Weird().m(1, c=9), Weird.m(Weird(), 0, 0, c=0))
try:
    Weird().m(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Weird().m(a=1, d=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Weird.m()
except TypeError as e:
    print(type(e).__name__, e)
