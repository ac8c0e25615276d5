# hot loops over containers: appends, index stores, dict updates, membership, slicing in loops
squares = []
for i in range(10000):
    squares.append(i * i)
print(len(squares), squares[-1], sum(squares) % 1000007)
grid = [[0] * 50 for _ in range(50)]
for i in range(50):
    for j in range(50):
        grid[i][j] = (i * j) % 7
print(sum(map(sum, grid)), grid[49][48], [row[10] for row in grid[:8]])
counts = {}
for i in range(20000):
    k = (i * 2654435761) % 101
    counts[k] = counts.get(k, 0) + 1
print(len(counts), min(counts.values()), max(counts.values()), counts[0], counts[100])
seen = set()
dups = 0
x = 1
for i in range(5000):
    x = (x * 1103515245 + 12345) % 65536
    if x in seen:
        dups += 1
    seen.add(x)
print(len(seen), dups)
buf = list(range(100))
for i in range(1000):
    buf = buf[1:] + buf[:1]
print(buf[:5], buf[-3:])
stack = []
for i in range(10000):
    if i % 3 == 2:
        stack.pop()
    else:
        stack.append(i)
print(len(stack), stack[-3:])
words = ["alpha", "beta", "gamma", "delta"] * 500
lengths = {}
for w in words:
    lengths.setdefault(len(w), []).append(w[0])
print({k: len(v) for k, v in lengths.items()}, "".join(lengths[5][:6]))
t = ()
for i in range(200):
    t = t + (i,)
print(len(t), t[-3:], sum(t))
s = ""
for i in range(3000):
    s += chr(97 + i % 26)
print(len(s), s[:30], s.count("z"))
