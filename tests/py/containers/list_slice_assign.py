# slice assignment and deletion with steps, growing and shrinking, extended slices
a = list(range(10))
a[2:4] = ["x", "y", "z"]
print(a)
a[::3] = "ABCD"
print(a)
a[5:2:-1] = [0, 0, 0]
print(a)
a[len(a):] = [99]
a[:0] = [-1]
print(a)
a[3:] = []
print(a)
b = list(range(8))
b[1:7:2] = range(100, 103)
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
b[::-1] = b[:]
print(b)
c = [1, 2, 3]
c[1:2] = c
print(c)
d = list(range(10))
del d[::-3]
print(d)
del d[1:100]
print(d)
e = list(range(6))
e[10:20] = [7]
e[-100:-99] = [-7]
print(e)
f = list("abcdef")
print(f[1:5:2], f[-1:-5:-2], f[5:1:-1], f[::-2], f[100:-100:-1], f[slice(1, None)])
f[:] = "xy"
print(f)
g = [0] * 5
g[1:4] = (9 for _ in range(2))
print(g)
h = list(range(5))
h[2:2] = [2.5]
h[-1:-1] = ["pen"]
print(h)
try:
    h[0:1] = 5
except TypeError:
    print("TypeError")  # message changed in 3.12
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(6), slice(None).indices(3), slice(-1, None, -1).indices(4))
print(list(range(10))[s], "abcdefghijk"[s], slice(5), slice(1, 2) == slice(1, 2), repr(slice(None, None, None)))
