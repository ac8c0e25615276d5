# list construction, indexing, slicing, concatenation, repetition, membership, comparisons
a = [1, "two", 3.0, None, [5]]
print(a, len(a), a[0], a[-1], a[-1][0], a[1:3], a[::-1], a[::2], a[10:], a[-10:2])
print(list(), list("abc"), list(range(4)), list((1, 2)), list({"a": 1, "b": 2}), list({3: 0}.values()))
print([1, 2] + [3], [0] * 5, [[]] * 2, 2 * [1, 2], [] * 10, [1] * -1)
print(3 in [1, 2, 3], "x" not in ["y"], [1, 2] in [[1, 2]], [] == [], [1, 2] == [1, 2.0], [1] != [1])
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99], [1, [2, 3]] < [1, [2, 4]], [] < [0])
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
shared = [[0] * 3] * 3
shared[1][1] = 5
print(shared)
try:
    a[5]
except IndexError as e:
    print("IndexError", e)
try:
    a["x"]
except TypeError as e:
    print("TypeError", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError", e)
try:
    [1, "a"] < ["a", 1]
except TypeError as e:
    print("TypeError", e)
b = [1, 2, 3]
c = b
c.append(4)
print(b, b is c, b[:] is b, b[:] == b, b.copy() is b)
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], str(nested), repr([]), repr([[]]))
r = [1]
r.append(r)
print(r, len(r))
print([i * 2 for i in range(5)][-2:], list(reversed([1, 2, 3])), sum([[1], [2]], []))
print(list(map(abs, [-1, -2])), [x for x in [3, 1, 2] if x > 1], len([None] * 1000))
print(a.__len__(), a.__getitem__(1), a.__contains__(3.0), [].__class__.__name__)
