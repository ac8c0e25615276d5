# list/set/dict comprehensions and generator expressions: scoping, nesting, conditions
print([x * x for x in range(6)], [x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)], [[y for y in range(x)] for x in range(4)])
print({x % 5 for x in range(20)}, {k: k ** 2 for k in range(5) if k != 2}, {c: i for i, c in enumerate("abca")})
print(sum(x for x in range(101)), max(len(w) for w in "a bb ccc".split()), list(x for x in "hi"))
x = "outer"
print([x for x in range(3)], x)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 0], [list(col) for col in zip(*matrix)])
print([[row[i] for row in matrix] for i in range(3)], [n for row in matrix for n in row if n % 2])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
n = 10
print([n + i for i in range(3)], [(lambda v: v * n)(i) for i in range(3)])
def f():
    y = 5
    return [y * i for i in range(3)], {y + i for i in range(2)}, {i: y for i in range(2)}
print(f())
g = (i * 2 for i in range(4))
print(next(g), list(g), list(g))
print([c.upper() if c in "aeiou" else c for c in "comprehension"])
print({w[0]: w for w in ["apple", "avocado", "banana"]}, [(i, j) for i in range(2) for j in "ab"])
print([i for i in [3, 1, 2] if i > 1 and i < 3], [[0] * 2 for _ in range(2)], sorted({-x for x in range(4)}))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("xyz", (i for i in range(3)))), [t for t in enumerate("ab", 1)])
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print("NameError", e)
print([y for y in range(3) if (z := y) > 0], z)
print([[j for j in range(i, i + 2)] for i in range(0, 6, 2)], any(c.isdigit() for c in "ab1"), all([]))
