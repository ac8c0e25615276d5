# expected: python3.13 (3.11 raises TypeError for `2 in Color`; 3.12+ answer it)
# IntEnum, StrEnum, IntFlag, ReprEnum and enums mixed with a data type.
import enum
from enum import IntEnum, StrEnum, IntFlag, Enum, auto

class Color(IntEnum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.RED), str(Color.GREEN), f"{Color.BLUE}", format(Color.RED, "03d"))
print(Color.RED == 1, Color.RED + 1, Color.GREEN * 2, Color.BLUE > Color.RED, sorted([Color.BLUE, 1, Color.GREEN]))
print(Color(2), Color(2) is Color.GREEN, list(Color), len(Color), isinstance(Color.RED, int), {1: "one"}[Color.RED])
print(hash(Color.RED) == hash(1), [10, 20, 30, 40][Color.BLUE], Color.RED.value, Color.RED.name, type(Color.RED.value).__name__)
print(Color["GREEN"], Color.GREEN in Color, 2 in Color, 7 in Color, int(Color.BLUE), range(Color.BLUE))
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)

class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = "sq"

print(Shape.CIRCLE, repr(Shape.CIRCLE), Shape.SQUARE.upper(), Shape.CIRCLE == "circle", f"<{Shape.SQUARE:>5}>", Shape("sq"))
print("-".join([Shape.CIRCLE, Shape.SQUARE]), Shape.CIRCLE + "!", isinstance(Shape.SQUARE, str), len(Shape.CIRCLE))
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError", e)

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, repr(~Perm.R), repr(Perm(0)), repr(Perm.R | 8), int(rw), rw & Perm.R)
print(repr(Perm.R & 4), Perm.R + 1, list(rw), bool(Perm(0)), repr(Perm(7)), str(Perm.W))

class Planet(float, Enum):
    MERCURY = 3.303e+23
    VENUS = 4.869e+24

print(Planet.MERCURY, repr(Planet.VENUS), Planet.MERCURY < Planet.VENUS, Planet.VENUS.value, Planet(3.303e+23).name, f"{Planet.MERCURY}")

class Mixed(str, Enum):
    A = "a"
    B = "b"

print(Mixed.A, repr(Mixed.A), f"{Mixed.B}", Mixed.A == "a", Mixed("b"), Mixed.A.upper())

class Weekday(IntEnum):
    MON = auto()
    TUE = auto()
    def is_first(self):
        return self == 1

print(Weekday.TUE, Weekday.MON.is_first(), Weekday.TUE.value, max(Weekday))

class Http(IntEnum):
    def __new__(cls, code, phrase):
        obj = int.__new__(cls, code)
        obj._value_ = code
        obj.phrase = phrase
        return obj
    OK = 200, "OK"
    NOT_FOUND = 404, "Not Found"

print(Http.OK, Http(404).phrase, repr(Http.NOT_FOUND), Http.OK + 0)
try:
    class NoData(enum.ReprEnum):
        A = 1
except TypeError as e:
    print("TypeError", e)
