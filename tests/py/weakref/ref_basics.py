# expected: python3.13 (weakref callbacks and clearing order)
import weakref


class C:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "C(%s)" % self.name


def report(label):
    def cb(r):
        print("callback", label, r() is None, type(r).__name__)
    return cb


a = C("a")
r = weakref.ref(a)
print(r() is a, r().name, r.__callback__)
print(weakref.ref(a) is r, weakref.getweakrefcount(a))
r1 = weakref.ref(a, report("first"))
r2 = weakref.ref(a, report("second"))
print(r1 is r2, weakref.getweakrefcount(a))
print(weakref.getweakrefs(a) == [r, r2, r1])
print(r1.__callback__ is not None)
print("deleting")
del a
print("deleted", r(), r1(), r1.__callback__)
print(weakref.getweakrefcount(r1), type(r).__name__, weakref.ref is weakref.ReferenceType)

# Equality and hashing follow the referents while alive.
x = C("x")
y = C("y")
rx = weakref.ref(x)
rx2 = weakref.ref(x, lambda r: None)
ry = weakref.ref(y)
print(rx == rx2, rx != ry, rx == ry, hash(rx) == hash(x), hash(rx2) == hash(x))
h = hash(rx)
del x
print(rx == rx2, rx == rx, hash(rx) == h)
tmp = C("tmp")
rtmp = weakref.ref(tmp)
del tmp
try:
    hash(rtmp)
except TypeError as e:
    print("TypeError:", e)

# Types without weak reference support.
for obj in [1, "s", (), [], {}, object(), 1.5, b"", None]:
    try:
        weakref.ref(obj)
    except TypeError as e:
        print("TypeError:", e)


class Slotted:
    __slots__ = ("v",)


class SlottedWeak:
    __slots__ = ("v", "__weakref__")


class SubOfSlotted(SlottedWeak):
    __slots__ = ()


class IntSub(int):
    pass


class ListSub(list):
    pass


def f():
    pass


for obj in [Slotted(), SlottedWeak(), SubOfSlotted(), IntSub(3), ListSub(), f, C, set(), frozenset(), (i for i in ()), f.__code__, weakref]:
    try:
        weakref.ref(obj)
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError:", e)

# A callback that raises is reported; the program goes on (stderr not compared here).
# Callbacks see the reference; a reference that dies first gets no callback.
z = C("z")
rz = weakref.ref(z, report("never"))
del rz
del z
print("no callback")

# A reference kept in a container dies with the container.
objs = [C(str(i)) for i in range(3)]
refs = [weakref.ref(o, report(o.name)) for o in objs]
print([r().name for r in refs])
objs.pop()
print("popped")
objs.clear()
print("cleared", [r() for r in refs])

# `__weakref__`: the first reference, or None.
fresh = C("fresh")
print(fresh.__weakref__, "__weakref__" in dir(fresh), "__weakref__" in C.__dict__, "__weakref__" in SubOfSlotted.__dict__)
first = weakref.ref(fresh)
print(fresh.__weakref__ is first, repr(C.__weakref__))
