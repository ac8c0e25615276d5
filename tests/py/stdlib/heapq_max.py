# expected: hand-written (3.14's public max-heap functions; values checked against python3.13's private _heapify_max/_heappop_max/_heapreplace_max and Lib/heapq.py's pure-Python siftdowns)
from heapq import heapify_max, heappush_max, heappop_max, heapreplace_max, heappushpop_max


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


h = [3, 1, 4, 1, 5, 9, 2, 6]
heapify_max(h)
print(h)
heappush_max(h, 7)
print(h)
print([heappop_max(h) for _ in range(4)], h)
print(heapreplace_max(h, 0), h)
print(heappushpop_max(h, 10), heappushpop_max(h, -1), h)
print(heappushpop_max([], 5))
t(heapify_max, 1)
t(heappush_max, [])
t(heappush_max, 1, 2)
t(heappop_max, [])
t(heappop_max)
t(heapreplace_max, [], 1)
t(heappushpop_max, (), 1)
