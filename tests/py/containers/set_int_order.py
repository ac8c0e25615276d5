# sets of ints print in CPython's hash-table order (ints hash to themselves)
print({3, 1, 2}, {10, 1, 100, 1000}, {-1, -2, 0, 1, 2}, {8, 16, 32, 64, 0})
print({2 ** 40, 5, 2 ** 33, 7}, {100, 200, 300, 400, 500, 600}, set(range(20, 0, -3)))
s = set()
for i in [50, 3, 17, 8, 99, 1, 34, 1000, 64, 12]:
    s.add(i)
print(s)
s.discard(17)
s.remove(99)
print(s)
for i in range(100, 140):
    s.add(i)
print(s)
for i in range(100, 135):
    s.discard(i)
print(s)
print(set([5, 5, 3, 3, 1]), set((9, 8, 7)), {x * 7 % 13 for x in range(13)}, frozenset([31, 15, 7]))
print({-5, 5, -10, 10}, {1.0, 2, 3.5}, {True, 2, 0}, {(1, 2), (0, 0)} == {(0, 0), (1, 2)})
print(sorted({9, 3, 7}), list({64, 1, 32}), [x for x in {40, 8, 16}], len({1, 1.0, True}))
u = {1, 2, 3} | {30, 20, 10}
i = {1, 2, 3, 4, 5, 6, 7, 8} & {8, 6, 4, 2, 10}
d = {11, 22, 33, 44, 55} - {22, 44}
x = {1, 9, 17} ^ {9, 25, 33}
print(u, i, d, x)
t = {n for n in range(0, 100, 7)}
print(t)
print(t.pop(), t.pop(), t)
print({0, 8, 16, 24, 32, 40, 48, 56, 64}, {-1, -2, -3, 2 ** 61 - 1, 2 ** 61})
big = set(range(1000))
for n in range(0, 1000, 3):
    big.discard(n)
print(len(big), list(big)[:12])
print(set(), frozenset(), repr(set([0])), str(frozenset({5, 6})))
