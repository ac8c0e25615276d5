# expected: python3.13 (math.sumprod is 3.12+, math.fma 3.13+, nextafter steps= 3.12+; 3.13 output equals 3.14's)
import math
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1] * 10, [1] * 10), math.sumprod([], []))
print(math.sumprod([1.5, 2], [2, 0.25]), math.sumprod([10 ** 20, 1], [10 ** 20, 1]), math.sumprod((1e100, 1.0, -1e100), (1, 1, 1)))
try:
    math.sumprod([1, 2], [3])
except ValueError as e:
    print("ValueError", e)
print(math.fma(2.0, 3.0, 4.0), math.fma(0.1, 10.0, -1.0), math.fma(1e308, 10.0, -math.inf), math.fma(-0.0, 1.0, 0.0))
print(math.exp2(10), math.exp2(-1), math.exp2(0.5), math.cbrt(-27.0), math.cbrt(2.0))
print(math.nextafter(1.0, 2.0, steps=2), math.nextafter(0.0, 1.0, steps=3), math.nextafter(1.0, 0.0, steps=0))
print(math.isclose(math.cbrt(1000.0), 10.0), math.exp2(1024) if False else "skip", math.ulp(math.exp2(52)))
