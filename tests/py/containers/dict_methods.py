# dict methods: get, setdefault, pop, popitem, update, copy, clear, fromkeys, keys/values/items
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("d", 4), d)
print(d.pop("b"), d.pop("z", "default"), d)
try:
    d.pop("z")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(x=100)
print(d)
c = d.copy()
c["new"] = 1
print(d, c, c is d)
d.clear()
print(d, len(d))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
e = {"one": 1, "two": 2, "three": 3}
print(list(e.keys()), list(e.values()), list(e.items()))
print(sorted(e), sorted(e.values()), sorted(e.items(), key=lambda kv: kv[1]), max(e, key=e.get))
print({k: v for k, v in e.items() if v > 1}, {v: k for k, v in e.items()})
print(e.get("one", 0) + e.get("four", 0), "two" in e.keys(), 2 in e.values(), ("one", 1) in e.items())
counts = {}
for ch in "mississippi":
    counts.setdefault(ch, []).append(ch)
print({k: len(v) for k, v in counts.items()})
f = {"k": 0}
print(f | {"j": 1}, {"j": 1} | f, f)
f |= {"k": 5, "m": 6}
print(f)
try:
    f | [("a", 1)]
except TypeError as e:
    print("TypeError", e)
f |= [("a", 1)]
print(f, dict(f, **{"b": 2}), {**f, "k": -1})
print(reversed(f).__class__.__name__, list(reversed(f)), list(reversed(f.values())), list(reversed(f.items())))
