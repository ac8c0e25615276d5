# expected: python3.13 (subclasses of weakref.ref, WeakMethod is one)
import weakref


class C:
    def method(self):
        return "method of C"


class KeyedRef(weakref.ref):
    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


c = C()
k = KeyedRef(c, lambda r: print("dead key", r.key), "the-key")
print(type(k).__name__, isinstance(k, weakref.ref), k() is c, k.key, weakref.getweakrefcount(c))
basic = weakref.ref(c)
print(k == basic, hash(k) == hash(c), k.__callback__ is not None, k is not basic)


class Named(weakref.ref):
    def __call__(self):
        o = super().__call__()
        return None if o is None else ("named", o)


n = Named(c)
print(n()[0], n is not basic, weakref.getweakrefs(c)[0] is basic, weakref.getweakrefcount(c))
n.extra = 5
print(n.extra)

m = weakref.WeakMethod(c.method)
print(isinstance(m, weakref.ref), m()(), m == weakref.WeakMethod(c.method), hash(m) == hash(c))
del c
print(k(), n(), k.key, m(), basic())

try:
    class P(weakref.ProxyType):
        pass
except TypeError as e:
    print("TypeError:", e)
