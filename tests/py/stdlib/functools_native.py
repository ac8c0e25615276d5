# expected: hand-written (python3.13 output, except 3.14's reduce: `initial` may be a keyword, so its argument errors are Argument Clinic's)
import functools
import _functools
from functools import reduce, partial, cmp_to_key
import operator


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 10), reduce(max, [3], 0), reduce(lambda a, b: a + b, [], 'init'))
print(reduce(lambda acc, x: acc + [x * 2], 'abc', []), reduce(operator.add, iter([[1], [2]])))
print(reduce(operator.add, [1, 2], initial=5), reduce(function=None, iterable=[7]) if False else 0)
t(reduce, operator.add, [])
t(reduce, len)
t(reduce)
t(reduce, len, 2)
t(reduce, len, [], 3, 4)
t(reduce, operator.add, [1, 'a'])

p = partial(int, base=2)
print(p, p.func, p.args, p.keywords, p('101'), p('11', base=10), type(p), partial.__module__, partial.__name__)
q = partial(partial(max, 1), 2, key=None)
print(q, q.func, q.args, q.keywords, q(3), q(0, key=lambda x: -x))
r = partial(print, 'a', sep='-')
r('b', 'c')
r('b', sep='+')
print(repr(partial(len, [1])), repr(partial(print, sep='-')), partial(len)([1, 2]), partial(pow, 2)(10), partial(pow, 2, 3)(5))
p.keywords['base'] = 8
print(p('17'), p)
t(partial)
t(partial, 1)
t(partial(int, '5'), 1, 2)
t(partial(int), x=1)
t(setattr, partial(max), 'func', 1)

K = cmp_to_key(lambda a, b: a - b)
k = K(3)
print(type(K).__name__, type(k), sorted([3, 1, 2], key=K), k < K(4), k == K(3), k >= K(5), k != K(3), k.obj)
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a))), max([1, 5, 3], key=cmp_to_key(lambda a, b: b - a)))
t(hash, k)
t(K)
t(K, 1, 2)
t(lambda: k < 5)
t(cmp_to_key)
print(_functools.reduce is functools.reduce, _functools.partial is functools.partial)
