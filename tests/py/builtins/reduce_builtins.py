# __reduce__/__reduce_ex__ of built-in types that reduce themselves (range, slice, set,
# bytearray, the iterators), as pickle and copy use them. Expected output generated with
# CPython 3.13 (/root/.pyenv/versions/3.13.0/bin/python3); 3.14 prints the same.
print(range(1, 5, 2).__reduce__(), range(3).__reduce_ex__(2), slice(1, 2).__reduce__(), slice(3).__reduce_ex__(4))
print({1, 2}.__reduce__(), frozenset([3]).__reduce_ex__(2), bytearray(b"ab").__reduce__(), bytearray(b"ab").__reduce_ex__(4))
it = iter([1, 2, 3]); next(it)
print(it.__reduce__(), iter((1, 2)).__reduce__(), iter("héllo").__reduce__())
it = iter("abc"); next(it); next(it)
print(it.__reduce__())
it = iter([1]); next(it)
try:
    next(it)
except StopIteration:
    pass
print(it.__reduce__())
r = reversed([1, 2, 3]); next(r)
print(r.__reduce__())
e = enumerate("ab", 5)
print(e.__reduce__()[0], e.__reduce__()[1][1])
d = iter({1: 2, 3: 4}); next(d)
print(d.__reduce__(), iter({1: 2}.items()).__reduce__(), iter({1: 2}.values()).__reduce__())
s = iter({1, 2, 3}); next(s)
print(s.__reduce__())
m = map(abs, [1]); print(m.__reduce__()[0], m.__reduce__()[1][0])
z = zip([1], [2], strict=True); print(z.__reduce__()[0], len(z.__reduce__()[1]), z.__reduce__()[2:])
f = filter(None, [1]); print(f.__reduce__()[0], f.__reduce__()[1][0])
func, args, *rest = iter([5, 6, 7]).__reduce__()
rebuilt = func(*args)
print(list(rebuilt))
