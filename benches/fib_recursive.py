"""Recursion: naive Fibonacci and the Takeuchi function; measures call/return overhead.

Checksum: fib(n) and tak(18, 12, 6).
"""
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def main(n):
    print(fib(n))
    print(tak(18, 12, 6))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 35)
