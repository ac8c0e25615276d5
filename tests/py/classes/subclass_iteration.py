# Iterating, unpacking and copying instances of list and tuple subclasses uses the
# class's __iter__ when it overrides it, as CPython's exact-type fast paths do.
class Rev(tuple):
    def __iter__(self):
        return reversed(list(tuple.__iter__(self)))

class Doubler(list):
    def __iter__(self):
        for x in super().__iter__():
            yield x * 2

r = Rev((1, 2, 3))
a, b, c = r
print(a, b, c, list(r), tuple(r), type(tuple(r)).__name__, [*r], len(r), r[0])
d = Doubler([1, 2])
x, y = d
print(x, y, list(d), tuple(d), sorted(d), [*d], sum(d), d[1])
t = tuple(Rev((4, 5)))
print(t, type(t).__name__, tuple((7, 8)) == (7, 8))

class Plain(tuple):
    pass
p = Plain((1, 2))
u, v = p
print(u, v, tuple(p), type(tuple(p)).__name__, list(p))
