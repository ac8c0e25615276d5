# Subclasses of int, float, complex, str and bytes: values, attributes, methods that
# return exact built-in types, hashing, dict keys, formatting and overridden operators.
class I(int):
    pass

a = I(5)
print(a, repr(a), type(a).__name__, a + 1, type(a + 1).__name__, -a, type(-a).__name__)
print(a == 5, 5 == a, hash(a) == hash(5), {a: "x"}[5], {5: "y"}[a], a < 7, 3 < a)
print(int(a), type(int(a)).__name__, float(a), abs(I(-3)), type(abs(I(-3))).__name__)
print(f"{a}", f"{a:04d}", "%d" % a, format(a, "x"), str(a), type(str(a)).__name__)
print([0, 1, 2, 3, 4, 5, 6][a], list(range(a)), "ab" * I(2), divmod(I(17), 5))
a.tag = "t"
print(a.tag, a.__dict__, isinstance(a, int), issubclass(I, int), I.__mro__)
print(I(), I("12"), I("ff", 16), I(3.9), I(True), type(I(True)).__name__)
big = I(2**100)
print(big, big + 1, big.bit_length(), type(big * 2).__name__, big == 2**100, hash(big) == hash(2**100))
print(a.real, a.imag, a.numerator, a.denominator, a.conjugate(), type(a.conjugate()).__name__)

class Money(int):
    def __new__(cls, cents, currency="EUR"):
        self = super().__new__(cls, cents)
        self.currency = currency
        return self
    def __repr__(self):
        return f"Money({int(self)}, {self.currency!r})"
    def __str__(self):
        return f"{int(self) / 100:.2f} {self.currency}"
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(int(self) + int(other), self.currency)
        return NotImplemented

m = Money(150) + Money(275)
print(m, repr(m), [m], m + 1 if False else "-", m * 2, type(m * 2).__name__)
try:
    print(m + 1)
except TypeError as e:
    print("TypeError", e)
print(sorted([Money(3), Money(1), Money(2)]))

class F(float):
    def __repr__(self):
        return "F(" + super().__repr__() + ")"
f = F(2.5)
print(f, repr(f), f + 1, type(f + 1).__name__, f * 2, round(f), f.is_integer(), F("1e3"), float(f), type(float(f)).__name__)
print(f == 2.5, hash(f) == hash(2.5), int(f), f"{f:.3f}", "%.1f" % f, max(F(1.5), 1))

class C(complex):
    pass
z = C(1, 2)
print(z, z + 1, type(z + 1).__name__, z.real, z.imag, abs(C(3, 4)))

class S(str):
    def shout(self):
        return self.upper() + "!"

s = S("Hello")
print(s, repr(s), len(s), s[1], s[1:3], type(s[1:3]).__name__, s.shout(), s + " world", type(s + "x").__name__)
print(s == "Hello", "Hello" == s, hash(s) == hash("Hello"), {"Hello": 1}[s], {s: 2}["Hello"], s in ["Hello"], "ell" in s)
print(s.lower(), type(s.lower()).__name__, type(s.strip()).__name__, type(str(s)).__name__, type(s.replace("x", "y")).__name__)
print(f"{s}", f"{s:>8}", "%s|%r" % (s, s), ",".join([s, s]), s.split("l"), list(s), sorted(S("cba")))
print(s.startswith("He"), s.find("l"), s.count("l"), s * 2, type(s * 2).__name__, s.encode(), int(S("42")), float(S("1.5")))
s.extra = 1
print(s.extra, vars(s), isinstance(s, str), S.__mro__)
print(getattr(s, S("extra")), {S("k"): 1}, S(42), S(b"ab", "ascii"), S())

class Name(str):
    def __new__(cls, first, last):
        self = super().__new__(cls, f"{first} {last}")
        self.first, self.last = first, last
        return self
    def __eq__(self, other):
        return str(self).lower() == str(other).lower()
    __hash__ = str.__hash__

n = Name("Ada", "Lovelace")
print(n, n.first, n == "ada lovelace", n != "x", n.last, sorted([Name("b", "c"), Name("a", "z")]))

class B(bytes):
    pass
b = B(b"abc")
print(b, repr(b), len(b), b[0], b[1:], type(b[1:]).__name__, b + b"d", type(b + b"d").__name__, b.decode(), b == b"abc", hash(b) == hash(b"abc"))
print(b.upper(), type(b.upper()).__name__, type(b.strip()).__name__, bytes(b), type(bytes(b)).__name__, B(3), B([65, 66]), B("é", "utf-8"))

for base in (int, bytes, tuple):
    try:
        type("X", (base,), {"__slots__": ("a",)})
    except TypeError as e:
        print("TypeError", e)
class SS(str):
    __slots__ = ("a",)
t = SS("q")
t.a = 3
print(t, t.a, hasattr(t, "__dict__"))
try:
    class BB(bool):
        pass
except TypeError as e:
    print("TypeError", e)
