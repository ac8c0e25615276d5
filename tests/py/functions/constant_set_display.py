# `x in {...}` with a constant set display: the compiler folds it into a frozenset
# constant, so hashing and equality of the literals must follow Python's rules.

def member(x):
    return x in {1, 2.5, "a", b"b", None, True, 3j, ...}

for x in [1, 1.0, True, 1 + 0j, 2.5, "a", b"b", b"a", "b", None, 3j, 3, 0, False, ..., (), 2]:
    print(repr(x), member(x))

print({1, 1.0, True})
print({1.0, 1, True})
print({True, 1, 1.0})
print({0, 0.0, -0.0, False})
print({-0.0, 0, False})
print({2, 2.0, 2 + 0j} == {2}, len({2, 2.0, 2j}))
print(sorted({1, 2, 3, 1, 2, 3}))
print({"a", "b", "a", "c"} == {"a", "b", "c"})

big = 2 ** 80
print(big in {1208925819614629174706176, 2, 3})
print(float(big) in {1208925819614629174706176, 2, 3})
print({1208925819614629174706176, 1.2089258196146292e+24, 5})
print({18446744073709551616, 18446744073709551617, 2 ** 64 + 0.0} == {2 ** 64, 2 ** 64 + 1})
print(len({9007199254740993, 9007199254740992.0, 9007199254740992}))

nan = float("nan")
print(nan in {1.0, 2.0, 3.0}, -0.0 in {0, 1, 2}, 0.0 in {-0.0, 5, 6})
print(float("inf") in {1e308, 2, 3}, 1e309 in {1e309, 2, 3})

def kind(x):
    if x in {None, "none", "null"}:
        return "none"
    if x in {1, 2, 3}:
        return "small"
    if x in {"x", "y", "z"}:
        return "letter"
    return "other"

for x in [None, "null", 1, 2.0, True, False, "y", "q", 4]:
    print(repr(x), kind(x))

print(sorted({"b", "a", "c", "a"}))
print((1, 2) in {1, 2, 3}, [1] == [1] and 1 in {1, "1", 1.5})
print("1" in {1, 2, 3}, b"a" in {"a", "b", "c"}, "a" in {b"a", b"b", b"c"})
print({1j, 1j + 0, 2j, 3j} == {1j, 2j, 3j})
print(True in {1.0, 2.0, 3.0}, 1.0 in {True, "t", "f"}, 0 in {False, "t", "f"})
