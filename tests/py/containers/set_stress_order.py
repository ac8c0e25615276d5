# int sets after many adds and discards print in CPython's table order (resizes, dummies, reuse)
s = set()
for i in range(0, 300, 7):
    s.add(i * 13 % 257)
print(s)
for i in range(0, 300, 14):
    s.discard(i * 13 % 257)
print(s)
for i in range(1000, 1040):
    s.add(i)
print(s)
s2 = {x for x in range(-50, 50, 9)}
print(s2)
s3 = set(range(100))
s3 -= set(range(0, 100, 2))
s3 |= {200, 300, 1 << 40}
print(s3)
s4 = set()
for i in range(30):
    s4.add(i * 1000003 % 97)
    if i % 4 == 0:
        s4.discard((i - 1) * 1000003 % 97)
print(s4)
print({2 ** i for i in range(70)})
print({-(2 ** i) for i in range(0, 70, 9)})
print(set([10 ** i for i in range(25)]))
print({i * 0.5 for i in range(10)})
print(frozenset({5, 37, 69, 101}), {5, 37, 69, 101} == frozenset({101, 69, 37, 5}))
a = set(range(50, 0, -5))
b = set(range(0, 60, 10))
print(a & b, a | b, a - b, b - a, a ^ b)
print(sorted(a ^ b) == sorted((a | b) - (a & b)))
