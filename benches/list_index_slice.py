"""List indexing and slicing: matrix multiplication with nested lists, rotations and window sums.

Checksum: sums over the results.
"""
import sys


def matmul(a, b, n):
    result = [[0] * n for _ in range(n)]
    for i in range(n):
        row_a = a[i]
        row_r = result[i]
        for k in range(n):
            aik = row_a[k]
            row_b = b[k]
            for j in range(n):
                row_r[j] += aik * row_b[j]
    return result


def rotations(data, times):
    total = 0
    for t in range(times):
        cut = t % len(data)
        data = data[cut:] + data[:cut]
        total += data[0] + data[-1] + data[len(data) // 2]
    return total


def window_sums(data, width):
    best = 0
    current = sum(data[:width])
    for i in range(width, len(data)):
        current += data[i] - data[i - width]
        if current > best:
            best = current
    return best


def main(n):
    a = [[(i * n + j) % 7 for j in range(n)] for i in range(n)]
    b = [[(i + 2 * j) % 5 for j in range(n)] for i in range(n)]
    c = matmul(a, b, n)
    print(sum(sum(row) for row in c))
    data = [(i * 7919) % 1000 for i in range(2000)]
    print(rotations(data, 3000))
    print(window_sums(data * 50, 37))
    print(sum(x for row in c[::3] for x in row[1::2]))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 270)
