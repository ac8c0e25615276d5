# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Class decorators, decorators with arguments, method decorators, stacking.
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls

def tag(name):
    def deco(cls):
        cls.tag = name
        return cls
    return deco

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

@register
@tag("shape")
@add_repr
class Circle:
    def __init__(self, r):
        self.r = r

print(sorted(registry), Circle.tag, Circle(2), repr(Circle(1.5)))

# decorator replacing the class by something else
def to_instance(cls):
    return cls()
@to_instance
class settings:
    debug = False
    level = 3
print(type(settings).__name__, settings.level)

# decorator order: bottom-up
order = []
def mark(n):
    def d(c):
        order.append(n)
        return c
    return d
@mark(1)
@mark(2)
@mark(3)
class Z:
    pass
print(order)

# method decorators inside classes
def logged(fn):
    def wrapper(self, *a, **kw):
        result = fn(self, *a, **kw)
        print(f"{fn.__name__}{a} -> {result}")
        return result
    wrapper.__name__ = fn.__name__
    return wrapper

class Calc:
    @logged
    def add(self, a, b):
        return a + b
    @staticmethod
    @lambda f: (lambda *a: f(*a) * 10)
    def scaled(x):
        return x
    @classmethod
    def make(cls):
        return cls()
c = Calc()
c.add(1, 2)
print(Calc.add.__name__, Calc.scaled(3), c.scaled(4), type(Calc.make()).__name__)

# a decorator adding comparison methods from a key
def ordered_by(attr):
    def deco(cls):
        cls.__lt__ = lambda a, b: getattr(a, attr) < getattr(b, attr)
        cls.__eq__ = lambda a, b: getattr(a, attr) == getattr(b, attr)
        cls.__hash__ = lambda a: hash(getattr(a, attr))
        return cls
    return deco
@ordered_by("age")
@add_repr
class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age
people = [Person("a", 30), Person("b", 20), Person("c", 25)]
print(sorted(people))
print(Person("x", 20) == Person("y", 20), len({Person("x", 1), Person("y", 1)}))

# class decorator wrapping __init__
def counted(cls):
    orig = cls.__init__
    cls.count = 0
    def __init__(self, *a, **kw):
        cls.count += 1
        orig(self, *a, **kw)
    cls.__init__ = __init__
    return cls
@counted
class Widget:
    def __init__(self, name):
        self.name = name
ws = [Widget(str(i)) for i in range(4)]
print(Widget.count, ws[2].name)
