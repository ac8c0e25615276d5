# expected: python3.13 (3.13 output equals 3.14's)
# When each iterator pulls from its sources, seen through generators that log.
from itertools import (islice, chain, compress, dropwhile, takewhile, zip_longest,
                       pairwise, batched, groupby, tee, accumulate, cycle, starmap, product)

log = []


def src(name, items):
    for x in items:
        log.append(f'{name}:{x}')
        yield x
    log.append(f'{name}:end')


def show(label, it, n=None):
    del log[:]
    out = list(it) if n is None else [next(it) for _ in range(n)]
    print(label, out, log)


show('islice', islice(src('a', range(10)), 2, 7, 2))
it = src('b', range(5))
show('islice-stop', islice(it, 2))
print(next(it), log)
show('chain', chain(src('a', [1]), src('b', []), src('c', [2, 3])))
show('compress', compress(src('d', 'abc'), src('s', [1, 0])))
show('dropwhile', dropwhile(lambda x: x < 2, src('a', [0, 1, 2, 0])))
show('takewhile', takewhile(lambda x: x < 2, src('a', [0, 1, 2, 0])))
show('zip_longest', zip_longest(src('a', [1]), src('b', [1, 2, 3])))
show('pairwise', pairwise(src('a', [1, 2, 3])))
show('batched', batched(src('a', range(5)), 2))
show('accumulate', accumulate(src('a', [1, 2, 3]), initial=0))
show('cycle', cycle(src('a', [1, 2])), 5)
show('starmap', starmap(pow, src('a', [(2, 3), (3, 2)])))
show('product', product(src('a', [1, 2]), src('b', 'xy')), 1)
del log[:]
g = groupby(src('a', 'aabbbc'))
k1, g1 = next(g)
print(k1, log)
k2, g2 = next(g)
print(k2, list(g1), list(g2), log)
del log[:]
x, y = tee(src('t', [1, 2, 3]))
print(next(x), next(x), log, next(y), log, list(y), list(x), log)
