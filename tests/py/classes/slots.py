# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# __slots__: no instance dict, slot descriptors, errors, inheritance.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 5
print(p.y)
print(type(P.x).__name__)
print(P.x.__get__(p), P.x.__name__)
P.y.__set__(p, 99)
print(p.y)

q = P(0, 0)
try:
    q.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(q)
except TypeError as e:
    print(type(e).__name__, e)

# string __slots__
class One:
    __slots__ = "only"
o = One()
o.only = 1
print(o.only, One.__slots__)
try:
    o.other = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    o2 = One()
    o2.only
except AttributeError as e:
    print(type(e).__name__, e)

# subclass without __slots__ gets a __dict__
class Q(P):
    pass
qq = Q(1, 2)
qq.z = 3
print(qq.x, qq.z, qq.__dict__)

# subclass with its own slots
class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 3
print(r.x, r.y, r.z, hasattr(r, "__dict__"))
try:
    r.w = 4
except AttributeError as e:
    print(type(e).__name__, e)

# __dict__ in slots
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)

# class attribute conflicts with slot
try:
    class Conflict:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print(type(e).__name__, e)

# slots with properties and methods
class Vec:
    __slots__ = ("_x", "_y")
    def __init__(self, x, y):
        self._x, self._y = x, y
    @property
    def length2(self):
        return self._x ** 2 + self._y ** 2
    def __repr__(self):
        return f"Vec({self._x}, {self._y})"
vs = [Vec(i, i + 1) for i in range(3)]
print(vs, [v.length2 for v in vs])

# empty slots
class Nothing:
    __slots__ = ()
n = Nothing()
try:
    n.a = 1
except AttributeError as e:
    print(type(e).__name__, e)
