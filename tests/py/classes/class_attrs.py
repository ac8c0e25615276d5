# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Class attributes vs instance attributes, mutable class attrs, __dict__, __name__ etc.
class Counter:
    count = 0
    shared = []
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
    def add(self, x):
        self.shared.append(x)

a, b = Counter(), Counter()
a.add(1)
b.add(2)
print(Counter.count, a.id, b.id, Counter.shared, a.shared is b.shared)

# assignment through instance creates instance attr
a.count = 100
print(a.count, b.count, Counter.count, "count" in a.__dict__, "count" in b.__dict__)

# class __dict__ holds functions, class attrs; instance __dict__ holds instance attrs
print(sorted(k for k in Counter.__dict__ if not k.startswith("__")))
print(type(Counter.__dict__["add"]).__name__, Counter.__dict__["count"])
print(sorted(a.__dict__), a.__dict__ == {"id": 1, "count": 100})
print("__init__" in Counter.__dict__, "__module__" in Counter.__dict__, Counter.__dict__["__module__"])
print("__doc__" in Counter.__dict__, Counter.__doc__)

# assigning __dict__ entries
a.__dict__["new"] = "via dict"
print(a.new)
a.__dict__.update(x=1, y=2)
print(a.x + a.y, sorted(vars(a)))
del a.__dict__["x"]
print(hasattr(a, "x"))

# class __dict__ is read-only (a mappingproxy)
try:
    Counter.__dict__["z"] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(type(Counter.__dict__).__name__)

# special attributes
class Base:
    pass
class Der(Base):
    "doc string"
print(Der.__name__, Der.__qualname__, Der.__module__, Der.__doc__, Base.__doc__)
print(Der.__bases__, Der.__base__.__name__, object.__base__)
Der.__name__ = "Renamed"
print(Der.__name__, Der.__qualname__, repr(Der))
Der.__qualname__ = "Q.Renamed"
print(repr(Der))
Der.__doc__ = "new doc"
print(Der.__doc__)
try:
    Der.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)

# instance __class__, __dict__ assignment
class Box:
    def __init__(self):
        self.v = 1
bx = Box()
bx.__dict__ = {"v": 2, "w": 3}
print(bx.v, bx.w)
try:
    bx.__dict__ = []
except TypeError as e:
    print(type(e).__name__, e)

# class attrs shadowed by instance attrs with del restoring
class Cfg:
    mode = "default"
c = Cfg()
c.mode = "custom"
print(c.mode)
del c.mode
print(c.mode)
try:
    del c.mode
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Cfg.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)

# class attributes of built-in types cannot be set
for target in (int, list, object):
    try:
        target.custom = 1
    except TypeError as e:
        print(type(e).__name__, e)
