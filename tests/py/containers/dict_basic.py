# dict construction, lookup, insertion order, update order, deletion then reinsert, errors
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d), d["a"], "a" in d, 2 in d, list(d))
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, k2=2), dict(zip("ab", range(2))))
del d["b"]
d["b"] = 0
print(d)
print({1: "int", 1.0: "float", True: "bool"}, {(1, 2): "tuple", frozenset({1}): "fs", None: 0})
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    {}[(1, 2)]
except KeyError as e:
    print("KeyError", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError", e)
try:
    {}[0.5]
except KeyError as e:
    print("KeyError", e)
print({}, {"x": {}}, {"nested": {"deep": [1, {"k": ()}]}}, {0: None})
r = {}
r["self"] = r
print(r)
print({1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3}, {} == dict())
try:
    {1: 2} < {3: 4}
except TypeError as e:
    print("TypeError", e)
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()), big[999])
for i in range(5):
    big[i] = -i
print(list(big.items())[-5:])
keys = {}
for w in "the quick the lazy the end quick".split():
    keys[w] = keys.get(w, 0) + 1
print(keys)
print(d.__len__(), d.__contains__("a"), d.__getitem__("a"), type(d).__name__, dict.__name__)
