# expected: python3.13 (3.12+ argument-error texts of the C modules; 3.13 output equals 3.14's)
import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile,
                       filterfalse, groupby, islice, pairwise, starmap, takewhile, tee,
                       zip_longest, product, permutations, combinations,
                       combinations_with_replacement)
import operator


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        if hasattr(r, '__next__'):
            r = list(r)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


# count
c = count()
print(next(c), next(c), next(c), c)
print(list(islice(count(10, 3), 4)), count(5), count(1.5, 0.5), count(0, 1.0), count(0, True))
c = count(2.5, -1)
print([next(c) for _ in range(3)], c)
print(list(islice(count(2**64), 2)), list(islice(count(1j), 2)))
print(type(count()), type(count()).__name__, type(count()).__module__)
t(count, 1, 2, 3)
t(count, 'a')
t(count, 1, 'b')
t(count, foo=1)
print(list(islice(count(step=2, start=1), 3)))

# cycle
print(list(islice(cycle('abc'), 8)), list(cycle([])))
it = cycle(iter([1, 2]))
print([next(it) for _ in range(5)])
t(cycle)
t(cycle, 1)
t(cycle, [1], x=1)

# repeat
r = repeat('x', 3)
print(r, next(r), r, list(r), r)
print(repeat(1), repeat(None, -5), list(repeat(0, 0)), repeat(1, 4).__length_hint__())
print(list(map(pow, range(5), repeat(2))))
t(repeat)
t(repeat, 1, 2, 3)
t(repeat, 1, 'a')
t(repeat(1).__length_hint__)
print(repeat(object=7, times=2))

# accumulate
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([], initial=10)))
print(list(accumulate([1, 2], initial=100)), list(accumulate('abc')), list(accumulate([])))
print(list(accumulate([1, 2, 3], func=None, initial=None)))
t(accumulate)
t(accumulate, 1)
t(accumulate, [1, 'a'])

# chain
print(list(chain('ab', [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(['ab', 'cd'])))
t(chain, 1)
t(chain, x=1)
t(chain.from_iterable)
print(list(chain.from_iterable([[1], [], [2, 3]])))
t(chain.from_iterable, [1])

# compress
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1, 1, 1, 1])), list(compress(data=range(5), selectors=[0, 1])))
t(compress, [1])

# dropwhile / takewhile / filterfalse
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 3, 8])), list(takewhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
t(dropwhile, len)
t(takewhile, len, [1], 2)
t(filterfalse, len)
t(takewhile, len, [1])
t(dropwhile, len, [[1]], x=2)

# islice
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(10), None)), list(islice(range(10), 1, None, 3)), list(islice(range(10), None, None, None)), list(islice([], 5)))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
t(islice, [1])
t(islice, [1], -1)
t(islice, [1], 'a')
t(islice, [1], 1, 'a')
t(islice, [1], -1, 2)
t(islice, [1], 1, 2, -1)
t(islice, [1], 1, 2, 0)
t(islice, [1], 1, 2, 3, 4)
t(islice, [1], stop=1)
t(islice, count(), 2**70, 2**70 + 1)

# pairwise / starmap
print(list(pairwise('ABCD')), list(pairwise('A')), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(starmap(max, [[1, 5], 'ab'])))
t(starmap, len)
t(starmap, pow, [1])
t(pairwise)
t(pairwise, 3)

# zip_longest
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest('ab')))
print(list(zip_longest([1, 2], [3], [4, 5, 6])))
t(zip_longest, [1], foo=2)
t(zip_longest, [1], 2)

# types and reprs
for x in (cycle([]), chain(), compress([], []), dropwhile(None, []), takewhile(None, []),
          filterfalse(None, []), islice([], 1), pairwise([]), starmap(None, []), zip_longest(),
          accumulate([]), groupby([]), tee([])[0], product(), permutations([]),
          combinations([], 1), combinations_with_replacement([], 1), repeat(1)):
    print(type(x).__name__, type(x), iter(x) is x)
