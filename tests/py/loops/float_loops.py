# float accumulation loops: results must match CPython bit for bit (no reassociation, no FMA)
def harmonic(n):
    s = 0.0
    for k in range(1, n + 1):
        s += 1.0 / k
    return s
print(repr(harmonic(10)), repr(harmonic(100000)))
def leibniz(n):
    s = 0.0
    sign = 1.0
    for k in range(n):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4 * s
print(repr(leibniz(1000)), repr(leibniz(200000)))
def mandel(w, h, iters):
    rows = []
    for py in range(h):
        row = ""
        for px in range(w):
            cr = -2.0 + 2.5 * px / w
            ci = -1.0 + 2.0 * py / h
            zr = zi = 0.0
            n = 0
            while n < iters and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            row += " .:-=+*#%@"[n % 10]
        rows.append(row)
    return rows
for row in mandel(60, 20, 60):
    print(row)
def axpy_chain(n):
    x, y = 0.1, 0.7
    for i in range(n):
        x = x * 1.0000001 + y * 1e-7
        y = y - x * 1e-9
    return x, y
print(axpy_chain(100000))
vals = [i * 0.1 for i in range(1000)]
m = 0.0
for v in vals:
    m = max(m, v * v - 3 * v)
first_ten = 0.0
for v in vals[:10]:
    first_ten += v  # not sum(): CPython 3.12+ sums floats with compensation
print(repr(m), repr(first_ten), repr(min(vals[1:], key=lambda v: abs(v - 33.33))))
