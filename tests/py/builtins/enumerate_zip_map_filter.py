# enumerate, zip (including strict=), map with several iterables, filter, their laziness
print(list(enumerate("abc")), list(enumerate("abc", start=10)), list(enumerate([], 5)), list(enumerate("x", -1)))
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2], (True, False, None))), dict(zip("ab", "xy")))
print(list(zip("ab", "cd", strict=True)))
try:
    list(zip("ab", "c", strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip("a", "bc", strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip("a", "b", "cd", strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(map(str.upper, "ab")), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(max, [1, 5], [3, 2], [2, 9])))
print(list(filter(lambda v: v > 1, [0, 1, 2, 3])), list(filter(None, [0, "", "x", [], [0]])), list(filter(str.isalpha, "a1b2")))
log = []
def noisy(x):
    log.append(x)
    return x * 2
m = map(noisy, [1, 2, 3])
print(log, next(m), log, list(m), log)
z = zip(iter([1, 2, 3]), "ab")
print(list(z))
it = iter([1, 2, 3, 4])
print(list(zip(it, it)))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*zip(*matrix))])
for i, (a, b) in enumerate(zip("xy", "XY"), 1):
    print(i, a, b)
print(sum(map(int, "12345")), "".join(map(chr, range(97, 102))), list(map(len, ["", "a", "ab"])))
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print("TypeError", e)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError", e)
print(list(enumerate(zip("ab", range(2)))), list(zip(range(3), enumerate("xy"))))
