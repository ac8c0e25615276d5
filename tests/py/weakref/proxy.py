# expected: python3.13 (weakref.proxy forwards to the referent)
import weakref


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __str__(self):
        return "Vec(%d, %d)" % (self.x, self.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def __call__(self, k):
        return Vec(self.x * k, self.y * k)


v = Vec(1, 2)
p = weakref.proxy(v)
print(p.x, p.y, p.norm1(), len(p), p[1], list(p), str(p), bool(p))
print(type(p).__name__, weakref.proxy(v) is p, weakref.getweakrefcount(v))
p.x = 10
print(v.x)
print(str(p + Vec(1, 1)), p == Vec(10, 2), str(p(3)))
print(isinstance(p, weakref.ProxyTypes), type(p) is weakref.CallableProxyType)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


pl = Plain()
pp = weakref.proxy(pl, lambda ref: print("proxy callback"))
print(type(pp) is weakref.ProxyType)
del pl
for action in ("getattr", "setattr", "str", "bool"):
    try:
        if action == "getattr":
            pp.anything
        elif action == "setattr":
            pp.x = 1
        elif action == "str":
            str(pp)
        else:
            bool(pp)
    except ReferenceError as e:
        print(action, "ReferenceError:", e)
del v
try:
    p.x
except ReferenceError as e:
    print("ReferenceError:", e)
