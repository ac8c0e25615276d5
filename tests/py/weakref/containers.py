# expected: python3.13 (WeakValueDictionary, WeakKeyDictionary, WeakSet)
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


print("-- WeakValueDictionary")
cache = weakref.WeakValueDictionary()
a, b, c = Obj("a"), Obj("b"), Obj("c")
cache["a"] = a
cache["b"] = b
cache[3] = c
print(len(cache), sorted(map(str, cache.keys())), cache["a"], "b" in cache, cache.get("zz", "default"))
del b
print(len(cache), "b" in cache, cache.get("b"), sorted(map(str, cache)))
try:
    cache["b"]
except KeyError as e:
    print("KeyError", e)
print(sorted((str(k), v.name) for k, v in cache.items()))
print(sorted(v.name for v in cache.values()))
print(cache.pop("a").name, len(cache), cache.pop("a", "gone"))
print(cache.setdefault(3, None).name)
cache.update({"x": a}, y=c)
print(sorted(str(k) for k in cache), isinstance(cache, weakref.WeakValueDictionary))
copy = cache.copy()
del a
print(len(cache), len(copy), sorted(str(k) for k in copy))
for k in list(cache.keys()):
    del cache[k]
print(len(cache), len(cache.valuerefs()))

print("-- WeakKeyDictionary")
meta = weakref.WeakKeyDictionary()
k1, k2 = Obj("k1"), Obj("k2")
meta[k1] = "first"
meta[k2] = "second"
print(len(meta), meta[k1], k2 in meta, 5 in meta, meta.get(k2), sorted(o.name for o in meta))
del k1
print(len(meta), sorted(o.name for o in meta.keys()), sorted(meta.values()))
print(sorted((o.name, v) for o, v in meta.items()))
print(meta.setdefault(k2, "other"), meta.pop(k2), len(meta))
k3 = Obj("k3")
meta.update({k3: 3})
print(len(meta), len(meta.keyrefs()))
del k3
print(len(meta), list(meta.items()))

print("-- WeakSet")
s = weakref.WeakSet()
x, y, z = Obj("x"), Obj("y"), Obj("z")
s.add(x)
s.add(y)
s.add(x)
print(len(s), x in s, z in s, 1 in s, sorted(o.name for o in s))
del x
print(len(s), sorted(o.name for o in s))
t = weakref.WeakSet([y, z])
print(sorted(o.name for o in s | t), sorted(o.name for o in t - s), sorted(o.name for o in s & t))
print(s <= t, t >= s, s == weakref.WeakSet([y]), s.isdisjoint(weakref.WeakSet([z])))
s.discard(y)
print(len(s), s.pop() if s else "empty")
t.remove(z)
print(sorted(o.name for o in t))
del y
print(len(t), list(t))
