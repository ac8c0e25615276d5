# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Class patterns in match: keyword and positional (__match_args__) sub-patterns,
# built-in type patterns, guards, nested, errors.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center = center
        self.r = r
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h

def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case Circle(Point(0, 0), r):
            return f"centered circle r={r}"
        case Circle(center=Point(x=cx), r=r) if r > 10:
            return f"big circle at x={cx}"
        case Circle(_, r):
            return f"circle r={r}"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}"
        case Rect(w=w):
            return f"rect w={w}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case [Point() as p, *rest]:
            return f"list starting with point ({p.x},{p.y}) + {len(rest)}"
        case {"kind": "point", "at": Point(x, y)}:
            return f"mapping point {x},{y}"
        case _:
            return "unknown"

for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Circle(Point(0, 0), 4), Circle(Point(7, 1), 20), Circle(Point(1, 1), 2),
          Rect(3, 3), Rect(2, 5), 7, 2.5, "hi", [Point(1, 1), 2, 3],
          {"kind": "point", "at": Point(4, 5)}, None]:
    print(describe(s))

# inheritance: subclass instances match the base pattern
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
match Point3(1, 2, 3):
    case Point3(a, b, c):
        print("p3", a, b, c)
match Point3(1, 2, 3):
    case Point(a, b):
        print("as point", a, b)

# errors
try:
    match Rect(1, 2):
        case Rect(1, 2):
            print("no")
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            print("no")
except TypeError as e:
    print(type(e).__name__, e)
class BadArgs:
    __match_args__ = ["x"]
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
notaclass = 5
try:
    match 1:
        case notaclass():
            pass
except TypeError as e:
    print(type(e).__name__, e)

# attribute-based patterns use getattr, including properties and missing attrs
class Lazy:
    @property
    def value(self):
        return 42
match Lazy():
    case Lazy(value=42, missing=1):
        print("no")
    case Lazy(value=v):
        print("property matched", v)

# self-matching builtins with one positional
for v in [True, 3, "s", b"b", 1.5, [1], (1,), {1: 2}, {1}, frozenset()]:
    match v:
        case bool(x):
            print("bool", x)
        case int(x):
            print("int", x)
        case str(x) | bytes(x):
            print("text", x)
        case float(x):
            print("float", x)
        case list(x) | tuple(x):
            print("seq", x)
        case dict(x):
            print("dict", x)
        case set(x) | frozenset(x):
            print("set", x)
