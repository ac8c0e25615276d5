# The compiler folds operators on literals (CPython's AST optimizer rules): the result is
# one constant of the code object; large or raising results are left to run time.


def consts(f):
    # CPython also folds the returned tuple itself; look inside tuple constants too.
    out = []
    for c in f.__code__.co_consts:
        out.extend(c if type(c) is tuple else [c])
    return out


def ints():
    return 2 ** 10, 1 << 64, -(3), ~5, 7 // 2, -7 % 3, 10 - 3 * 2


def mixed():
    return 1 + 2.5, 2 * 1.25, 3 / 2, -(1.5), (1 + 2j) * 2, 2 ** -1, 1j * 1j


def texts():
    return "ab" * 3, "x" + "y", b"a" + b"b", b"-" * 4, 3 * "z"


def too_big():
    return 2 ** 200, "x" * 5000, (1 << 200) * 3


def raising():
    return 1 / 0


def formatting():
    return "%s!" % "hi", b"%d" % 5


for f in (ints, mixed, texts):
    values = f()
    print(f.__name__, values, all(any(type(c) is type(v) and c == v for c in consts(f)) for v in values))

big = too_big()
print("too_big folded:", any(isinstance(c, (int, str)) and c in big for c in consts(too_big)))
print(big[0] == 2 ** 200, len(big[1]), big[2] == 3 << 200)
print("formatting folded:", any(c in ("hi!", b"5") for c in consts(formatting)), formatting())
try:
    raising()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
