# expected: python3.13 (3.13 checks indexing support up front; 3.13 output equals 3.14's)
import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right, insort


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 2, 2), bisect_right(a, 2, 0, 3), bisect_left(a, 2, lo=4), bisect_right(a, 5, hi=4))
print(bisect_left(a, 2, hi=-1), bisect_left(a, 2, 1, None), bisect_left(a, 2, 5, 2), bisect_right(a, 9, 0, 100 if False else 7))
print(bisect_left((1, 3, 5), 3), bisect_right('aceg', 'd'), bisect_left(range(0, 100, 5), 42))
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect_left(recs, 3, key=lambda r: r[1]), bisect_right(recs, 3, key=lambda r: r[1]), bisect_left(recs, 9, key=lambda r: r[1]))
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
lst = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort(lst, x)
print(lst)
insort_left(lst, 5)
insort_right(lst, 0)
insort(lst, 100, 0, len(lst))
insort_left(lst, 3, lo=2)
print(lst)
people = [('ann', 20), ('bob', 30)]
insort(people, ('cy', 25), key=lambda p: p[1])
insort_left(people, ('di', 30), key=lambda p: p[1])
insort_right(people, ('ed', 30), key=lambda p: p[1])
print(people)
calls = []


def key(v):
    calls.append(v)
    return v


bisect_left(list(range(16)), 11, key=key)
print(calls)
print(bisect.bisect is bisect_right, bisect.insort is insort_right, bisect_right.__name__, insort.__name__)

t(bisect_left)
t(bisect_left, [], 1, 2, 3, 4, 5)
t(bisect_left, [], 1, foo=2)
t(bisect_left, [], 1, -1)
t(bisect.bisect, [1], 1, 'a')
t(bisect_right, [1], 1, 0, 'a')
t(insort, 1, 1)
t(bisect.bisect, 1, 1)
t(bisect_left, [1, 2, 3], 2, lo=5)
t(insort_left, [1], 1, -1)
t(bisect.bisect, [1], 1, key=1)
t(bisect.bisect, None, 1, 0, 0)
t(bisect.bisect, [1, 'a'], 'a')
t(insort, (1, 2), 3)
t(bisect.bisect, [1], 1, lo=None)
t(bisect_left, [1], 1, 0, 1, lambda x: x)
t(bisect_left, [1, 2], 'x')
t(bisect_left, [1], 1, a=[1])
