# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# __call__, __index__, __int__/__float__/__complex__, __round__, __format__, __hash__,
# __bool__, __abs__ via builtins.
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
i = Idx(2)
print([10, 20, 30][i], "abc"[i], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(4)), list(range(Idx(1), Idx(7), Idx(2))), [1, 2, 3, 4][Idx(1):Idx(3)])
print("ab" * Idx(3), operator_like := int.__index__(7))
try:
    "abc"[Idx("x")]
except TypeError as e:
    print(type(e).__name__, e)

class Num:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
    def __complex__(self):
        return complex(1, 2)
    def __round__(self, nd=None):
        return ("round", nd)
n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2))

class OnlyIndex:
    def __index__(self):
        return 7
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))

class BadInt:
    def __int__(self):
        return "no"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(object())
except TypeError as e:
    print(type(e).__name__, e)

# __format__
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"{self.cents / 100:.2f}"
        return f"{spec}{self.cents / 100:.2f}"
m = Money(12345)
print(format(m), format(m, "$"), f"{m}", f"{m:EUR }", "{:USD }".format(m), "{}".format(m))
class NoFormat:
    def __str__(self):
        return "nf"
print(format(NoFormat()), f"{NoFormat()}", f"{NoFormat()!r:.1}" [:2])
try:
    format(NoFormat(), "10")
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)

# __abs__, __neg__ via builtins, __bool__ in conditions
class Sign:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return Sign(abs(self.v))
    def __bool__(self):
        return self.v != 0
    def __repr__(self):
        return f"Sign({self.v})"
print(abs(Sign(-3)), bool(Sign(0)), not Sign(1), Sign(0) or "fallback", Sign(2) and "both")
print([x for x in [Sign(0), Sign(1), Sign(-1)] if x], any([Sign(0)]), all([Sign(1), Sign(2)]))
k = 0
while Sign(3 - k):
    k += 1
print(k)

# __round__ through round() with ndigits, and builtin-like behaviour
class Price:
    def __init__(self, v):
        self.v = v
    def __round__(self, n=None):
        return Price(round(self.v, n)) if n is not None else round(self.v)
    def __repr__(self):
        return f"Price({self.v})"
print(round(Price(2.675), 1), round(Price(2.5)), round(Price(3.5)))
try:
    round(object())
except TypeError as e:
    print(type(e).__name__, e)
