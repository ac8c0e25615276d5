# int methods: to_bytes, from_bytes, as_integer_ratio, conjugate, real/imag, numerator
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (0).to_bytes(0, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((255).to_bytes(1, "big"), (2 ** 64 - 1).to_bytes(8, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
try:
    (128).to_bytes(1, "big", signed=True)
except OverflowError as e:
    print("OverflowError", e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"\x80", "little", signed=True))
print(int.from_bytes(bytes(range(20)), "little"))
print((7).as_integer_ratio(), (-7).as_integer_ratio(), (7).conjugate(), (7).real, (7).imag)
print((7).numerator, (7).denominator, True.numerator, (5).__abs__(), (5).__neg__())
print((10).__add__(5), (10).__sub__(3), (10).__mul__(2), (10).__floordiv__(3), (10).__mod__(3))
print((10).__add__(1.5), (10).__radd__(2), (3).__pow__(4), (3).__lt__(4), (3).__eq__(3.0))
print(int.bit_length(1023), int.__add__(2, 3), (12).__index__(), (12).__bool__(), (0).__bool__())
print(int.from_bytes(b"\x00\x10", byteorder="big"), (4096).to_bytes(length=3, byteorder="little"))
print((2 ** 100).to_bytes(13, "big").hex(), int.from_bytes((2 ** 100).to_bytes(13, "big"), "big") == 2 ** 100)
print((-2 ** 70).to_bytes(10, "big", signed=True).hex())
print((37).__format__("x"), (37).__format__(""), (37).__trunc__(), (37).__floor__(), (37).__ceil__(), (37).__round__(-1))
