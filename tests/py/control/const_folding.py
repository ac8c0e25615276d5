# Operators on literals are computed by the compiler (as CPython does) with the same
# results as at run time; huge results and errors are left to run time.
print(1 << 64, 2 ** 10, 2 ** 128, -(1 << 70), ~5, -(-3), +3.5, -0.0, 7 // -2, -7 % 3)
print("ab" * 3, b"x" * 2, 3 * "z", "a" + "b" + "c", b"a" + b"b", 2 * (1 + 2j), 1.5 * 2, 2 ** -1)
print(0 * "x" * 100, 10 ** 20 * 0, 0 ** 0, 1.0 / 4, 2 ** 0.5, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print("%s-%d" % ("x", 5), b"%d" % 7, type(1 << 200), (1 << 200) >> 199, 5 - - - 2)
print(0x10 | 0b1, 6 & 3, 6 ^ 3, 10 // 3 * 3 + 10 % 3, divmod(-7, 2))

# Results CPython refuses to compute at compile time: only evaluated when reached.
if False:
    unused = 2 ** 100000000
    unused = "x" * 10 ** 12
    unused = 1 << 10 ** 12
print(len(str(2 ** 1000)), len("ab" * 3000), len((1, 2) * 200))


# Errors stay run-time errors, raised when the line runs.
def errors():
    results = []
    for expr in [lambda: 1 / 0, lambda: 1 << -1, lambda: "a" * "b", lambda: 10 ** 400 * 1.0, lambda: "x" - 1]:
        try:
            results.append(expr())
        except Exception as e:
            results.append(f"{type(e).__name__}: {e}")
    return results


for r in errors():
    print(r)
print(0.1 + 0.2, 1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
