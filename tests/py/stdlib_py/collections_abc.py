import collections.abc as abc
for t in (list, tuple, dict, set, frozenset, str, bytes, range, int, type(iter([])), type(x for x in ())):
    print(t.__name__, [n for n in ("Iterable", "Iterator", "Sized", "Container", "Hashable", "Callable",
        "Sequence", "MutableSequence", "Mapping", "MutableMapping", "Set", "MutableSet", "Generator", "Collection", "Reversible")
        if issubclass(t, getattr(abc, n))])
print(isinstance(len, abc.Callable), isinstance(lambda: 0, abc.Callable), isinstance(3, abc.Callable))
class MyMap(abc.Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 9), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2})
print(isinstance(m, abc.Mapping), isinstance(m, abc.MutableMapping), isinstance(m, dict))
class Seq(abc.Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
    def __len__(self): return 3
s = Seq()
print(list(s), 20 in s, list(reversed(s)), s.index(20), s.count(10))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), abc.Iterator), isinstance(It(), abc.Iterable), isinstance([], abc.Iterator))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), abc.Hashable), isinstance(1, abc.Hashable), isinstance([], abc.Hashable))
try:
    abc.Sequence()
except TypeError as e: print(e)
class S(abc.MutableSet):
    def __init__(self, it=()): self._s = set(it)
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(sorted(self._s))
    def __len__(self): return len(self._s)
    def add(self, x): self._s.add(x)
    def discard(self, x): self._s.discard(x)
a = S([1, 2, 3]); b = S([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= S([1,2,3,4]), a == S([3,2,1]))
a |= [9]; print(list(a))
