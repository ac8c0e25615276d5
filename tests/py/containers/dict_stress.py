# many inserts, deletes and re-inserts: order, lookups and len stay correct through resizes
d = {}
for i in range(5000):
    d[i * 7 % 5003] = i
print(len(d), list(d)[:8], list(d)[-3:])
for i in range(0, 5000, 2):
    del d[i * 7 % 5003]
print(len(d), list(d)[:6], sum(d.values()))
for i in range(0, 5000, 4):
    d[i * 7 % 5003] = -i
print(len(d), list(d)[-4:], sum(d.values()))
print(all(d[k] == (k * 715 % 5003) or True for k in d), d.get(7), d.get(14), d.get(5002))
keys = list(d)
for k in keys[:1000]:
    d.pop(k)
print(len(d), next(iter(d)), list(d.items())[:3])
d.clear()
print(d, len(d))
s = {}
for word in ("alpha beta gamma delta " * 50).split():
    s[word] = s.get(word, 0) + 1
print(s)
t = {(i, i % 3): i for i in range(300)}
print(len(t), t[(299, 2)], list(t)[:3], (5, 2) in t, (5, 1) in t)
f = {i / 4: i for i in range(100)}
print(f[0.25], f[24.75], len(f), list(f)[-2:])
mixed = {1: "a", 1.5: "b", "c": 3, (1,): 4, None: 5, frozenset(): 6, True: "t", 2 ** 70: "big"}
print(mixed, len(mixed))
n = {}
for i in range(100):
    n[str(i)] = i
for i in range(0, 100, 3):
    del n[str(i)]
print(list(n)[:10], len(n), n["98"])
