# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# type(name, bases, ns), custom metaclasses with __new__/__init__/__call__/__prepare__,
# __instancecheck__/__subclasscheck__, class-level methods on the metaclass.
Point = type("Point", (), {"x": 1, "show": lambda self: f"Point x={self.x}"})
p = Point()
print(Point.__name__, p.show(), type(Point) is type, Point.__bases__)
Sub = type("Sub", (Point,), {"x": 2})
print(Sub().show(), Sub.__mro__[1] is Point, type(p) is Point)
print(type(1), type("s"), type(type), type(object))
try:
    type("X", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        ns["registered_name"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.init_ran = True
    def describe(cls):
        return f"class {cls.__name__} via {type(cls).__name__}"

class Plugin(metaclass=Registry):
    pass
class AudioPlugin(Plugin):
    pass
print(Registry.classes, Plugin.registered_name, AudioPlugin.registered_name, AudioPlugin.init_ran)
print(type(AudioPlugin).__name__, AudioPlugin.describe(), isinstance(Plugin, Registry))
print(hasattr(Plugin(), "describe"))

# __call__ on the metaclass: singletons
class Singleton(type):
    instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*args, **kwargs)
        return Singleton.instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v):
        self.v = v
a, b = Config(1), Config(2)
print(a is b, a.v)

# __prepare__ returning a custom namespace that records order
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = {}
        ns["order_seen"] = []
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        ns["kw"] = kw
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class WithKw(metaclass=Ordered, flag=True, level=3):
    a = 1
print(WithKw.kw == {"flag": True, "level": 3}, WithKw.order_seen, WithKw.a)

# __instancecheck__ / __subclasscheck__
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Duck(metaclass=DuckMeta):
    pass
class Robot:
    def quack(self):
        return "beep"
print(isinstance(Robot(), Duck), isinstance(1, Duck), issubclass(Robot, Duck), issubclass(int, Duck))
print(isinstance(Robot(), (int, Duck)))

# metaclass conflict
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# metaclass attribute lookup vs instance lookup
class Meta(type):
    greeting = "meta hello"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class K(metaclass=Meta):
    pass
print(K.greeting, K.upper_name, hasattr(K(), "greeting"))

# type(obj) with three args creates a class using the metaclass of bases
T = type("T", (A,), {})
print(type(T).__name__)
# metaclass derived from bases automatically
class D(A):
    pass
print(type(D).__name__)
print(type.__name__, type.__qualname__, Meta.__mro__[1] is type)
