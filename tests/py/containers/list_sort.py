# sort and sorted: keys, reverse, stability, mixed numbers, errors
data = [5, 2, 9, 1, 5, 6, -3, 0, 2.5, True]
print(sorted(data), sorted(data, reverse=True), data)
data.sort()
print(data)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig", "Elder"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs, key=lambda p: (-p[1], p[0])))
records = [(i % 3, i) for i in range(12)]
print(sorted(records, key=lambda r: r[0]))
print(sorted(records, key=lambda r: r[0], reverse=True))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted([]), sorted([[2, 1], [1, 2], [1]]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1], key=1)
except TypeError as e:
    print("TypeError", e)
big = [(i * 7919) % 1000 for i in range(1000)]
print(sorted(big)[:10], sorted(big)[-5:], sorted(big) == sorted(big, reverse=True)[::-1])
rev_stable = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(sorted(rev_stable, key=lambda t: t[0], reverse=True))
floats = [3.5, -0.0, 0.0, 1e-300, -1e300, float("inf"), 2]
print(sorted(floats), sorted(floats, key=abs))
nested = [[3, "c"], [1, "a"], [2, "b"]]
nested.sort(key=lambda x: x[1], reverse=True)
print(nested)
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([1, 2, 3], key=key), calls)
print(sorted([2 ** 70, -(2 ** 70), 0, 2 ** 70 - 1]), sorted(range(5), key=lambda v: v % 2))
print(sorted(["a", "B", "c"], key=None), sorted([1, 0], reverse=False), sorted(["b", "a"], reverse=1))
lst = [5, 3, 1]
print(lst.sort(reverse=True), lst)
