# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# The descriptor protocol: __get__/__set__/__delete__, data vs non-data precedence.
class Verbose:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<class access {self.name} on {objtype.__name__}>"
        return obj.__dict__.get("_" + self.name, "unset")
    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__["_" + self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
        obj.__dict__.pop("_" + self.name, None)

class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"

class Thing:
    a = Verbose()
    b = NonData()

t = Thing()
print(t.a, Thing.a)
t.a = 5
print(t.a, sorted(t.__dict__))
del t.a
print(t.a)

# non-data descriptor is shadowed by the instance dict
print(t.b)
t.b = "instance"
print(t.b, Thing.b)
del t.b
print(t.b)

# data descriptor (only __set__) still takes priority over the instance dict
class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["so"] = value * 10
class H:
    so = SetOnly()
h = H()
h.so = 2
print(h.__dict__, h.so is not None)

# typed/validated attribute
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("ann", 30)
print(p.name, p.age, type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)

# functions are descriptors
def f(self, x):
    return (self, x)
class K:
    pass
k = K()
bound = f.__get__(k, K)
print(bound(1)[1], bound.__self__ is k)
print(f.__get__(None, K) is f)

# staticmethod/classmethod descriptors directly
sm = staticmethod(lambda x: x + 1)
cm = classmethod(lambda cls, x: (cls.__name__, x))
print(sm.__get__(None, K)(1), cm.__get__(None, K)(2), cm.__get__(k)(3))

# descriptor on the class found through inheritance
class Child(Thing):
    pass
c = Child()
c.a = 7
print(c.a, Child.a)

# __get__ receives the owner
class Owner:
    def __get__(self, obj, owner):
        return (obj is None, owner.__name__)
class U:
    d = Owner()
class V(U):
    pass
print(U.d, V.d, V().d)
