# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# __init_subclass__ hooks, keyword arguments in class statements, __set_name__ ordering.
class Plugin:
    plugins = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.plugins.append(cls.__name__)

class A(Plugin): pass
class B(Plugin): pass
class C(A): pass
print(Plugin.plugins)

class Tagged:
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class X(Tagged, tag="x"): pass
class Y(Tagged): pass
class Z(X, tag="z"): pass
print(X.tag, Y.tag, Z.tag)

try:
    class Bad(Tagged, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad2(unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# implicit classmethod
class Base:
    def __init_subclass__(cls):
        cls.created_by = "Base"
print(type(Base.__dict__["__init_subclass__"]).__name__)
class D(Base): pass
print(D.created_by, hasattr(Base, "created_by"))

# validation in __init_subclass__
class Shape:
    required = ("area",)
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        for name in cls.required:
            if name not in cls.__dict__:
                raise TypeError(f"{cls.__name__} must define {name}")
class Square(Shape):
    def area(self):
        return 4
try:
    class Blob(Shape):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(Square().area())

# __init_subclass__ sees the finished class (its MRO, attributes)
class Watcher:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__, [k.__name__ for k in cls.__mro__], sorted(k for k in cls.__dict__ if not k.startswith("__")))
class W1(Watcher):
    a = 1
    def m(self):
        pass
class W2(W1):
    b = 2

# multiple inheritance and cooperative hooks
class HookA:
    def __init_subclass__(cls, **kw):
        print("HookA", cls.__name__)
        super().__init_subclass__(**kw)
class HookB:
    def __init_subclass__(cls, **kw):
        print("HookB", cls.__name__)
        super().__init_subclass__(**kw)
class Both(HookA, HookB):
    pass
