# int() from strings with bases, prefixes, underscores, whitespace and errors
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("Zz", 36), int("10", 2), int("777", 8), int("-10", 7), int("+11", 3))
print(int("1_000"), int("0x_ff", 16), int(" 42\n"), int("\t-7 "), int("0", 0), int("00", 0))
print(int("12", base=5), int("٣"), int("１２"))
for s, base in [("", 10), ("1_", 10), ("_1", 10), ("1__0", 10), ("09", 0), ("0x", 16),
                ("12", 2), ("1.5", 10), ("abc", 10), (" ", 10), ("0b102", 0), ("- 1", 10)]:
    try:
        print(repr(s), base, int(s, base))
    except ValueError as e:
        print("ValueError", e)
for base in [1, 37, -1]:
    try:
        int("1", base)
    except ValueError as e:
        print("ValueError", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError", e)
print(int(b"42"), int(bytearray(b" 7 ")), int(b"ff", 16))
print(int("9" * 50), int("-" + "1" * 40, 2))
print(int(1e18), int(-0.0), int(2.5), int(-2.5), int(True))
for v in [float("inf"), float("-inf")]:
    try:
        int(v)
    except OverflowError as e:
        print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
try:
    int([1])
except TypeError as e:
    print("TypeError", e)
print(int(), int("0x10", 16), int("10", 16), int("0X1F", 0), int("0O7", 0), int("0B1", 0))
