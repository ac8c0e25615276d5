# and/or return operands, not bools; conditional expressions; not
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", None or 0 or [] or "last")
print([] and 1, [1] and "x", 0.0 or -0.0, (0 or None) is None)
print(not 0, not 1, not "", not [0], not None)
calls = []
def t(x):
    calls.append(x)
    return x
t(0) and t(1)
t(1) or t(2)
t(1) and t(0) and t(3)
t(0) or t("") or t(None)
print(calls)
for n in range(-2, 3):
    print(n, "pos" if n > 0 else "neg" if n < 0 else "zero")
x = 7
print("odd" if x % 2 else "even", ("a" if x else "b") + "!")
print((lambda v: v and v * 2 or -1)(3), (lambda v: v and v * 2 or -1)(0))
print(True + True, True * 3, False - 1, True / 2)
print(1 if [] else 2 if {} else 3 if () else 4)
a = None
b = a or []
b.append(1)
print(a, b)
print(bool(0), bool(0.1), bool("0"), bool(b""), bool([[]]))
print(type(1 and 2).__name__, type(0 or 1.5).__name__)
