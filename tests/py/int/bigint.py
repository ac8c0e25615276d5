# arbitrary precision integers
a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b)
print(a - b)
print(a * b)
print(a // b, a % b)
print(b // 12345678901234567890, b % 12345678901234567890)
print(-a * b)
print(a ** 3 // b ** 2)
f = 1
for i in range(1, 60):
    f *= i
print("59!", f)
print(f // (f - 1), f % 1000000007)
print(2 ** 64, 2 ** 64 - 1, -(2 ** 63), 2 ** 63 - 1, 2 ** 63)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(4611686018427387904 * 2, 4611686018427387903 + 4611686018427387905)
print(1 << 100, (1 << 100) >> 99, -(1 << 100) >> 98, (1 << 64) // (1 << 32))
print(int("123456789012345678901234567890") * 10 ** 10)
print(abs(-(10 ** 50)), -(-(10 ** 50)), +(10 ** 50))
print(10 ** 50 == 10 ** 50, 10 ** 50 < 10 ** 50 + 1, -(10 ** 50) < 10 ** 49)
print((10 ** 50).bit_length(), (-(10 ** 50)).bit_length())
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-(2 ** 100)), hash(10 ** 30))
print(float(2 ** 100), float(-(3 ** 70)), int(1e30), int(-1.5e20))
print(str(2 ** 256)[:20], len(str(7 ** 1000)))
x = 1
for _ in range(100):
    x = x * 31 + 7
print(x)
print(x % 97, x // 10 ** 100, x & 0xFFFF, x >> 400)
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)) ** 3)
print(divmod(3 ** 200, 7 ** 50))
print(pow(2, 10 ** 3) % 10 ** 9, (2 ** 1000).bit_count())
