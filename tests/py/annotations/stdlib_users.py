# expected: hand-written (PEP 649/749: dataclasses, NamedTuple, TypedDict, get_type_hints and
# functools.wraps with annotations naming classes defined later, Python 3.14)
import dataclasses
import functools
import typing
from typing import NamedTuple, TypedDict, get_type_hints, Optional

@dataclasses.dataclass
class Node:
    value: int
    children: list[Node] = dataclasses.field(default_factory=list)
    parent: Optional[Tree] = None
    label: "str" = ""

print([f.name for f in dataclasses.fields(Node)])
n = Node(1, [Node(2)])
print(n)

class Tree:
    pass

print([(f.name, f.type) for f in dataclasses.fields(Node)][:2])
hints = get_type_hints(Node)
print(list(hints), hints["children"], hints["parent"] == Optional[Tree])

class Point(NamedTuple):
    x: int
    y: Later = None

class Later:
    pass

print(Point(1), Point._fields, Point.__annotations__["x"])

class Movie(TypedDict):
    title: str
    sequel: Optional[Sequel]

class Sequel:
    pass

print(sorted(Movie.__required_keys__), Movie(title="x", sequel=None))

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@deco
def add(a: Num, b: Num) -> Num:
    return a + b

Num = int
print(add(1, 2), add.__annotations__)
print(add.__wrapped__.__annotations__ == add.__annotations__)
print(get_type_hints(add))

def hinted(a: "int", b: "Optional[str]" = None) -> "list[int]":
    pass
hints = get_type_hints(hinted)
print(hints["a"], hints["b"] == Optional[str], hints["return"])

class Base:
    a: int
class Derived(Base):
    b: "str"
print(get_type_hints(Derived))
print(Derived.__annotations__)

# Protocol members include the names a protocol annotates.
from typing import Protocol, runtime_checkable
@runtime_checkable
class HasX(Protocol):
    x: int
    def meth(self) -> int: ...
class Impl:
    x = 1
    def meth(self):
        return 1
class NoX:
    def meth(self):
        return 1
print(isinstance(Impl(), HasX), isinstance(NoX(), HasX), sorted(HasX.__protocol_attrs__))
