# Arithmetic on ints around the machine-word and 128-bit boundaries, where braid switches
# between its small, 128-bit and arbitrary-precision paths: every result must be exact.
edges = []
for p in [31, 32, 62, 63, 64, 65, 100, 126, 127, 128, 129]:
    for d in [-1, 0, 1]:
        edges.append(2 ** p + d)
        edges.append(-(2 ** p) + d)
edges += [0, 1, -1, 2, -2, 3, -3, 7, 10 ** 18, -(10 ** 19), 6364136223846793005]

checksum = 0
lines = 0
for a in edges:
    for b in edges:
        row = [a + b, a - b, a * b, a & b, a | b, a ^ b]
        if b != 0:
            row += [a // b, a % b, divmod(a, b)]
        if 0 <= b < 140:
            row += [a << b, a >> b]
        h = hash(tuple(row))
        checksum = (checksum * 31 + h) % (1 << 61)
        lines += 1
print(lines, checksum)

# A few printed in full.
for a, b in [(2 ** 63, 2 ** 63), (-(2 ** 63), -1), (2 ** 127 - 1, 1), (2 ** 126, 2), (-(2 ** 127), -1),
             (2 ** 64 - 1, 2 ** 64 - 1), (-(2 ** 100), 3), (2 ** 100, -7)]:
    print(a + b, a - b, a * b, a // b, a % b, a & b, a | b, a ^ b, a >> 3, a << 5)

# The 64-bit LCG pattern.
seed = 1
for _ in range(1000):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
print(seed, seed >> 33, type(seed).__name__)
