# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# More descriptor behaviour: property subclasses, descriptors on metaclasses, __getattr__
# with failing properties, bound methods on descriptors, read-only data descriptors.
class cached:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value

class Data:
    calls = 0
    @cached
    def expensive(self):
        Data.calls += 1
        return sum(range(100))
d = Data()
print(d.expensive, d.expensive, Data.calls, "expensive" in d.__dict__, type(Data.expensive).__name__)

# property subclass
class loud_property(property):
    def __get__(self, obj, owner=None):
        value = super().__get__(obj, owner)
        return f"LOUD {value}" if obj is not None else value
class L:
    @loud_property
    def name(self):
        return "name"
print(L().name, type(L.__dict__["name"]).__name__, isinstance(L.__dict__["name"], property))

# property getter raising AttributeError falls back to __getattr__
class Fallback:
    @property
    def broken(self):
        raise AttributeError("inner problem")
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(Fallback().broken)

# descriptor on a metaclass (class-level property)
class Meta(type):
    @property
    def table(cls):
        return cls.__name__.lower() + "s"
class User(metaclass=Meta):
    pass
print(User.table, hasattr(User(), "table"))

# read-only data descriptor: __set__ raising
class ReadOnly:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, owner=None):
        return self.v
    def __set__(self, obj, value):
        raise AttributeError("read-only")
class R:
    const = ReadOnly(3)
r = R()
try:
    r.const = 4
except AttributeError as e:
    print(type(e).__name__, e)
R.const = 5
print(r.const, R.const)

# descriptors returning bound methods
class method_like:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner=None):
        if obj is None:
            return self.fn
        return lambda *a: self.fn(obj, *a)
class M:
    @method_like
    def greet(self, who):
        return f"{type(self).__name__} greets {who}"
print(M().greet("you"), M.greet(M(), "me"))

# __delete__ only
class DelOnly:
    def __delete__(self, obj):
        print("DelOnly.__delete__")
class D:
    x = DelOnly()
dd = D()
del dd.x
try:
    dd.x = 1
except AttributeError as e:
    print(type(e).__name__, e)

# classmethod and staticmethod accessed through instances and subclasses
class Base:
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm():
        return "static"
class Child(Base):
    pass
print(Base.cm(), Child.cm(), Child().cm(), Child.sm(), Child().sm(), Base.__dict__["sm"].__func__())
