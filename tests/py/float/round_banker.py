# round(): banker's rounding on the exact binary value, ndigits, negative ndigits, types
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5, 5.5, 1e16 + 2]:
    print(v, round(v), type(round(v)).__name__)
for v in [2.675, 2.665, 1.005, 0.125, 0.375, 1.23456, -1.23456, 123.456]:
    print(v, round(v, 2), round(v, 1), round(v, 0), round(v, -1), round(v, 3))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2))
print(round(0.0), round(-0.0), round(-0.0, 1), round(0.4), round(-0.4), round(-0.6))
print(round(1e300, 2), round(1e300, -300), round(1.5e-300, 300), round(123.456, 400), round(123.456, -400))
print(round(5, -1), round(15, -1), round(25, -1), round(-25, -1), round(12345, -3), round(2 ** 70 + 5, -1))
print(round(7, 0), round(7, 5), round(True), round(False, 2), type(round(7.0, 0)).__name__)
for v in [float("inf"), float("nan")]:
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(round(v, 2))
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError", e)
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print([round(x / 10, 1) for x in range(-5, 6)])
print([round(x + 0.5) for x in range(-4, 5)])
print(round(2.5, None), round(-3.5, None), round(7, None))
