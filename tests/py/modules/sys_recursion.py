# recursion limit functions; RecursionError is raised (and catchable) at every limit
import sys
print(sys.getrecursionlimit())
def depth(n):
    return depth(n + 1)
for limit in [100, 500, 3000]:
    sys.setrecursionlimit(limit)
    try:
        depth(0)
    except RecursionError as e:
        print(limit, "RecursionError", e)
sys.setrecursionlimit(1000)
def measure():
    count = 0
    def go():
        nonlocal count
        count += 1
        go()
    try:
        go()
    except RecursionError:
        return count
c = measure()
print(900 < c < 1000)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError", e)
def recover():
    try:
        return recover()
    except RecursionError:
        return "recovered"
print(recover())
print(sys.getrecursionlimit())
def nested_data(n):
    result = []
    for _ in range(n):
        result = [result]
    return result
print(len(str(nested_data(100))))
