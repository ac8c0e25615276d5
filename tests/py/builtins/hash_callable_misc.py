# hash of numbers/tuples/frozensets, callable, id-free identity checks, bool(), repr of builtins
print(hash(0), hash(1), hash(-1), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 100))
print(hash(0.5), hash(1.0), hash(-0.0), hash(1e-300), hash(123.456), hash(float("inf")))
print(hash((1, 2, 3)), hash((1.5, -2)), hash(((),)), hash((None, True)) == hash((None, 1)))
print(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])), hash(True), hash(False))
for bad in [[1], {1: 2}, {1}, bytearray(b"x"), ([1],)]:
    try:
        hash(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
print(callable(len), callable(1), callable("".join), callable(lambda: 0), callable(int), callable(None), callable([].append))
print(bool(), bool(0), bool(1), bool(""), bool("0"), bool([]), bool([[]]), bool(None), bool(0.0), bool(-0.0), bool(0j))
print(repr(len), repr(None), repr(True), repr(...), repr(NotImplemented), str(int), repr(print))
a = [1]
b = a
print(a is b, a is not [1], None is None, () is (), "".join([]) == "")
print(int(), float(), str(), list(), tuple(), dict(), set(), complex(), bytes(), bool())
print(type(int()), type(""), type(()))
print(vars().get("a") is a, dir([]).__class__.__name__, "append" in dir([]), "upper" in dir(""))
print(getattr([], "append").__name__, hasattr("", "upper"), hasattr(1, "nope"), getattr(1, "nope", "default"))
try:
    getattr(1, "nope")
except AttributeError as e:
    print("AttributeError", e)
try:
    (5).nope
except AttributeError as e:
    print("AttributeError", e)
try:
    setattr(1, "x", 2)
except AttributeError:
    print("AttributeError on setattr")
print(sorted(dir({}))[:3], len(dir(int)) > 50)
