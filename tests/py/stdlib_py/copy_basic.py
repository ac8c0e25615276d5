import copy
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]['k'] is a[2]['k'], c)
t = (1, 2); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not (1, [2])[1])
d = {'a': [1]}; print(copy.copy(d)['a'] is d['a'], copy.deepcopy(d)['a'] is d['a'])
s = {1, 2}; print(copy.copy(s), copy.copy(s) is s, copy.deepcopy(frozenset([1])))
class P:
    def __init__(self, x, items): self.x = x; self.items = items
    def __repr__(self): return f"P({self.x}, {self.items})"
p = P(1, [1, 2]); q = copy.copy(p); r = copy.deepcopy(p)
print(q, q.items is p.items, r, r.items is p.items, type(r).__name__)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self): print("copy hook"); return Custom(self.v + 1)
    def __deepcopy__(self, memo): print("deepcopy hook", type(memo).__name__); return Custom(self.v + 2)
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v, copy.deepcopy([Custom(5)])[0].v)
cyc = [1]; cyc.append(cyc); cc = copy.deepcopy(cyc); print(cc[1] is cc, cc[1] is not cyc)
shared = [0]; pair = [shared, shared]; dp = copy.deepcopy(pair); print(dp[0] is dp[1], dp[0] is not shared)
class S:
    __slots__ = ('a', 'b')
s1 = S(); s1.a = [1]; s2 = copy.deepcopy(s1); print(s2.a, s2.a is s1.a, hasattr(s2, 'b'))
class L(list):
    pass
l = L([1, [2]]); l.tag = 'x'; l2 = copy.deepcopy(l); print(type(l2).__name__, l2, l2.tag, l2[1] is l[1])
class St:
    def __init__(self): self.a = 1; self.cache = 'big'
    def __getstate__(self): return {'a': self.a}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
s3 = copy.copy(St()); print(sorted(vars(s3).items()))
def f(): pass
print(copy.deepcopy(f) is f, copy.copy(int) is int, copy.deepcopy(None), copy.copy(3.5))
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(id(x) in memo)
from collections import namedtuple
NT = namedtuple('NT', 'x y')
nt = NT([1], 2)
nt2 = copy.deepcopy(nt); print(nt2, nt2.x is nt.x, type(nt2).__name__, copy.copy(nt) == nt)
