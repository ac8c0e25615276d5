"""Integer loop: a sieve of Eratosthenes, Collatz lengths and modular arithmetic on small ints.

Checksum: prime count, longest Collatz chain and a mixed hash.
"""
import sys


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    return sum(flags)


def longest_collatz(limit):
    best = best_start = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        if steps > best:
            best, best_start = steps, start
    return best_start, best


def mix(rounds):
    h = 0x12345
    for i in range(rounds):
        h = (h * 31 + i) % 1000000007
        h ^= (h >> 7)
        h = (h + (i << 3)) & 0xFFFFFFF
    return h


def main(scale):
    print(sieve(int(300000 * scale)))
    print(*longest_collatz(int(60000 * scale)))
    print(mix(int(600000 * scale)))


# The scale may be a fraction (0.1) for instruction-count runs under callgrind.
main(float(sys.argv[1]) if len(sys.argv) > 1 else 2)
