"""N-queens by brute force: every permutation of the columns, kept when no two queens share
a diagonal.

Permutations come from a recursive generator (`yield from` through n levels); the diagonal
test builds two sets from generator expressions, as pyperformance's nqueens does.

Checksum: the number of solutions and a hash of the solutions in the order found.
"""
import sys


def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        head = (items[i],)
        for rest in permutations(items[:i] + items[i + 1:]):
            yield head + rest


def solutions(n):
    cols = range(n)
    for vec in permutations(tuple(cols)):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


def main(n):
    count = 0
    h = 0
    for vec in solutions(n):
        count += 1
        for c in vec:
            h = (h * 31 + c) % 1000003
    print(count, h)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 8)
