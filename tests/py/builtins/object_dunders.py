# object's methods are real attributes of every built-in object: __new__, __init__,
# __init_subclass__, __subclasshook__, __getattribute__/__setattr__/__delattr__, __dir__,
# __getstate__, __reduce__/__reduce_ex__, __sizeof__, and object's rich comparisons.
# Expected output generated with CPython 3.13 (/root/.pyenv/versions/3.13.0/bin/python3);
# nothing printed here differs between 3.13 and 3.14.
print(type((1).__sizeof__()).__name__, (1).__sizeof__() > 0, [].__sizeof__() > 0, "abc".__sizeof__() > 0)
print(type(object.__new__(object)).__name__, int.__new__(int, 5), int.__new__(int, "12"), str.__new__(str, 7), tuple.__new__(tuple, [1, 2]))
print(list.__new__(list), dict.__new__(dict), float.__new__(float, "1.5"), bool.__new__(bool, 3))
for f in [lambda: object.__new__(int), lambda: int.__new__(str), lambda: int.__new__(5), lambda: int.__new__(), lambda: object.__new__(list)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print((1).__new__(int, 8), type(int.__new__).__name__)
x = [3, 1, 2]
print(type(x.__dir__()).__name__, sorted(x.__dir__()) == dir(x), "append" in x.__dir__())
print(object().__lt__(object()), object().__ge__(1), (1).__lt__(2), (2).__le__(1), "a".__gt__("b"), (1).__eq__(1.0), (1.0).__eq__(1))
print(object().__eq__(1), None.__eq__(None), None.__lt__(None), (3).__ne__(3))
r = (5).__reduce_ex__(2)
print(r[0].__name__, r[1], r[2:])
r = "ab".__reduce_ex__(2)
print(r[0].__name__, r[1], r[2:])
r = (1, 2).__reduce_ex__(2)
print(r[1], r[2])
r = [1, 2].__reduce_ex__(2)
print(r[1], r[2], list(r[3]), r[4])
r = {"a": 1}.__reduce_ex__(2)
print(r[1], r[2], r[3], list(r[4]))
r = object().__reduce_ex__(0)
print(r[0].__name__, r[1])
print(r[0](*r[1]).__class__)
rebuilt = (5).__reduce_ex__(2)
print(rebuilt[0](*rebuilt[1]))
for f in [lambda: (1).__reduce_ex__(0), lambda: (1).__reduce__(), lambda: [].__reduce_ex__(1)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
e = ValueError(1, "two")
print(e.__reduce__(), e.__reduce_ex__(2))
e.extra = 5
print(e.__reduce__(), e.__dict__, e.extra)
print((1).__getstate__(), [].__getstate__(), "s".__getstate__())
print((1).__init__(), [1].__init__(), object().__init__())
try:
    object().__init__(1)
except TypeError as e:
    print("TypeError", e)
x = [1, 2]
x.__init__("ab")
print(x)
d = {1: 2}
d.__init__(a=3)
print(d)
s = {1, 2}
s.__init__([5])
print(s)
ba = bytearray(b"xyz")
ba.__init__(b"q")
print(ba)
err = KeyError("k")
err.__init__("a", "b")
print(err.args)
print(int.__init_subclass__(), list.__init_subclass__(), int.__subclasshook__(int), list.__subclasshook__(object))
try:
    int.__init_subclass__(x=1)
except TypeError as e:
    print("TypeError", e)
print((1).__getattribute__("real"), "abc".__getattribute__("upper")(), [].__getattribute__("__class__"))
try:
    (1).__getattribute__("nope")
except AttributeError as e:
    print("AttributeError", e)
try:
    (1).__getattribute__(5)
except TypeError as e:
    print("TypeError", e)
try:
    (1).__setattr__("x", 1)
except AttributeError:
    print("AttributeError setattr")
try:
    (1).__delattr__("x")
except AttributeError:
    print("AttributeError delattr")
ex = ValueError()
ex.__setattr__("note", 1)
print(ex.note, ex.__dict__)
ex.__delattr__("note")
print(ex.__dict__, hasattr(ex, "note"))
print((1).__format__("03d"), (2.5).__format__(".2f"), "x".__format__(">3"), object().__format__("") [:8])
print((5).__str__(), (5).__repr__(), None.__repr__(), [1].__repr__())
print(int.__sizeof__ is not None, callable(object.__reduce_ex__), object.__dir__(5) == (5).__dir__())
l = [1]
print(l.__iadd__([2]) is l, l, l.__imul__(2) is l, l)
s = {1}
print(s.__ior__({2}), s.__iand__({2, 3}), s.__isub__({9}), s.__ixor__({4}))
d = {1: 1}
print(d.__ior__({2: 2}), d)
ba = bytearray(b"a")
print(ba.__iadd__(b"b"), ba.__imul__(2))
print(list([1, 2, 3].__reversed__()), list({1: 0, 2: 0}.__reversed__()), list(range(4).__reversed__()))
it = iter([1, 2, 3])
next(it)
print(it.__length_hint__(), iter(()).__length_hint__(), iter(range(10)).__length_hint__(), iter("héllo").__length_hint__())
it = iter([1, 2, 3, 4])
it.__setstate__(2)
print(list(it))
it = iter("abcdef")
it.__setstate__(4)
print(list(it))
it = reversed([1, 2, 3, 4])
it.__setstate__(1)
print(list(it))
it = iter({1: 2, 3: 4})
print(it.__length_hint__(), next(it), it.__length_hint__())
it = iter({1, 2, 3})
next(it)
print(it.__length_hint__())
bi = iter(b"abc")
next(bi)
print(bi.__length_hint__())
bi.__setstate__(0)
print(list(bi))
print(b"ab".__bytes__(), "ab".__getnewargs__(), (1, 2).__getnewargs__(), b"x".__getnewargs__(), (3).__getnewargs__(), (2.5).__getnewargs__())
print(float.__getformat__("double"), (1.0).__getformat__("float"))
try:
    float.__getformat__("long")
except ValueError as e:
    print("ValueError", e)
print(type(bytearray(b"abc").__alloc__()).__name__)
print(NotImplemented.__bool__ is not None, None.__bool__(), (0).__bool__(), (0.0).__bool__(), range(0).__bool__(), (1j).__bool__())
print(object.__lt__(1, 2), object.__eq__([1], [1]), object.__eq__(None, None), object.__ne__(1, 2), object.__ne__([1], [1]), object.__ge__("a", "a"))
print(object.__repr__(1)[:14], object.__repr__([]).startswith("<list object at 0x"), object.__str__(5), int.__lt__(1, 2), list.__eq__([1], [1]))
print(ValueError().__getstate__(), (lambda: 0).__getstate__(), len.__getstate__())
import sys
print(sys.__getstate__() is None or type(sys.__getstate__()).__name__)
