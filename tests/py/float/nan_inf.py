# nan and inf: creation, arithmetic, comparisons, repr, in containers
import math
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-nan"), float("Infinity"), float("-iNF"), float("NaN"), float("+inf"))
print(repr(inf), str(-inf), repr(nan), math.inf == inf, math.isnan(math.nan))
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, 1 / inf, -1 / inf, inf % 2 if False else "-")
print(nan + 1, nan * 0, nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan is nan)
print(inf > 1e308, -inf < -1e308, inf == inf, inf > 10 ** 1000, -inf < -(10 ** 1000))
print(max(1.0, inf), min(-inf, 0), max(nan, 1), max(1, nan), min(nan, 1), sorted([3, 1, 2]))
print(math.isinf(inf), math.isinf(nan), math.isfinite(1e308), math.isfinite(inf), math.isfinite(nan))
lst = [nan]
print(nan in lst, lst.count(nan), lst.index(nan), [float("nan")] == [float("nan")], lst == lst)
print(float("nan") in [float("nan")], (nan,) == (nan,))
d = {nan: 1}
print(d[nan], d.get(float("nan")))
print(inf ** 0, 1 ** inf, 1 ** nan, nan ** 0, 2 ** inf, 0.5 ** inf, 2 ** -inf, (-inf) ** 3, (-inf) ** 2)
print(abs(-inf), abs(nan), -nan, round(inf, 1), int(1e308) > 0)
print(inf.is_integer(), nan.is_integer(), inf.hex(), (-inf).hex(), nan.hex())
print(f"{inf:.3f} {nan:e} {-inf:>8} {nan:+}")
print(math.copysign(1, nan) in (1.0, -1.0), math.copysign(inf, -1), math.fabs(-inf))
print(math.fmod(5, inf), 5 % inf, -5 % inf, 5 // inf, -5 // inf)
for bad in ["nanx", "in", "infinit", "- inf", "1e", ""]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
print(1e309, -1e309, float("1e400"), float("-1e-400"), 10 ** 308 * 10.0 if False else "skip")
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
try:
    inf.as_integer_ratio()
except OverflowError as e:
    print("OverflowError", e)
try:
    nan.as_integer_ratio()
except ValueError as e:
    print("ValueError", e)
