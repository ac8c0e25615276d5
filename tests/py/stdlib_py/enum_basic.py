from enum import Enum, auto, unique, Flag
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color, type(Color.RED), isinstance(Color.GREEN, Color), Color.RED in Color)
print([m.name for m in reversed(Color)], list(Color.__members__), Color.__members__['CRIMSON'])
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, Color.RED is Color(1), hash(Color.RED) == hash(Color.RED))
print(f"{Color.GREEN}", format(Color.GREEN), str(Color.BLUE), {Color.RED: 'r'}[Color.CRIMSON])
try: Color(7)
except ValueError as e: print(e)
try: Color['PINK']
except KeyError as e: print(repr(e))
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
try:
    class More(Color):
        PINK = 9
except TypeError as e: print(e)
try:
    @unique
    class S(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e: print(e)

class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    LINE = 10
    POINT = auto()
    def describe(self): return f"{self.name.lower()}={self.value}"
    @classmethod
    def default(cls): return cls.CIRCLE
    @property
    def big(self): return self.value > 5
print([s.value for s in Shape], Shape.POINT.describe(), Shape.default(), Shape.LINE.big, Shape.SQUARE.big)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2), Planet((3.303e+23, 2.4397e6)))

class Lower(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values): return name.lower()
    A = auto()
    B = auto()
print(list(Lower), Lower('b'))
class Fallback(Enum):
    X = 1
    Y = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str): return cls[value.upper()]
        return None
print(Fallback('y'), Fallback('x'))
try: Fallback(3)
except ValueError as e: print(e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3))
Pairs = Enum('Pairs', [('ONE', 'one'), ('TWO', 'two')])
print(Pairs.TWO, Pairs('one'), repr(Pairs.ONE))
class Empty(Enum):
    def hello(self): return "hi " + self.name
class Sub(Empty):
    A = 1
print(Sub.A.hello(), len(Empty))
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.BLUE])[0] is Color.BLUE)

class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(repr(Perm.R | Perm.W), repr(Perm.X | Perm.R), str(Perm.W | Perm.X), repr(Perm(0)), str(Perm(0)), ~Perm.R)
print(list(Perm.R | Perm.X), Perm.R in (Perm.R | Perm.W), len(Perm.R | Perm.W), bool(Perm(0)), Perm.R & Perm.W)
class C(Flag):
    A = auto()
    B = auto()
    AB = A | B
    D = auto()
print(list(C), C.AB, C.D.value, repr(C.A | C.B), repr(C.A | C.D), C(3) is C.AB, repr(~C.A))
try: Perm(8)
except ValueError as e: print(e)
print(Perm.R.name, (Perm.R | Perm.W).name, Perm(0).name, list(C.__members__))
