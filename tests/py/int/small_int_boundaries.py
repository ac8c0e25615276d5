# arithmetic exactly at the edges of machine-word and tagged small-int ranges must never wrap
edges = [2 ** 30, 2 ** 31, 2 ** 32, 2 ** 47, 2 ** 53, 2 ** 60, 2 ** 61, 2 ** 62, 2 ** 63, 2 ** 64]
for e in edges:
    for v in (e - 1, e, -e, -e - 1):
        print(v, v + 1, v - 1, v * 2, v * -3, -v, abs(v), v // 3, v % 7, v >> 1, v << 1, v * v)
m = 2 ** 63 - 1
print(m + m, m * m, -m - 1 - 1, (-m - 1) * -1, (-m - 1) // -1, abs(-m - 1), -(-m - 1))
print((-m - 1) % -1, divmod(-m - 1, -1), divmod(m, -1), (m + 1) - 1 == m)
acc = 1
for _ in range(70):
    acc *= 2
    if acc > 2 ** 60:
        print(acc, acc - 1, type(acc).__name__)
x = 2 ** 62 - 1
total = 0
for i in range(10):
    total += x
print(total, total // 10 == x)
neg = -(2 ** 62)
print(neg - 1, neg * 2, neg + neg, neg - neg, ~neg, ~(neg - 1), neg & (neg - 1), neg | 1, neg ^ -1)
print(sum([2 ** 62] * 4), sum([-(2 ** 62)] * 4), max(2 ** 63, 2 ** 63 - 1), min(-(2 ** 63), -(2 ** 63) + 1))
print(int("9223372036854775807") + 1, int("-9223372036854775808") - 1, int("4611686018427387904") * 2)
print(hash(2 ** 62), hash(2 ** 63), hash(-(2 ** 63)), hash(2 ** 64 + 3))
print(3037000499 * 3037000499, 3037000500 * 3037000500, (-3037000500) * 3037000500)
print(1 << 62, 1 << 63, (1 << 63) >> 63, -1 << 63, (-1 << 63) >> 62)
print(pow(2, 62) + pow(2, 62), 2 ** 62 * 2 == 2 ** 63, (2 ** 63) // 2 == 2 ** 62)
