# generator expressions: the first iterable is evaluated immediately, the rest lazily; errors surface late
log = []
def source(n):
    log.append(f"source({n})")
    return range(n)
g = (x * y for x in source(3) for y in source(2))
print("created", log)
print(list(g), log)
log.clear()
def bad():
    raise ValueError("evaluated eagerly")
try:
    (x for x in bad())
except ValueError as e:
    print("ValueError at creation:", e)
g2 = (1 / x for x in [1, 0])
print(next(g2))
try:
    next(g2)
except ZeroDivisionError:
    print("ZeroDivisionError on second next")
print(list(g2))
n = 10
g3 = (n + i for i in range(3))
n = 100
print(list(g3))
items = [1, 2, 3]
g4 = (i for i in items)
items.append(4)
print(list(g4))
items = [9]
g5 = (i for i in items)
items = [8]
print(list(g5))
def gen_in_func():
    k = 5
    return [list(k * j for j in range(i)) for i in range(3)]
print(gen_in_func())
print(sum(x for x in range(10) if x % 2), max((len(s), s) for s in ["bb", "a", "ccc"]))
print(tuple(i for i in "ab"), set(i % 3 for i in range(10)), dict((i, i * i) for i in range(3)))
nested = (list(c for c in w) for w in ["hi", "yo"])
print(list(nested))
