# pow with modulus, negative exponents (modular inverse), errors
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 1000007), pow(-2, 3), pow(-2, 3, 5))
print(pow(2, -1), pow(2.0, 3), pow(4, 0.5), pow(-8, 3, -5), pow(7, 0, 1), pow(7, 0, 13))
print(pow(3, -1, 7), pow(10, -2, 17), pow(38, -1, 97))
for base in range(-3, 4):
    print(base, [pow(base, e, 7) for e in range(5)])
print(pow(2 ** 100, 2 ** 50, 10 ** 9 + 7), pow(12345678901234567890, 98765, 2 ** 127 - 1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError", e)
print(pow(0, 0), pow(0, 5), pow(1, -5), pow(-1, -5))
print(2 ** 0.5, (-8) ** (1 / 3) == (-8) ** (1 / 3), type((-8) ** 0.5).__name__)
print(pow(-1, 10 ** 20), pow(-1, 10 ** 20 + 1), pow(5, 3, -7), pow(-5, 3, 7))
print(pow(True, 5), pow(2, True), pow(10, 20, 3 ** 30))
