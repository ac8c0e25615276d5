# generators driven from hot loops: send, early close, nested yield from, many short-lived generators
def running_mean():
    total = 0.0
    count = 0
    mean = None
    while True:
        value = yield mean
        total += value
        count += 1
        mean = total / count
g = running_mean()
next(g)
last = None
for i in range(10000):
    last = g.send(i % 17)
print(last)
def chunked(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(sum(len(c) for c in chunked(list(range(10007)), 64)), list(chunked([1, 2, 3, 4, 5], 2)))
def leaves(depth):
    if depth == 0:
        yield 1
    else:
        yield from leaves(depth - 1)
        yield from leaves(depth - 1)
print(sum(leaves(12)))
created = 0
for i in range(3000):
    it = (x for x in range(i % 7))
    created += sum(it)
print(created)
closed = 0
def closable():
    global closed
    try:
        while True:
            yield 1
    finally:
        closed += 1
for i in range(500):
    c = closable()
    next(c)
    c.close()
print(closed)
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
def count(start=0):
    while True:
        yield start
        start += 1
print(take(5, count(10)), take(3, (c for c in "abcdef" if c > "b")))
