import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, Callable, Iterable, Iterator,
                    TypeVar, Generic, NamedTuple, TYPE_CHECKING, cast, overload, Protocol,
                    Final, ClassVar, Literal, runtime_checkable, get_origin, get_args, NewType,
                    Sequence, Mapping, TypedDict, Type, FrozenSet, DefaultDict, Deque)

print(TYPE_CHECKING, cast(int, "x"), cast("List[int]", 3))
T = TypeVar("T"); K = TypeVar("K", bound=int); S = TypeVar("S", str, bytes)
print(T, K.__bound__, S.__constraints__, T.__name__, TypeVar("C", covariant=True))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]) is Union, get_args(Optional[int]))
print(get_args(Union[int, str, int]), Union[int] is int, get_args(Callable[[int, str], bool]), get_args(Callable[..., int]))
print(get_origin(Literal["a"]) is Literal, get_args(Literal["a", 1]), get_args(Tuple[int, ...]), get_origin(int))
print(List, Dict, Any, Optional, Union, Callable[..., int], List[int], Dict[str, List[int]], Tuple[int, str], Literal[1, "x"], ClassVar[int], Final[int])
print(Set[int] == Set[int], hash(List[int]) == hash(List[int]), List[T][int] == List[int])
try: List()
except TypeError as e: print(e)
try: Union[()]
except TypeError as e: print(e)
try: isinstance(1, Any)
except TypeError as e: print(e)

class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, item: T) -> None: self.items.append(item)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(1); s.push(2); print(s.pop(), type(s).__name__, Stack.__parameters__)
class Pair(Generic[K, T]):
    pass
print(Pair.__parameters__, Pair[int, str])
try: Generic[int]
except TypeError as e: print(e)

class Employee(NamedTuple):
    name: str
    id: int = 3
    def greet(self) -> str: return f"hi {self.name}"
e = Employee("guido")
print(e, e.greet(), Employee._fields, Employee._field_defaults, e._replace(id=7), isinstance(e, tuple))
E2 = NamedTuple("E2", [("a", int), ("b", str)])
print(E2(1, "x"), E2._fields)
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as e: print(e)

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class File:
    def close(self): pass
class NotFile: pass
print(isinstance(File(), Closer), isinstance(NotFile(), Closer), issubclass(File, Closer))
class Shape(Protocol):
    def area(self) -> float: ...
try: isinstance(File(), Shape)
except TypeError as e: print(e)
try: Shape()
except TypeError as e: print(e)
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Square(3).area())
print(isinstance(3, typing.SupportsInt), isinstance("x", typing.SupportsIndex), isinstance(3, typing.SupportsIndex))

UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__)
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="x", year=1999)
print(m, type(m) is dict, sorted(Movie.__required_keys__))

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x * 2
print(f(2), f("a"))
@overload
def g(x: int) -> int: ...
try: g(1)
except NotImplementedError as e: print(str(e)[:40])
def annotated(a: int, b: "Optional[str]" = None) -> List[int]: return [a]
print(annotated(1), typing.Text, typing.AnyStr)
x: Final = 3
print(FrozenSet[int], DefaultDict[str, int], Deque[int], Type[int])
