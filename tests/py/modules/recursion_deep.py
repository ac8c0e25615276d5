# deep pure-Python recursion with a raised limit works; past the limit it is a clean RecursionError
import sys
sys.setrecursionlimit(120000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(100000))
def sum_list(xs, i=0):
    if i == len(xs):
        return 0
    return xs[i] + sum_list(xs, i + 1)
print(sum_list(list(range(50000))))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError", e)
def mutual_a(n):
    return n if n <= 0 else mutual_b(n - 1)
def mutual_b(n):
    return mutual_a(n - 1)
print(mutual_a(90000))
def gen_depth(n):
    if n:
        yield from gen_depth(n - 1)
    else:
        yield "bottom"
print(list(gen_depth(5000)))
sys.setrecursionlimit(1000)
try:
    depth(5000)
except RecursionError:
    print("RecursionError after lowering the limit again")
print(depth(500))
