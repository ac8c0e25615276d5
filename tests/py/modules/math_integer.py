# math integer functions: factorial, gcd, lcm, comb, perm, isqrt, prod, fsum, sumprod-free subset
import math
print(math.factorial(0), math.factorial(10), math.factorial(25), len(str(math.factorial(500))))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(), math.gcd(12, 18, 27), math.gcd(2 ** 100, 6 ** 40))
print(math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6))
print(math.comb(10, 3), math.comb(5, 0), math.comb(5, 6), math.comb(100, 50), math.perm(5, 2), math.perm(5), math.perm(3, 5))
print(math.isqrt(0), math.isqrt(1), math.isqrt(99), math.isqrt(100), math.isqrt(2 ** 200), math.isqrt(10 ** 30 - 1))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)), math.prod([0.5, 4]), math.prod([2, 3], start=10))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([1, 2, 3]))
print(math.floor(7 / 2), math.ceil(7 / 2), 7 // 2, -(-7 // 2), math.trunc(-7 / 2))
for bad in [lambda: math.factorial(-1), lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.perm(3, -1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
for bad in [lambda: math.factorial(1.5), lambda: math.gcd(1.5, 2), lambda: math.comb(5.0, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(math.factorial(True), math.gcd(True, 4), math.comb(2 ** 10, 2), math.perm(2 ** 10, 2))
