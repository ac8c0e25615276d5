# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# __new__ and __init__: order, arguments, returning other types, immutability, singletons.
class Traced:
    def __new__(cls, *args, **kw):
        print("new", cls.__name__, args, kw)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, a, b=0):
        print("init", a, b, self.created)
        self.a, self.b = a, b
t = Traced(1, b=2)
print(t.a, t.b)

# __new__ returning an instance of another class skips __init__
class Other:
    pass
class Factory:
    def __new__(cls, kind):
        if kind == "other":
            return Other()
        return super().__new__(cls)
    def __init__(self, kind):
        print("Factory.__init__", kind)
print(type(Factory("self")).__name__, type(Factory("other")).__name__)
print(Factory.__new__(Factory, "x").__class__.__name__)

# __new__ returning a subclass instance does call __init__
class Base:
    def __new__(cls, v):
        if v < 0:
            return super().__new__(Neg)
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
class Neg(Base):
    pass
print(type(Base(1)).__name__, type(Base(-1)).__name__, Base(-1).v)

# singleton via __new__
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())

# object.__new__ / object.__init__ argument errors
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyInit:
    def __init__(self, x):
        self.x = x
print(OnlyInit(5).x)
class OnlyNew:
    def __new__(cls, x):
        o = super().__new__(cls)
        o.x = x
        return o
print(OnlyNew(6).x)
try:
    object.__new__(OnlyInit, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    OnlyInit.__init__(OnlyInit(1))
except TypeError as e:
    print(type(e).__name__, e)

# __init__ must return None
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)

# __new__ is an implicit staticmethod
print(type(Traced.__dict__["__new__"]).__name__)

# re-calling __init__ on an existing object
o = OnlyInit(1)
o.__init__(2)
print(o.x)

# creating without __init__ via __new__
raw = OnlyInit.__new__(OnlyInit)
print(hasattr(raw, "x"), type(raw).__name__)

# __init__ with keyword-only and defaults, __init__ inherited
class Conf:
    def __init__(self, name, *, debug=False, **extra):
        self.name, self.debug, self.extra = name, debug, extra
class SubConf(Conf):
    pass
sc = SubConf("s", debug=True, level=3)
print(sc.name, sc.debug, sc.extra)
try:
    SubConf("s", True)
except TypeError as e:
    print(type(e).__name__, e)
