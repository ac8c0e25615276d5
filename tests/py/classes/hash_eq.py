# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# __hash__/__eq__ interplay: __hash__ = None when __eq__ is defined, explicit __hash__,
# inheritance of __hash__, use in sets and dicts.
class Default:
    pass
d1, d2 = Default(), Default()
print(hash(d1) == hash(d1), d1 == d2, len({d1, d2, d1}))

class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, EqOnly) and self.v == o.v
print(EqOnly.__hash__, EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))
try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__)  # message changed in 3.14

class Hashed(EqOnly):
    def __hash__(self):
        return hash(("H", self.v))
s = {Hashed(1), Hashed(1), Hashed(2)}
print(len(s), Hashed(1) in s, Hashed(3) in s)
d = {Hashed(5): "five"}
print(d[Hashed(5)], d.get(Hashed(6), "none"))

# subclass of a hashable class that defines __eq__ loses hash
class Parent:
    def __hash__(self):
        return 7
class ChildEq(Parent):
    def __eq__(self, o):
        return True
print(hash(Parent()), ChildEq.__hash__)
# subclass that does not define __eq__ inherits __hash__
class ChildPlain(Parent):
    pass
print(hash(ChildPlain()))

# explicit __hash__ = None
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print(type(e).__name__, e)
print(Unhashable() == Unhashable())

# __hash__ returning non-int, big ints, bools
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class BoolHash:
    def __hash__(self):
        return True
print(hash(BoolHash()))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))

# eq + hash with keys that collide on purpose
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return self.v == o.v
    def __repr__(self):
        return f"C{self.v}"
cs = {}
for i in range(5):
    cs[Collide(i)] = i
cs[Collide(2)] = "two"
print(len(cs), cs[Collide(2)], list(cs))

# __eq__ called in dict lookup only when hashes match
class Loud:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        print("eq", self.h, o.h)
        return self.h == o.h
table = {Loud(1): "a", Loud(2): "b"}
print(table[Loud(2)])

# identity shortcut: containers compare by identity first
class NeverEqual:
    def __eq__(self, o):
        return False
    __hash__ = object.__hash__
n = NeverEqual()
print(n == n, n in [n], [n] == [n], n in {n}, [n].count(n))
