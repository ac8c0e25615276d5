# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Metaclasses giving classes behaviour: __iter__/__len__/__contains__/__repr__/__getattr__ on
# the class, enum-like registries, __mro_entries__, type() with special namespace keys.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and isinstance(v, int)}
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = members
        return cls
    def __iter__(cls):
        return iter(sorted(cls._members.items(), key=lambda kv: kv[1]))
    def __len__(cls):
        return len(cls._members)
    def __contains__(cls, name):
        return name in cls._members
    def __repr__(cls):
        return f"<enum {cls.__name__} with {len(cls)} members>"
    def __getitem__(cls, name):
        return cls._members[name]
    def __getattr__(cls, name):
        raise AttributeError(f"{cls.__name__} has no member {name!r}")

class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3
print(list(Color), len(Color), "RED" in Color, "PINK" in Color, repr(Color), Color["GREEN"])
print(Color, [Color])
try:
    Color.PINK
except AttributeError as e:
    print(type(e).__name__, e)

# metaclass __call__ counting instances and __instancecheck__-free isinstance
class Counting(type):
    def __call__(cls, *a, **kw):
        cls.instances = getattr(cls, "instances", 0) + 1
        return type.__call__(cls, *a, **kw)
class Thing(metaclass=Counting):
    def __init__(self, v):
        self.v = v
things = [Thing(i) for i in range(4)]
print(Thing.instances, things[3].v, isinstance(things[0], Thing))

# operators on classes through the metaclass
class OpMeta(type):
    def __or__(cls, other):
        return f"{cls.__name__}|{other.__name__}"
    def __add__(cls, other):
        return type(cls.__name__ + other.__name__, (cls, other), {})
    def __eq__(cls, other):
        return cls.__name__ == getattr(other, "__name__", None)
    __hash__ = type.__hash__
class P(metaclass=OpMeta):
    pass
class Q(metaclass=OpMeta):
    pass
PQ = P + Q
print(P | Q, PQ.__name__, [k.__name__ for k in PQ.__mro__], type(PQ).__name__)

# __mro_entries__
class Fake:
    def __mro_entries__(self, bases):
        return (Base,)
class Base:
    def hello(self):
        return "from Base"
class UsesFake(Fake()):
    pass
print(UsesFake.__bases__, UsesFake().hello(), UsesFake.__orig_bases__[0].__class__.__name__)

# type() with special keys in the namespace
T = type("T", (), {"__slots__": ("a",), "__qualname__": "Outer.T", "__doc__": "T doc"})
t = T()
t.a = 1
print(T.__qualname__, T.__doc__, t.a, hasattr(t, "__dict__"))
try:
    t.b = 2
except AttributeError as e:
    print(type(e).__name__, e)
print(repr(T))

# class methods defined on the metaclass are not visible on instances
class M(type):
    def meta_only(cls):
        return "meta " + cls.__name__
class WithM(metaclass=M):
    pass
print(WithM.meta_only())
try:
    WithM().meta_only()
except AttributeError as e:
    print(type(e).__name__, e)
print(type(WithM).__name__, type(type(WithM)).__name__, isinstance(WithM, type))
