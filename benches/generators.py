"""Generators: pipelines of generator functions and generator expressions, yield from chains.

Checksum: sums of the pipeline outputs.
"""
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def take_every(it, k):
    for i, x in enumerate(it):
        if i % k == 0:
            yield x


def flatten(depth, width):
    if depth == 0:
        yield 1
        return
    for _ in range(width):
        yield from flatten(depth - 1, width)


def main(n):
    print(sum(take_every(evens(squares(numbers(n))), 3)))
    print(sum(x % 7 for x in range(n) if x % 3))
    print(sum(flatten(9, 4)))
    total = 0
    for chunk in (range(i, i + 10) for i in range(0, n // 4, 10)):
        total += max(chunk)
    print(total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000000)
