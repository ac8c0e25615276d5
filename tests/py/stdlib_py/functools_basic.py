import functools
from functools import (reduce, partial, cmp_to_key, wraps, update_wrapper, total_ordering,
                       lru_cache, cache, cached_property, singledispatch, partialmethod)

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10))
try: reduce(lambda a, b: a, [])
except TypeError as e: print(e)
def power(base, exp, *, mod=None): return pow(base, exp, mod)
sq = partial(power, exp=2); cube = partial(power, exp=3, mod=10)
print(sq(5), cube(7), sq.func is power, sq.args, sq.keywords, partial(sq, 3)())
print(sorted([5, 1, 4], key=cmp_to_key(lambda a, b: b - a)))

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k) * 2
    return inner
@deco
def add(a, b):
    """Add two things."""
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__qualname__, add.__wrapped__(1, 2), add.__module__)
def plain(): pass
def other(): "other doc"
update_wrapper(plain, other); print(plain.__name__, plain.__doc__, plain.__wrapped__ is other)
other.custom = 42
print(wraps(other)(lambda: 0).custom)

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2), max([V(3), V(9), V(1)]).v)
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(G(1) < G(2), G(1) > G(2), G(1) <= G(1))
try:
    @total_ordering
    class Nope: pass
except ValueError as e: print(e)

calls = []
@lru_cache(maxsize=2)
def sqr(x):
    calls.append(x); return x * x
for x in [1, 2, 1, 3, 2, 1]: sqr(x)
print(calls, sqr.cache_info(), sqr.cache_parameters())
sqr.cache_clear(); print(sqr.cache_info(), sqr.__wrapped__(4), sqr.__name__)
@lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def fact(n): return 1 if n < 2 else n * fact(n - 1)
print(fact(20), fact.cache_info().currsize, fact.cache_info().maxsize)
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info().currsize)
@lru_cache(maxsize=None)
def kw(a, b=0): return a + b
print(kw(1, b=2), kw(1, b=2), kw(a=1, b=2), kw.cache_info())
try: lru_cache("x")
except TypeError as e: print(e)
ci = fib.cache_info(); print(ci.hits, ci._fields, type(ci).__name__)
class Obj:
    def __init__(self): self.n = 0
    @lru_cache(maxsize=None)
    def m(self, x):
        self.n += 1; return x * 10
o = Obj(); print(o.m(1), o.m(1), o.n)

class Circle:
    def __init__(self, r): self.r = r; self.count = 0
    @cached_property
    def area(self):
        self.count += 1
        return 3 * self.r * self.r
c = Circle(2); print(c.area, c.area, c.count, 'area' in vars(c))
del c.area; print(c.area, c.count, type(Circle.__dict__['area']).__name__)
class Slotted:
    __slots__ = ('x',)
    @cached_property
    def p(self): return 1
try: Slotted().p
except TypeError as e: print(e)

@singledispatch
def show(x): return f"object {x!r}"
@show.register(int)
def _(x): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
def show_float(x): return f"float {x}"
show.register(float, show_float)
print(show(1), show(True), show([1, 2]), show(2.5), show("s"), show(None))
class MyList(list): pass
print(show(MyList([1])), show.dispatch(bool).__name__, show.dispatch(str) is show.registry[object])
import collections.abc
@show.register(collections.abc.Mapping)
def _(x): return "mapping"
print(show({}), show(collections.OrderedDict()) if hasattr(collections, 'OrderedDict') else 'mapping')
try: show()
except TypeError as e: print(e)
try: show.register(3)
except TypeError as e: print(e)

class Cell:
    def __init__(self): self.state = None
    def set_state(self, v): self.state = v
    on = partialmethod(set_state, True)
    off = partialmethod(set_state, False)
cl = Cell(); cl.on(); print(cl.state); cl.off(); print(cl.state)
