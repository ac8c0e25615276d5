# dict views are live, support set operations, and detect changes during iteration
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
d["d"] = 4
del d["a"]
print(list(k), list(v), list(it), len(k), len(v), len(it))
print(k, v, it)
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(k == {"b", "c", "d"}, k >= {"b"}, k.isdisjoint({"x"}), sorted(it & {("b", 2), ("c", 0)}))
print("b" in k, 3 in v, ("c", 3) in it, ("c", 4) in it, [1] in v)
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError", e)
e = {1: 1, 2: 2}
try:
    for key in e:
        del e[key]
except RuntimeError as e2:
    print("RuntimeError", e2)
f = {1: "x", 2: "y"}
for key in f:
    f[key] = f[key] * 2
print(f)
g = {i: str(i) for i in range(5)}
for key in list(g):
    if key % 2:
        del g[key]
print(g)
print(list(zip(g.keys(), g.values())), [x for x in g.items()])
print(type(k).__name__, type(v).__name__, type(it).__name__)
m = {"x": 1}
keys_it = iter(m)
print(next(keys_it))
try:
    next(keys_it)
except StopIteration:
    print("StopIteration")
print({1: 2}.keys() == {1: 3}.keys(), {1: 2}.items() == {1: 2}.items(), {1: 2}.values() == {1: 2}.values())
print(set(d.items()) == set(it), {k2: v2 for k2, v2 in sorted(d.items(), reverse=True)})
