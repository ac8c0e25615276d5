# complex numbers: construction, repr, arithmetic, attributes, comparisons
print(1j, 2 + 3j, 2 - 3j, -1j, 0j, complex(1, 2), complex(), complex(1.5), complex("1+2j"), complex(" 3-4j "))
print(complex("j"), complex("-j"), complex("2.5"), complex("1e3j"), complex(0, -0.0))
print(repr(-0j), repr(complex(-0.0, -0.0)), repr(complex(0.0, -0.0)), (1 + 2j).real, (1 + 2j).imag)
print((1 + 2j) + (3 - 1j), (1 + 2j) - 3, (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 1j), 1j * 1j)
print((1 + 2j).conjugate(), abs(3 + 4j), abs(-5j), (2j) ** 2, (1 + 1j) ** 3, 2 ** (1j) == 2 ** (1j))
print((1 + 2j) == (1 + 2j), (1 + 0j) == 1, 1j == 1, (1 + 0j) == 1.0, hash(1 + 0j) == hash(1))
print(complex(1e300, 1e300) * 10, complex(float("inf"), 0), complex(float("nan"), 1))
print(1e16j, 1e-5j, 1.5j, complex(1, 1e16), (0.1 + 0.2j) * 3)
try:
    (1 + 2j) < (2 + 3j)
except TypeError as e:
    print("TypeError", e)
try:
    (1 + 1j) / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    complex("1+2")
except ValueError as e:
    print("ValueError", e)
try:
    complex("1", 2)
except TypeError as e:
    print("TypeError", e)
try:
    int(1j)
except TypeError as e:
    print("TypeError", e)
print(format(1 + 2j), format(1.5 - 2.25j, ".2f"), format(3j, "^12"), f"{1+1j:>10}", format(1 + 2j, "e"))
print(str(complex(1.0, 2.0)), str(complex(1e20, 1e-20)), complex(2, 3).__repr__())
print(bool(0j), bool(1j), bool(complex(0, 0.0)), type(1j).__name__, isinstance(1j, complex))
print(sum([1j, 2, 3.5]), (1j).imag.is_integer(), (2 + 0j) ** 0.5)
print((3 + 4j) ** 2, (3 + 4j) ** -1, pow(1j, 2), pow(1j, 4), 0j ** 0)
