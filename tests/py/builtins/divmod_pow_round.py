# divmod, pow, round builtins across types
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3))
print(divmod(17.5, 5), divmod(-17.5, 5), divmod(5, 0.75), divmod(True, 2), divmod(10 ** 30 + 7, 10 ** 15))
try:
    divmod(1, 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    divmod(1j, 1)
except TypeError as e:
    print("TypeError", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError", e)
print(pow(2, 8), pow(2, -2), pow(2.5, 2), pow(9, 0.5), pow(-27, 1 / 3).real > 0, pow(3, 4, 5), pow(base=2, exp=5), pow(2, 5, mod=7))
print(round(3.14159, 2), round(2.5), round(-2.5), round(1234, -2), round(0.5 + 1e-9), round(7.5, 0))
print(round(2 ** 0.5, 10), round(1e20), type(round(1e20)).__name__, round(-0.5), round(10.05, 1), round(0.285, 2))
print(abs(round(-0.4)), round(1.25, 1), round(1.35, 1), round(-1.25, 1), round(123.456, -1), round(99.5), round(100.5))
