# expected: python3.13 (3.12+ argument-error texts of _heapq; 3.13 output equals 3.14's)
import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        if hasattr(r, '__next__'):
            r = list(r)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 0, 6]:
    heappush(h, x)
print(h)
print([heappop(h) for _ in range(len(h))], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10]
heapify(data)
print(data)
print(heapreplace(data, 4), data)
print(heappushpop(data, -1), heappushpop(data, 12), data)
print(heappushpop([], 3))
words = ['pear', 'apple', 'fig', 'banana', 'kiwi']
heapify(words)
print(words, heappop(words))
tasks = []
heappush(tasks, (2, 'write'))
heappush(tasks, (1, 'read'))
heappush(tasks, (3, 'sleep'))
heappush(tasks, (1, 'eat'))
print([heappop(tasks) for _ in range(4)])
big = list(range(1000, 0, -7))
heapify(big)
print(big[:10], [heappop(big) for _ in range(5)])

# nlargest / nsmallest
nums = [5, 1, 8, 3, 9, 2, 8, 7, 1]
print(nlargest(3, nums), nsmallest(3, nums), nlargest(1, nums), nsmallest(1, nums))
print(nlargest(0, nums), nsmallest(-2, nums), nlargest(20, nums), nsmallest(9, nums))
print(nlargest(2, iter(nums)), nsmallest(4, iter(nums)), nlargest(1, []), nsmallest(1, iter([])))
print(nlargest(3, iter(nums), key=lambda x: -x), nsmallest(2, ['bb', 'a', 'ccc', 'dd'], key=len))
print(nsmallest(2, iter(['bb', 'a', 'ccc', 'dd', 'e']), key=len), nlargest(2, iter(['bb', 'a', 'ccc', 'dd', 'e']), key=len))
pairs = [(1, 'a'), (3, 'b'), (1, 'c'), (3, 'd'), (2, 'e')]
print(nlargest(2, pairs, key=lambda p: p[0]), nsmallest(3, iter(pairs), key=lambda p: p[0]))
print(nlargest(1, pairs, key=lambda p: p[0]), nsmallest(1, pairs, key=lambda p: p[0]))
print(nlargest(n=2, iterable=[1, 2, 3]), nsmallest(2, {3: 'a', 1: 'b', 2: 'c'}))

# merge
print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(merge()), list(merge([])), list(merge([1, 2])), list(merge('ace', 'bdf')))
print(list(merge([5, 3, 1], [4, 2, 0], reverse=True)))
print(list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(merge(['kangaroo', 'horse', 'dog'], ['fish', 'cat'], key=len, reverse=True)))
print(list(merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda p: p[0])))
m = merge([1, 4], iter([2, 3]))
print(next(m), next(m), list(m), list(m))
log = []


def gen(name, items):
    for i in items:
        log.append((name, i))
        yield i


m = merge(gen('a', [1, 3]), gen('b', [2, 4]))
print(log)
print(next(m), log)
print(next(m), log)
print(list(m), log)

# errors
t(heappop)
t(heappop, 1)
t(heappop, [])
t(heapify, 1)
t(heapify, x=2)
t(heappush, 1, 2)
t(heappush, [])
t(heappush, [], 1, x=2)
t(heapreplace, 1, 2)
t(heapreplace, [], 1)
t(heappushpop, 1, 2)
t(heappush, [1], 'a')
t(nlargest, 2)
t(nlargest)
t(nlargest, 'a', [1])
t(nsmallest, 2, [3, 1, 2], key=1)
t(nlargest, 2, [1], foo=1)
t(nlargest, 1, 2, 3, 4)
t(nsmallest, 2, 5)
t(merge, [1], foo=2)
t(merge, [1], 5)
t(merge, [1, 'a'], [2])
