from fractions import Fraction as F
import fractions, numbers, math, copy

print(F(3, 4), repr(F(6, -8)), F(5), F(), F(F(1, 3)), F(F(1, 2), F(3, 4)), F(0.5), F(-0.1))
print(F(" -1_000.5e-2 "), F(".5"), F("5."), F("1e3"), F("3/4"), F(" -7/21 "), F("+2"))
print(F(1, 3).numerator, F(1, 3).denominator, F(2, 4).as_integer_ratio(), F(4, 2).is_integer(), F(1, 2).is_integer())
for a in [[], 1.5 + 0j, "abc", "1/0", (1, 2), "1/-2", "1.5/2", "e5", "1__0", ""]:
    try:
        print(F(a))
    except Exception as e:
        print(type(e).__name__, e)
for a, b in [(1.5, 2), (1, 0), (1, "2")]:
    try:
        print(F(a, b))
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: F.from_float("x"), lambda: F.from_decimal(1.5), lambda: F(1, 3).limit_denominator(0), lambda: F(1, 2) / 0, lambda: F(0) ** -1]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(F.from_float(0.1), F.from_float(3), F.from_decimal(7))

a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), -a, +a, abs(-b))
print(a + 1, 1 + a, a * 2, 2 / a, 1 - a, 7 // a, 7 % b, divmod(7, b))
print(a + 0.5, 0.5 + a, a * 1j, 1j + a, b ** 2, b ** -2, F(-2, 3) ** -3, 4 ** F(1, 2), F(4) ** F(1, 2), 2 ** F(2), F(1, 4) ** 0.5)
print(a < b, a > 0.3, b <= 0.75, b == 0.75, b == F(3, 4), F(2) == 2, F(1, 2) == 0.5 + 0j, a != b, a < 1, 1 > a)
print(F(1, 2) < math.inf, F(1, 2) > -math.inf, F(1, 2) == math.nan, F(1, 2) < math.nan, sorted([F(1, 2), 0.25, 1, F(-1, 3)]))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)) == hash(-1), hash(F(1, 3)) == hash(F(2, 6)), hash(F(10**30, 7)) == hash(F(10**30, 7)))
print(len({F(1, 2), 0.5, F(2, 4)}), {F(3): "x"}[3])
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(-7, 2)), float(F(1, 3)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)))
print(round(F(12345, 1000), 2), round(F(12345, 1), -2), round(F(1, 3), 0), bool(F(0)), bool(a))
print(F(3.141592653589793).limit_denominator(10), F(3.141592653589793).limit_denominator(100), F(3.141592653589793).limit_denominator(), F(1, 3).limit_denominator(5))
print(isinstance(a, numbers.Rational), isinstance(a, numbers.Real), isinstance(a, numbers.Integral), copy.copy(a) is a, copy.deepcopy(b) == b)
print(format(F(1, 3), ".5f"), format(F(1, 3), ">10"), format(F(-7, 3), "+.3e"), format(F(1, 8), "%"), format(F(1, 3), ""))
print(format(F(22, 7), "g"), format(F(1, 10**9), ".3g"), format(F(10**20, 3), ",.2f"), format(F(-1, 1000), "z.1f"), format(F(5, 2), "010.2f"), format(F(5, 2), "*^12"))
print(format(F(2, 3), "e"), format(F(0), ".2e"), format(F(123456, 1), ".3G"), format(F(1, 2), "#.0f"), format(F(999999, 1000000), ".3f"))
try:
    format(F(1, 2), "d")
except ValueError as e:
    print(e)
class Money(F):
    pass
m = Money(5, 2)
print(type(m).__name__, m, repr(m), type(m + 1).__name__)
print(fractions.Fraction(17, 51), sum([F(1, n) for n in range(1, 11)]))
