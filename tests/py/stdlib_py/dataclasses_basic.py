from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         FrozenInstanceError, KW_ONLY, MISSING, make_dataclass, InitVar)
from typing import ClassVar

@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(2, 1), p == (1, 2), Point.__match_args__)
print([f.name for f in fields(p)], [f.type.__name__ for f in fields(Point)], is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(asdict(p), astuple(p), replace(p, y=9), Point.__hash__)
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, 3)
except TypeError as e: print(e)
try: Point(1, x=2)
except TypeError as e: print(e)
try: Point(1, z=2)
except TypeError as e: print(e)
try: replace(p, z=1)
except TypeError as e: print(e)
try: asdict(3)
except TypeError as e: print(e)
try: fields(3)
except TypeError as e: print(e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False, repr=False)
v1, v2 = Version(1, 2), Version(1, 10, "beta")
print(v1 < v2, v1 >= v2, sorted([v2, v1]), v2, hash(v1) == hash(Version(1, 2, "x")), {v1, Version(1, 2)} == {v1})
try: v1.major = 3
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
try: del v1.minor
except FrozenInstanceError as e: print(e)
try: v1 < (1, 2)
except TypeError as e: print(e)

@dataclass
class Inv:
    name: str
    tags: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    total: float = field(init=False, default=0.0)
    kind: ClassVar[str] = "inventory"
    def __post_init__(self):
        self.total = self.count * 2.5
i1, i2 = Inv("a"), Inv("b", count=4)
i1.tags.append("x")
print(i1, i2, i2.total, i2.tags is not i1.tags, Inv.kind, [f.name for f in fields(Inv)])
try: replace(i1, total=3)
except TypeError as e: print(e)

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e: print(e)
try: field(default=1, default_factory=list)
except ValueError as e: print(e)
try:
    @dataclass(order=True, eq=False)
    class Bad3:
        a: int
except ValueError as e: print(e)

@dataclass
class Base:
    a: int
    b: str = "b"
@dataclass
class Child(Base):
    c: float = 1.5
    a: int = 7
print(Child(), Child(1, "x", 2.0), [f.name for f in fields(Child)])

@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K.__match_args__)
try: K(1)
except TypeError as e: print(e)
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(K2(1, b=2))

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(H(1)) == hash(H(1, [2])))
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(n))
print(astuple(n))
@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale): self.x *= scale
print(WithInit(3, 10), [f.name for f in fields(WithInit)])
@dataclass(slots=True)
class Sl:
    a: int
    b: int = 2
s = Sl(1); print(s, Sl.__slots__, hasattr(s, '__dict__'))
try: s.c = 5
except AttributeError as e: print("AttributeError")
@dataclass
class Custom:
    a: int
    def __repr__(self): return "custom!"
print(Custom(1), Custom(1) == Custom(1))
R = make_dataclass("R", [("x", int), ("y", int, field(default=5))])
print(R(1), R(1, 2) == R(1, 2))
match Point(1, 2):
    case Point(x, y=2): print("match", x)
@dataclass(frozen=True)
class FB:
    a: int
try:
    @dataclass
    class NF(FB):
        b: int
except TypeError as e: print(e)
print(repr(MISSING)[:30])
