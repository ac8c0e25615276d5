# float arithmetic, signed zeros, mixed int/float, overflow to inf
print(0.1 + 0.2, 0.3 - 0.1, 1.1 * 1.1, 7.0 / 2, 7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2)
print(-0.0 + 0.0, 0.0 + -0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, -0.0 * -0.0, 0.0 / -1)
print(-0.0 == 0.0, str(-0.0), abs(-0.0), -(0.0), +(-0.0), max(-0.0, 0.0), min(0.0, -0.0))
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308, 2.0 ** 1023 * 2)
print(1e-323 * 0.1, 1e-308 / 1e10, 2.0 ** -1074, 2.0 ** -1075)
print(2.0 ** 10, 2 ** 0.5, 10.0 ** -2, (-2.0) ** 2, (-2.0) ** 3, 4.0 ** 0.5, 0.0 ** 0)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError", e)
try:
    1.0 / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    (-8.0) ** 0.5
except Exception as e:
    print("no error?", e)
print((-8.0) ** 0.5 == complex((-8.0) ** 0.5), type((-8.0) ** 0.5).__name__)
print(3 + 4.5, 3 * 0.5, 10 / 4, 10 // 4.0, 2 ** 0.0, 1 - 1.0)
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15, 1e16 + 1.0 == 1e16)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0)
acc = 1.0
for i in range(1, 30):
    acc *= i / 7.0
print(acc)
print(float("1.5") * 2, float(" -2.25 ") + 1, float("1_000.5"), float("+.5"), float("5."))
print(1.5.is_integer(), 2.0.is_integer(), (-0.0).is_integer(), 1e300.is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio(), (0.0).as_integer_ratio())
print((3.7).conjugate(), (3.7).real, (3.7).imag, float.__name__)
print(int(1e15 + 0.5), 0.5 + 0.5 == 1, 1 / 3 + 1 / 3 + 1 / 3)
