# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Container protocol: __len__, __getitem__/__setitem__/__delitem__, __contains__,
# __iter__, __reversed__, __missing__, slices, __bool__ fallback to __len__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"cell {key} out of range")
            return self.cells.get(key, ".")
        raise TypeError(f"bad key {key!r}")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()

g = Grid(3, 2)
g[0, 1] = "#"
g[2, 1] = "@"
print(len(g), g[0, 1], g[1, 1], "#" in g, "x" in g, "x" not in g)
del g[0, 1]
print(g[0, 1], "#" in g)
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    g["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del g[9, 9]
except KeyError as e:
    print(type(e).__name__, e)

# slices arrive as slice objects
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step)
        return self.data[i]
    def __len__(self):
        return len(self.data)
s = Seq("abcdef")
print(s[1:3], s[::2], s[:], s[-1], s[1:2, 3] if False else s[2])

# iteration falls back to __getitem__ until IndexError
print(list(s), "c" in s, "z" in s, sorted(s, reverse=True)[:2])
a, b, *rest = s
print(a, b, rest)
print(list(reversed(s)))

# __reversed__ preferred
class Rev(Seq):
    def __reversed__(self):
        return iter(["custom"])
print(list(reversed(Rev("ab"))))

# __contains__ absent -> iteration
class OnlyIter:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in OnlyIter(), 5 in OnlyIter())

# __bool__ and __len__ truthiness
class Empty:
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Empty()), bool(Falsy()), bool(Seq("x")), "yes" if Seq("") else "no")
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)

# dict-like with __missing__ requires a dict subclass; plain __getitem__ here
class Default:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        try:
            return self.d[k]
        except KeyError:
            return self.__missing__(k)
    def __missing__(self, k):
        self.d[k] = len(k)
        return self.d[k]
dd = Default()
print(dd["abc"], dd["z"], sorted(dd.d.items()))

# no container support
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__)  # message changed in 3.14
for expr in (lambda: len(Nothing()), lambda: Nothing()[0], lambda: iter(Nothing())):
    try:
        expr()
    except TypeError as e:
        print(type(e).__name__, e)
n = Nothing()
try:
    n[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del n[0]
except TypeError as e:
    print(type(e).__name__)  # message changed in 3.14
