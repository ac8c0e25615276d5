# constructors as conversion functions: int/float/str/bool/list/tuple/set/dict/complex/bytes
print(int("7"), int(7.9), int(-7.9), int("-  7".replace(" ", "")), float("7"), float(7), str(7), str(7.0), str(-0.0))
print(bool("False"), bool(0.0), list("ab"), tuple([1]), set([1, 1, 2]), dict([(1, 2)]), complex("1+1j"), bytes(2))
print(str(b"ab"), str(1e-7), str(123456789012345678), str(1.0e16), str([1.0, "s"]), str((1,)), str({1: "a"}))
print(repr(1.0), repr("s"), repr([None]), repr(1e22), repr(-1e-7), repr(2 ** 0.5))
print(float("  -1.5e+3  "), float("inf"), float("-0"), int("0b11", 0), int(" 0x1F ", 16), int("٣٤"))
print(list(range(3)), list({1: "a"}), list({1: "a"}.items()), tuple("xyz"), set(), dict(a=1), dict(zip([1, 2], "ab")))
print(int(2 ** 63), int(-(2 ** 63)), float(2 ** 63), int(float(2 ** 53)), int("1" * 30))
print(str(True), str(None), int(True), float(False), complex(True), list(b"\x00\x01"), tuple(bytearray(b"a")))
print(type(int("5")).__name__, type(float("5")).__name__, type(str(5)).__name__)
for bad in [lambda: int("1.0"), lambda: int(""), lambda: float(""), lambda: int("0x10"), lambda: float("1,5"), lambda: complex("abc")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
for bad in [lambda: int([]), lambda: float({}), lambda: list(5), lambda: dict(5), lambda: set(1), lambda: tuple(None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
