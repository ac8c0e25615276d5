# math: nextafter/ulp, prod/dist, comb/perm consistency, floor/ceil with big ints, trig identities
import math
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(-2.0), math.ulp(math.inf))
print(math.dist([1, 2, 3], [4, 6, 3]), math.dist((1.5,), (-1.5,)), math.hypot(*range(10)))
for x in [0.1, 0.5, 1.0, 2.0, 10.0]:
    print(x, round(math.sin(x) ** 2 + math.cos(x) ** 2, 12), math.isclose(math.exp(math.log(x)), x), round(math.tan(math.atan(x)), 12))
print(sum(math.comb(10, k) for k in range(11)) == 2 ** 10, math.perm(6, 3) == math.comb(6, 3) * math.factorial(3))
print(math.floor(10 ** 30 / 7), math.ceil(-(10 ** 20) / 3), math.trunc(1e20), math.floor(2 ** 70), math.ceil(-(2 ** 70)))
values = [math.sqrt(i) for i in range(10)]
print([round(v, 6) for v in values])
print([math.floor(v) for v in values], [math.ceil(v) for v in values])
print(math.copysign(0.0, -1), math.copysign(math.nan, -1) != 0, math.degrees(1), math.radians(1))
print(math.gcd(*range(0, 100, 6)), math.lcm(*range(1, 11)), math.isqrt(math.factorial(20)))
print(math.log(2 ** 1100), math.log2(3 ** 500), math.log10(7 ** 400), math.log(10 ** 400, 10))
print(math.exp(2), 2.718281828459045 ** 2, math.e ** 2 == math.exp(2), math.sqrt(2) ** 2)
print(math.atan2(0.0, 0.0), math.atan2(-0.0, -0.0), math.atan2(1, 0), math.atan2(0, -1))
