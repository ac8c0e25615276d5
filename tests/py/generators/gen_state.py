# generator objects: gi_running, gi_frame, re-entrancy error, generators as iterators in for/zip/enumerate
def self_ref():
    yield g.gi_running
g = self_ref()
print(g.gi_running, next(g))
def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print("ValueError", e)
def gen():
    yield 1
    yield 2
x = gen()
print(x.gi_frame is not None, next(x), next(x), next(x, None), x.gi_frame)
print(list(zip(gen(), "ab", gen())), list(enumerate(gen(), 10)), dict(zip(gen(), gen())))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
for v in countdown(3):
    print("for", v)
a, b = countdown(2)
print(a, b)
first, *rest = countdown(5)
print(first, rest)
print(sorted(countdown(4)), tuple(countdown(2)), set(countdown(3)) == {1, 2, 3}, 2 in countdown(3), 9 in countdown(3))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", range(2), countdown(4))))
def gen_names():
    yield
print(type(gen()).__name__, gen().__name__, gen().__qualname__, gen_names().__name__)
