# hot loops whose variables change type midway: small int -> big int, int -> float, str -> list
x = 1
trace = []
for i in range(200):
    x = x * 3 + i
    if i % 40 == 0:
        trace.append((i, type(x).__name__, x.bit_length()))
print(trace, x % 1000003)
acc = 0
for i in range(1000):
    acc += i if i < 500 else i / 2
print(acc, type(acc).__name__)
total = 0
for v in [1, 2, 3.5, 4, True, 2 ** 70, -1.25, 10 ** 20, 0j + 1]:
    total = total + v
print(total)
def poly(a, b):
    return a + b
results = []
for a, b in [(1, 2), (1.5, 2), ("x", "y"), ([1], [2]), ((1,), (2,)), (2 ** 64, 1), (True, True), (b"a", b"b")]:
    for _ in range(50):
        r = poly(a, b)
    results.append(r)
print(results)
n = 2 ** 62 - 10
steps = []
for i in range(20):
    n += 1
    steps.append(n - 2 ** 62)
print(steps, n > 2 ** 62, type(n).__name__)
m = -(2 ** 62) + 5
for i in range(10):
    m -= 1
print(m, m + 2 ** 62)
f = 1.0
for i in range(1100):
    f *= 2.0
print(f, f == float("inf"))
s = 0
items = list(range(100)) + [0.5] + list(range(100))
for it in items:
    s += it
print(s)
