# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# The iterator protocol: __iter__/__next__, iterables returning generators, __getitem__
# iteration, StopIteration handling, iter(callable, sentinel), unpacking, builtins consuming.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", e.args)
a, b, c2 = Countdown(3)
print(a, b, c2, [*Countdown(2)], {*Countdown(2)}, dict(zip(Countdown(2), "ab")))

class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for ch in self.children:
            yield from ch
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), 3 in t, list(enumerate(t)), list(map(lambda v: v * 10, t)))

class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Squares()), 9 in Squares(), list(zip(Squares(), "abc")))
it = iter(Squares())
print(type(it).__name__, next(it), next(it))

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoNext:
    def __iter__(self):
        return self
try:
    for _ in NoNext():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(Tree(1))
except TypeError as e:
    print(type(e).__name__, e)

# iter(callable, sentinel) with a bound method
class Reader:
    def __init__(self, items):
        self.items = list(items)
    def read(self):
        return self.items.pop(0) if self.items else ""
r = Reader(["a", "b", "c"])
print(list(iter(r.read, "")))

# iterator that is also reusable iterable
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
r2 = Range2(3)
print(list(r2), list(r2), [(x, y) for x in r2 for y in r2 if x < y])

# StopIteration inside generator driven by user iterator
def take(it, n):
    for _ in range(n):
        yield next(it)
try:
    print(list(take(Countdown(2), 5)))
except RuntimeError as e:
    print(type(e).__name__, e)

# for-else with user iterators, break
for v in Countdown(10):
    if v == 7:
        break
else:
    print("no break")
print("broke at", v)
print(list(reversed(list(Countdown(3)))), "".join(str(x) for x in Countdown(4)))
print(any(x > 3 for x in Countdown(5)), all(Countdown(3)), min(Countdown(3), default=None))
