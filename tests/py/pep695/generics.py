# expected: python3.13 (PEP 695 syntax is 3.12+; output identical in 3.13 and 3.14)
# PEP 695: generic functions and classes, `type` aliases, lazily evaluated bounds.
import typing

def first[T](xs: list[T]) -> T:
    return xs[0]

print(first([3, 4]), first.__type_params__, first.__name__, first.__qualname__)
T, = first.__type_params__
print(type(T).__name__, T.__name__, isinstance(T, typing.TypeVar), T.__bound__, T.__constraints__, T.__module__)

def deco(f):
    f.decorated = True
    return f

@deco
def pair[A, B](a: A, b: B) -> tuple[A, B]:
    return (a, b)

print(pair(1, "x"), pair.decorated, pair.__type_params__, pair.__qualname__)

class Stack[T]:
    """A stack."""
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()
    def map[U](self, f) -> "Stack[U]":
        out = Stack()
        for x in self.items:
            out.push(f(x))
        return out

s = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.map(str).items, Stack.__type_params__, Stack.__doc__, Stack.__qualname__, Stack.map.__qualname__)
print(Stack.map.__type_params__, Stack[int], Stack.__mro__, Stack.__orig_bases__ if hasattr(Stack, "__orig_bases__") else "")
print("__type_params__" in Stack.__dict__, Stack.__parameters__)

class Base:
    def hello(self):
        return "base"

class Child[T](Base):
    def hello(self):
        return "child+" + super().hello()
    def generic_method[S](self, x: S) -> S:
        return super().hello() + str(x)

print(Child().hello(), Child().generic_method(5), Child.__mro__)

class Bounded[T: int, *Ts, **P]:
    pass

bt, ts, p = Bounded.__type_params__
print(bt.__bound__, type(ts).__name__, type(p).__name__, bt, ts, p)

def later[T: Later](x: T) -> T:
    return x

class Later:
    pass

print(later.__type_params__[0].__bound__)

def constrained[S: (int, str)](x: S) -> S:
    return x

print(constrained.__type_params__[0].__constraints__, constrained.__type_params__[0].__bound__)

type Point = tuple[float, float]
print(Point, type(Point).__name__, Point.__value__, Point.__name__, Point.__type_params__, Point.__module__)

type Pair[K, V] = dict[K, V] | list[tuple[K, V]]
print(Pair, Pair.__type_params__, Pair.__value__, Pair[str, int])

type Forward = list[Undefined]
class Undefined:
    pass
print(Forward.__value__)

type Recursive = list[Recursive] | int
print(Recursive.__value__)

try:
    Point[int]
except TypeError as e:
    print("TypeError", e)

def outer():
    def inner[T](x: T) -> T:
        return x
    return inner

print(outer().__qualname__, outer()(7))

class Holder:
    type Alias = int
    def method[T](self, x: T) -> T:
        return x

print(Holder.Alias, Holder.Alias.__value__, Holder().method(9), Holder.method.__qualname__)

type = 5
print(type)
del type
print(type(3).__name__)
