# basic int arithmetic, mixed with bool and float; result types
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 1), (1, 5)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(type(3 / 1).__name__, 6 / 3, 1 / 3, 2 / 3, -1 / 3)
print(10 ** 2, 10 ** 0, 0 ** 0, (-3) ** 3, 2 ** -2, (-2) ** -3)
print(True + 1, False * 10, True // True, -True, +False, abs(-True))
print(3 * 1.5, 3 + 0.0, 3 - 3.0, type(3 * 1.0).__name__)
print(-0, +5, -(-5), ~0, ~7, ~-8)
print(abs(-10), abs(0), abs(10))
x = 0
for i in range(1, 101):
    x += i * i
print(x)
print(1_000 * 1_000, 123456789 * 987654321)
print(int(3.9), int(-3.9), int(True), int("  42  "), int("-0"), int("+7"))
print(7 .bit_length(), (255).bit_length(), (-256).bit_length(), (0).bit_length())
print(round(7), round(15, -1), round(25, -1), round(-35, -1), round(1234, -2), round(5, 2))
print(hash(5), hash(-1), hash(-2), hash(0), hash(True))
print(int.__name__, isinstance(True, int), type(True) is int)
print(10 == 10.0, 10 == 10.5, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(1 < 1.5 < 2, -1 > -1.5, 10 ** 20 > 1e19, 10 ** 400 > 1e308)
print(max(3, 3.0), min(3.0, 3), max(True, 1), 5 // 1.0 == 5)
