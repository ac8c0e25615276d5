# frozenset: immutability, hashing, use as dict key and set element, mixed operations
f = frozenset([3, 1, 2])
g = frozenset({2, 3, 4})
print(f, g, f | g, f & g, f - g, f ^ g, type(f | g).__name__, type({1} | f).__name__, type(f | {1}).__name__)
print(f == {1, 2, 3}, {1, 2, 3} == f, f <= {1, 2, 3, 4}, hash(f) == hash(frozenset([1, 2, 3])))
d = {f: "f", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s), frozenset({1}) in s)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError", e)
print(frozenset(), frozenset(""), frozenset(range(5)), frozenset("aa") == frozenset("a"))
print(f.union([7]), f.intersection(range(3)), f.difference({1}), f.symmetric_difference((1, 9)), f.copy() is f)
print(f.isdisjoint(g), f.issubset(g), f.issuperset({1}), sorted(f), len(f), 2 in f)
nested = frozenset([frozenset([1, 2]), frozenset([3])])
print(len(nested), frozenset([1, 2]) in nested)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset([0])), hash(frozenset([1, 2])))
