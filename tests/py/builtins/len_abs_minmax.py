# len, abs, min, max with key/default, sum with start, any, all
print(len(""), len("héllo"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 2}), len(range(10)), len(b"ab"), len(bytearray(3)))
for bad in [5, None, 1.5, iter([])]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError", e)
print(abs(-5), abs(5), abs(-0.0), abs(-2.5), abs(3 + 4j), abs(-(10 ** 30)), abs(True), abs(False))
try:
    abs("x")
except TypeError as e:
    print("TypeError", e)
print(max(3, 1, 2), min(3, 1, 2), max([1, 5, 2]), min("hello"), max("a", "b"), max([1, 2], [1, 3]), min((5, 4)))
print(max([], default="empty"), min([], default=None), max([1], default=0), min("", default="-"))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([-3, 2], key=abs), min([3, -3], key=abs))
print(max([(1, "b"), (1, "a")]), max([1, 1.0]), max([1.0, 1]), min([0, False]), max({3: "a", 9: "b"}))
print(max(range(10), key=lambda x: x % 4), max("abcb", key="bca".find), min(iter([4, 2, 8])))
for bad in [lambda: max([]), lambda: min(()), lambda: max(1), lambda: max(1, 2, default=0), lambda: max()]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.5, 0.25]), sum(range(101)), sum([True, True]))
print(sum([1, 2.5]), sum((1j, 2)), sum([10 ** 20, 1]), sum([], start=5), sum(x for x in range(4)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError", e)
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]), any("a"), all(iter([True])))
calls = []
def t(v):
    calls.append(v)
    return v
print(any(t(v) for v in [0, 1, 2]), calls)
calls.clear()
print(all(t(v) for v in [1, 0, 2]), calls)
