# bitwise operators and shifts on small, negative and big ints
vals = [0, 1, 5, -5, 255, -256, 2 ** 70, -(2 ** 70) + 3]
for a in vals:
    print(a, ~a, a & 0xF0F, a | 0x33, a ^ -1, a << 3, a >> 2)
print(6 & 3, 6 | 3, 6 ^ 3, -6 & 3, -6 | 3, -6 ^ 3, -6 & -3, -6 | -3, -6 ^ -3)
print(1 << 0, 1 << 63, 1 << 64, -1 << 64, 5 >> 10, -5 >> 10, -1 >> 100)
print((2 ** 100 - 1) & (2 ** 64 + 7), (2 ** 100) | 1, (2 ** 100) ^ (2 ** 100))
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 3).__name__)
print(bin(-37 & 0xFF), bin(37 ^ 0xFF), hex(-1 & 0xFFFFFFFFFFFFFFFF))
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
try:
    1.0 << 1
except TypeError as e:
    print("TypeError", e)
print((12345).bit_count(), (-12345).bit_count(), (0).bit_count(), (2 ** 100 - 1).bit_count())
x = 0
for i in range(0, 64, 3):
    x |= 1 << i
print(x, bin(x).count("1"), x >> 60, x & (x - 1))
print(0xFF >> 4 << 4, 1 << 2 ** 3, ~~7, -~7, ~-~7)
print((-(2 ** 70)) >> 65, (-(2 ** 70) - 1) >> 70, (2 ** 70 + 5) >> 70)
