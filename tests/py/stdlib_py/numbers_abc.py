import numbers
from fractions import Fraction

for value in [3, True, 1.5, 2j, Fraction(1, 3), "x", None]:
    print(repr(value), [name for name in ("Number", "Complex", "Real", "Rational", "Integral")
                        if isinstance(value, getattr(numbers, name))])
print(issubclass(int, numbers.Number), issubclass(float, numbers.Integral), issubclass(Fraction, numbers.Rational))
print(numbers.Number.__hash__, numbers.Integral.__mro__[1:4] == (numbers.Rational, numbers.Real, numbers.Complex))
try:
    numbers.Real()
except TypeError as e:
    print("TypeError", str(e).split(" with ")[0])

class Small(numbers.Integral):
    """An Integral over an int, only what the ABC needs."""
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return Small(self.v ** int(e))
    def __lshift__(self, o): return Small(self.v << int(o))
    def __rlshift__(self, o): return Small(int(o) << self.v)
    def __rshift__(self, o): return Small(self.v >> int(o))
    def __rrshift__(self, o): return Small(int(o) >> self.v)
    def __and__(self, o): return Small(self.v & int(o))
    def __rand__(self, o): return Small(int(o) & self.v)
    def __xor__(self, o): return Small(self.v ^ int(o))
    def __rxor__(self, o): return Small(int(o) ^ self.v)
    def __or__(self, o): return Small(self.v | int(o))
    def __ror__(self, o): return Small(int(o) | self.v)
    def __invert__(self): return Small(~self.v)
    def __add__(self, o): return Small(self.v + int(o))
    def __radd__(self, o): return Small(int(o) + self.v)
    def __neg__(self): return Small(-self.v)
    def __pos__(self): return Small(self.v)
    def __mul__(self, o): return Small(self.v * int(o))
    def __rmul__(self, o): return Small(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __rpow__(self, b): return int(b) ** self.v
    def __abs__(self): return Small(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __hash__(self): return hash(self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return Small(self.v // int(o))
    def __rfloordiv__(self, o): return Small(int(o) // self.v)
    def __mod__(self, o): return Small(self.v % int(o))
    def __rmod__(self, o): return Small(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __repr__(self): return f"Small({self.v})"

s = Small(7)
print(s.numerator, s.denominator, float(s), s.index() if hasattr(s, "index") else s.__index__(), s.real, s.imag, s.conjugate(), complex(s), bool(s))
print(s - 2, 10 - s, divmod(s, 2), divmod(20, s), Fraction(s, 2), [0, 1, 2, 3, 4, 5, 6, 7, 8][s])
