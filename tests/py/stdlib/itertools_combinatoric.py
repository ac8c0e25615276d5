# expected: hand-written (python3.13.0 output, except tee of a tee: 3.14 returns n independent copies, gh-123884)
from itertools import (groupby, tee, product, permutations, combinations,
                       combinations_with_replacement, batched, islice, count)


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        if hasattr(r, '__next__'):
            r = list(r)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


# product
print(list(product('ab', range(2))), list(product()), list(product(repeat=0)))
print(list(product([1, 2], repeat=2)), list(product('ab', [], 'c')), list(product('x', repeat=3)))
print(len(list(product(range(3), range(4), range(2)))))
t(product, [1], repeat=-1)
t(product, [1], foo=-1)
t(product, 1)
t(product, [1], repeat='a')

# permutations
print(list(permutations('ABC', 2)), list(permutations(range(3))))
print(list(permutations([])), list(permutations([], 0)), list(permutations('ab', 0)), list(permutations('ab', 3)))
print(len(list(permutations(range(6)))), list(permutations('abcd'))[:7])
t(permutations, [1], -1)
t(permutations)
t(permutations, [1], 'x')
print(list(permutations(iterable='abc', r=None))[:2])

# combinations
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)))
print(list(combinations('', 0)), list(combinations('abc', 0)), len(list(combinations(range(10), 4))))
t(combinations, [1], -1)
t(combinations, [1])
t(combinations)

# combinations_with_replacement
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement([], 2)))
print(list(combinations_with_replacement([], 0)), list(combinations_with_replacement('ab', 3)))
t(combinations_with_replacement, [1], -1)
t(combinations_with_replacement, [1])

# groupby
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')], list(groupby([])))
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5, 7], key=lambda x: x % 2)])
print([(k, list(g)) for k, g in groupby(['a', 'bb', 'cc', 'd'], len)])
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
it = groupby('aaabbb')
k, g = next(it)
print(k, next(g))
k2, g2 = next(it)
print(k2, list(g), list(g2))
print(type(g).__name__, type(g))
t(groupby)
t(groupby, 1)
t(groupby, [1], key=3)
print(list(groupby([1, 1, 2], key=None))[0][0])

# tee
a, b = tee(range(5))
print(next(a), next(a), list(b), list(a))
x, y, z = tee('abc', 3)
print(list(x), list(y), list(z), tee([1], 0), len(tee([1])))
a, b = tee(iter(range(200)))
print(sum(a), sum(b))
a, b = tee(count())
print(list(islice(a, 100))[-1], list(islice(b, 3)), next(a))
c, d = tee(a)
print(next(c), next(d), next(c), next(a))
print(type(a).__name__, type(a.__copy__()).__name__, list(islice(a.__copy__(), 2)))
t(tee, [1], -1)
t(tee)
t(tee, [1], 2, 3)
t(tee, 1)

# batched
print(list(batched('ABCDEFG', 3)), list(batched([], 2)), list(batched('ab', 5)))
print(list(batched(range(6), n=2)))
t(batched, [1], 0)
t(batched, [1])
t(batched, 'abc', 'x')
