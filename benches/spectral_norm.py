"""Float-heavy loop and calls: the spectral norm of the infinite matrix A(i, j) = 1/((i+j)(i+j+1)/2+i+1).

Checksum: the norm with 9 decimals.
"""
import sys


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


# Sums are accumulated by hand: CPython 3.12 changed float sum() to compensated summation, and the
# checksum must be the same under CPython 3.11 (the reference) and braid (3.14 semantics).
def dot_row(i, v, n):
    total = 0.0
    for j in range(n):
        total += eval_a(i, j) * v[j]
    return total


def dot_column(i, v, n):
    total = 0.0
    for j in range(n):
        total += eval_a(j, i) * v[j]
    return total


def mul_av(v, n):
    return [dot_row(i, v, n) for i in range(n)]


def mul_atv(v, n):
    return [dot_column(i, v, n) for i in range(n)]


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def main(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    print(f"{(vbv / vv) ** 0.5:.9f}")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 330)
