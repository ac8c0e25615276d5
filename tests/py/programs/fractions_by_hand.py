# exact rational arithmetic with (numerator, denominator) tuples and gcd: harmonic numbers, Bernoulli numbers
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def make(n, d=1):
    if d == 0:
        raise ZeroDivisionError
    if d < 0:
        n, d = -n, -d
    g = gcd(n, d) or 1
    return (n // g, d // g)
def add(x, y):
    return make(x[0] * y[1] + y[0] * x[1], x[1] * y[1])
def mul(x, y):
    return make(x[0] * y[0], x[1] * y[1])
def show(x):
    return str(x[0]) if x[1] == 1 else f"{x[0]}/{x[1]}"
h = make(0)
for k in range(1, 31):
    h = add(h, make(1, k))
    if k in (1, 2, 3, 10, 20, 30):
        print("H", k, show(h), float(h[0]) / h[1] if k < 30 else round(h[0] / h[1], 12))
def binom(n, k):
    r = 1
    for i in range(k):
        r = r * (n - i) // (i + 1)
    return r
bern = [make(1)]
for m in range(1, 21):
    s = make(0)
    for k in range(m):
        s = add(s, mul(make(binom(m + 1, k)), bern[k]))
    bern.append(mul(make(-1, m + 1), s))
print([show(b) for b in bern])
print(show(mul(make(2, 3), make(9, 4))), show(add(make(1, 6), make(1, 3))), show(make(-4, -6)), show(make(10 ** 30, 10 ** 28)))
