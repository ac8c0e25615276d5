# expected: python3.13 (3.13 deque error texts; 3.13 output equals 3.14's)
from collections import deque
import collections
import _collections


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], 3 in d, 9 in d, bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([8, 9])
print(d, list(d), list(reversed(d)))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d, d.count(1), d.index(2), d.index('a', 2), d.index(1, -6, -1))
d.insert(1, 'x')
d.insert(-1, 'y')
d.insert(100, 'z')
d.insert(-100, 'w')
print(d)
d.remove('x')
d.reverse()
print(d)
d[0] = 'first'
del d[1]
print(d, d.copy(), d.copy() is d, d.maxlen)
d.clear()
print(d, len(d))

b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
print(b)
b.appendleft(-1)
print(b)
b.extend([20, 21])
print(b)
b.extendleft([30, 31, 32, 33])
print(b, deque(maxlen=0), deque('abc', 0), deque([1], None))
z = deque(maxlen=0)
z.append(1)
print(z, deque('ab', maxlen=5))

a = deque([1, 2])
c = a + deque([3])
print(c, a * 2, 2 * a, a * 0, deque([1], maxlen=2) * 3, deque([1, 2], maxlen=3) + deque([3, 4]))
e = a
a += [5, 6]
print(a, e is a, e)
a *= 2
print(a, e is a)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1], deque([2]) > deque([1, 5]), deque() <= deque())
r = deque([1])
r.append(r)
print(r)
print(deque([1, [2]]), repr(deque(maxlen=0)), deque('ab', 1))
print(type(d), type(iter(d)), type(reversed(d)), deque.__name__, deque.__module__, _collections.deque is deque, collections.deque is deque)
total = 0
for x in deque(range(5)):
    total += x
print(total, sorted(deque([3, 1, 2])), max(deque([3, 1, 2])), list(enumerate(deque('ab'))))

t(hash, d)
t(lambda: d + [1])
t(lambda: d * 'a')
t(lambda: deque([1])[5])
t(lambda: deque([1])['a'])
t(lambda: deque([1])[0:1])
t(lambda: d < [1])
t(d.rotate, 'a')
t(deque([1, 2, 3]).index, 2, 0, 1)
t(deque([1, 2, 3]).index, 7)
t(deque().index)
t(d.insert, 'a', 1)
t(deque([1], 1).insert, 0, 2)
t(deque, [1], maxlen=2, x=3)
t(deque, 1, 2, 3)
t(deque, 1)
t(deque, [], -1)
t(deque, [], 'a')
t(lambda: d.__setitem__(7, 1))
t(lambda: d.__delitem__(7))
t(d.pop, 1)
t(d.extend, 5)
t(deque().pop)
t(deque().popleft)
t(deque().remove, 1)
t(d.append)
t(d.append, 1, 2)
m = deque([1, 2, 3])
it = iter(m)
print(next(it))
m.append(4)
t(next, it)
t(next, it)
it = iter(m)
m.popleft()
t(list, it)
try:
    for x in m:
        m.pop()
except RuntimeError as ex:
    print('RuntimeError', ex)
