# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Rich comparisons, NotImplemented fallbacks, reflection, defaults.
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "Ver" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        return self == o or self < o

a, b, c = Ver(1, 2), Ver(1, 10), Ver(1, 2)
print(a == c, a != c, a == b, a != b, a < b, b < a, a <= c)
print(b > a, a > b, b >= a)  # reflected __lt__ / __le__
print(a == 1, a != "x", 1 == a)
try:
    a < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 >= a
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([Ver(2), Ver(1, 5), Ver(1), Ver(0, 9)]))
print(max([Ver(2), Ver(3), Ver(1)]), min(Ver(2), Ver(3)))
print(a in [b, c], [a, b].index(c), [a, b, c].count(Ver(1, 2)))

# default identity equality
class P:
    pass
p, q = P(), P()
print(p == p, p == q, p != q, p is p)
try:
    p < q
except TypeError as e:
    print(type(e).__name__, e)

# __ne__ defaults to the inverse of __eq__
class OnlyEq:
    def __eq__(self, o):
        print("eq called")
        return True
print(OnlyEq() != OnlyEq())

# reflected comparison: subclass first
class Base:
    def __eq__(self, o):
        return "Base.eq"
    def __lt__(self, o):
        return "Base.lt"
    def __gt__(self, o):
        return "Base.gt"
class Sub(Base):
    def __eq__(self, o):
        return "Sub.eq"
    def __gt__(self, o):
        return "Sub.gt"
print(Base() == Sub(), Sub() == Base(), Base() < Sub(), Sub() < Base())

# comparisons returning non-bools
class Weird:
    def __lt__(self, o):
        return [1, 2]
    def __eq__(self, o):
        return 0
print(Weird() < 1, Weird() == 1, 1 > Weird())
if Weird() < 2:
    print("truthy list")
print(not (Weird() == 0))

# chained comparisons use each dunder once
class Tracer:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print(f"{self.n}<{o.n}")
        return self.n < o.n
print(Tracer(1) < Tracer(2) < Tracer(3))
print(Tracer(3) < Tracer(2) < Tracer(1))

# __eq__ with list.remove / in dict keys uses __hash__ as well
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
d = {Key(1): "one", Key(2): "two"}
print(d[Key(2)], Key(1) in d, Key(3) in d)
lst = [Key(1), Key(2)]
lst.remove(Key(1))
print(len(lst), lst[0].k)
