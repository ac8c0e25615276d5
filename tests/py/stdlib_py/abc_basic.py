from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perim(self): ...
    def describe(self): return f"{type(self).__name__} {self.area()}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perim(self): return 4 * self.s
class Half(Shape):
    def area(self): return 1
try: Shape()
except TypeError as e: print(e)
try: Half()
except TypeError as e: print(e)
print(Sq(3).describe(), isinstance(Sq(2), Shape), issubclass(Sq, Shape))
print(sorted(Shape.__dict__["__abstractmethods__"]), Sq.__dict__["__abstractmethods__"])
class Reg(ABC): pass
Reg.register(int)
print(isinstance(3, Reg), isinstance("x", Reg), issubclass(bool, Reg))
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return any("quack" in B.__dict__ for B in C.__mro__)
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), isinstance(1, Hook))
class P(metaclass=ABCMeta):
    @property
    @abstractmethod
    def v(self): ...
try: P()
except TypeError as e: print(e)
class Q(P):
    @property
    def v(self): return 5
print(Q().v)
import abc
class Base(abc.ABC):
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    @staticmethod
    @abc.abstractmethod
    def helper(): ...
try: Base()
except TypeError as e: print(e)
class Impl(Base):
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(): return 1
print(type(Impl.make()).__name__, Impl.helper())
@Reg.register
class Virtual: pass
print(issubclass(Virtual, Reg), isinstance(Virtual(), Reg), Virtual.__mro__[1:])
class Later(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
Later.f = lambda self: 1
abc.update_abstractmethods(Later)
print(Later().f(), isinstance(abc.ABCMeta, type), type(Shape).__name__)
try: Reg.register(3)
except TypeError as e: print(e)
