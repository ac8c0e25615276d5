# int comparisons across types and hashing consistency between int, float, bool
import math
print(1 == 1.0 == True, 0 == 0.0 == False == -0.0, 2 ** 64 == float(2 ** 64))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0))
print(hash(2 ** 64) == hash(float(2 ** 64)), hash(10 ** 20), hash(-(10 ** 20)))
print(hash(1.5), hash(-1.5), hash(0.1), hash(1e100), hash(2.0 ** 61), hash(-1.0))
print(hash(math.inf), hash(-math.inf))
print(hash(1 + 0j) == hash(1), hash(1j), hash(2 - 3j))
print(hash((1, 2)), hash(()), hash((1,)), hash((1, (2, 3))), hash((-1, -2)))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({1})))
print(hash((1, 2.0)) == hash((1.0, 2)), hash((True, False)) == hash((1, 0)))
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(9007199254740993 < 9007199254740994.0, 2 ** 1000 > 1e300, -(2 ** 1000) < -1e300)
print(10 ** 400 < math.inf, -(10 ** 400) > -math.inf, 1 < math.nan, 1 > math.nan, 1 == math.nan)
print(sorted([3, 1.5, True, 0, -2.5, 2 ** 70, -(2 ** 70)]))
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {0, 0.0, False, -0.0}
print(s, len(s))
print({2 ** 64: 1}[float(2 ** 64)], {1.5: "x"}.get(3 / 2))
print(hash(-1) == hash(-2), (-1).__hash__(), hash(2 ** 61 - 2), hash(-(2 ** 61 - 1)))
