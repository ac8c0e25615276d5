# uncaught RecursionError with a lowered limit
import sys
sys.setrecursionlimit(60)
def walk(n):
    return walk(n + 1)
print("limit", sys.getrecursionlimit())
walk(0)
