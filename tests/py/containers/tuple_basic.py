# tuples: packing, single-element, immutability, methods, comparison, hashing, nesting
t = 1, 2, 3
print(t, type(t).__name__, (1,), (), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(t[0], t[-1], t[1:], t[::-1], len(t), t + (4,), t * 2, 2 in t, t.count(2), t.index(3))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), () < (0,), (1, "a") == (1, "a"))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError", e)
try:
    t[9]
except IndexError as e:
    print("IndexError", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError", e)
try:
    (1,) + [2]
except TypeError as e:
    print("TypeError", e)
m = ([1], 2)
m[0].append(3)
print(m)
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash((1, (2, "x"))) == hash((1, (2, "x"))), hash((1, 2)), hash((0,)))
try:
    hash(([1], 2))
except TypeError:
    print("TypeError unhashable")
a, b = b, a = 1, 2
print(a, b)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), sum(x for pair in [(1, 2), (3, 4)] for x in pair))
print(repr((1,)), repr(((),)), str(("a", 1.5)), repr(tuple([None])))
print(max((3, 1), (2, 9)), min([(1, "z"), (1, "a")]), sorted([(2, 1), (1, 2), (1, 1)]))
print(tuple(x * x for x in range(4)), (*range(2), *"cd"), (0,) * 0, (1, 2)[::-1])
print(t.__len__(), t.__getitem__(0), t.__contains__(9), (1, 2).__add__((3,)), tuple.__name__)
