# aliasing, shallow copies, nested mutation, identity vs equality, recursive reprs
a = [1, [2, 3], {"k": [4]}]
b = a
c = a[:]
d = list(a)
e = a.copy()
a[0] = 100
a[1].append(99)
a[2]["k"].append(5)
print(a, b, c, d, e, sep="\n")
print(a is b, a is c, a[1] is c[1], c == d == e, a == c)
m = {"list": [1]}
n = dict(m)
n["list"].append(2)
n["other"] = 3
print(m, n)
t = ([1], 2)
u = tuple(t)
print(t is u, t[0] is u[0])
s = {1, 2}
s2 = set(s)
s2.add(3)
print(s, s2)
rec = [1, 2]
rec.append(rec)
rec2 = {"a": rec}
rec2["self"] = rec2
print(rec, rec2)
print(rec == rec, rec[2] is rec)
row = [0] * 3
grid = [row] * 2
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid2 = [row[:] for _ in range(2)]
grid2[0][1] = 7
print(grid2)
x = [[]] * 3
x[0].append("shared")
print(x)
y = [[] for _ in range(3)]
y[0].append("own")
print(y)
strs = ["a" + "b", "ab"]
print(strs[0] == strs[1], [1, 2] == [1, 2], (1, 2) == (1, 2), [] is not [])
