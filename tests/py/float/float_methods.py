# float.hex/fromhex, as_integer_ratio, is_integer, float() constructor
for v in [0.0, -0.0, 1.0, 0.5, 0.1, -2.75, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.0]:
    print(repr(v), v.hex(), float.fromhex(v.hex()) == v, v.as_integer_ratio(), v.is_integer())
for s in ["0x1p0", "0x1.8p1", "-0x1p-1074", "0x.8p1", "0X1P+4", " 0x10 ", "0x1.fffffffffffffp1023", "inf", "-nan", "0x1p-1075", "0x1p-1076"]:
    print(s.strip(), float.fromhex(s))
try:
    float.fromhex("0x1p2000")
except OverflowError as e:
    print("OverflowError", e)
try:
    float.fromhex("zz")
except ValueError as e:
    print("ValueError", e)
print(float(), float(3), float(-7), float(True), float("  3.25 "), float("1e-3"), float("-.5e2"))
print(float(2 ** 60), float("0.1"), float("1_2.3_4"), float("٣.٥"))
for bad in ["1_", "_1", "1__2", "0x10", "1.2.3", "abc", " ", "1e5.0"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    float(None)
except TypeError as e:
    print("TypeError", e)
try:
    float([1.0])
except TypeError as e:
    print("TypeError", e)
print(float(b"2.5"), float(bytearray(b"-1e2")))
print((2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (2.5).__round__(), (3.5).__round__())
print((7.5).__divmod__(2), (7.5).__rdivmod__(20), (2.0).__pow__(3), (2.0).__rpow__(3))
print((1.5).__add__(1), (1.5).__add__("x"), (1.5).__eq__(1.5), (1.5).__lt__(2))
print(float.__add__(1.0, 2.0), (0.25).__mul__(4), (-1.5).__abs__(), (-1.5).__neg__(), (0.0).__bool__())
