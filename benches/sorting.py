"""Sorting: list.sort and sorted on ints, floats, strings and tuples, with keys and reverse.

Checksum: samples of the sorted outputs.
"""
import sys


def lcg(seed, count, modulus):
    out = []
    for _ in range(count):
        seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        out.append((seed >> 33) % modulus)
    return out


def main(n):
    ints = lcg(1, n, 1000000)
    floats = [x / 7.0 for x in lcg(2, n, 100000)]
    words = ["w" + str(x) for x in lcg(3, n // 2, 50000)]
    records = list(zip(lcg(4, n // 2, 100), words))
    checks = []
    for _ in range(3):
        a = sorted(ints)
        b = sorted(floats, reverse=True)
        c = sorted(words)
        d = sorted(records, key=lambda r: (r[0], r[1][::-1]))
        e = sorted(ints, key=lambda v: v % 1000)
        checks.append((a[n // 2], b[10], c[-1], d[len(d) // 3], e[5]))
        ints.sort(reverse=True)
    print(checks[0])
    print(len(set(checks)))
    already = list(range(n))
    already.sort()
    print(already[-1], sorted(already, reverse=True)[0])


main(int(sys.argv[1]) if len(sys.argv) > 1 else 200000)
