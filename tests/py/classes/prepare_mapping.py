# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# A __prepare__ namespace that is a dict subclass: the class body's stores and deletes go
# through its __setitem__/__delitem__; isinstance/issubclass with a tuple consult each
# class's metaclass hooks; class patterns refuse the same attribute twice.
class LoggingNS(dict):
    def __init__(self):
        super().__init__()
        self.log = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.log.append(("set", k))
        if k in self and not k.startswith("__"):
            raise TypeError(f"{k!r} already defined")
        super().__setitem__(k, v)
    def __delitem__(self, k):
        self.log.append(("del", k))
        super().__delitem__(k)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return LoggingNS()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.log = ns.log
        return cls
class C(metaclass=Meta):
    a = 1
    b = 2
    del a
    def f(self):
        return 3
print(C.log, hasattr(C, "a"), C.b, C().f())
try:
    class D(metaclass=Meta):
        x = 1
        x = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    class E(metaclass=Meta):
        del nothing
except NameError as e:
    print(type(e).__name__, e)

class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub is bool
class EvenNumber(metaclass=Even):
    pass
print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), isinstance(3, (str, EvenNumber)), isinstance(8, (str, EvenNumber)))
print(isinstance("s", (str, EvenNumber)), isinstance(2.0, (str, (list, EvenNumber))))
print(issubclass(bool, (str, EvenNumber)), issubclass(int, (str, EvenNumber)), issubclass(str, (float, (str,))))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Twice:
    __match_args__ = ("a", "a")
    a = 1
for subject, note in [(Point(1, 2), "pos+kw"), (Twice(), "twice")]:
    try:
        match subject:
            case Point(1, x=1):
                print("matched")
            case Twice(1, 1):
                print("matched")
    except TypeError as e:
        print(note, type(e).__name__, e)
