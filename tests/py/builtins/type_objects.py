# Type objects: names, bases, MRO, the type dict and its descriptors, immutability.
types = [object, type, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict,
         set, frozenset, range, slice, BaseException, Exception, ValueError, KeyError,
         UnicodeDecodeError, StopIteration]
for t in types:
    print(t.__name__, t.__qualname__, t.__module__, t.__bases__, t.__base__)
    print("  mro", t.__mro__ == tuple(type.mro(t)), [c.__name__ for c in t.__mro__])
    print("  types", type(t.__name__).__name__, type(t.__mro__).__name__, type(t.__bases__).__name__)

# What each type's own dict holds (names present in every CPython since 3.11).
expect = {
    object: ["__init__", "__new__", "__repr__", "__eq__", "__hash__", "__class__", "__doc__", "__init_subclass__"],
    int: ["__add__", "__new__", "bit_length", "real", "from_bytes", "__repr__", "__hash__", "__lt__"],
    bool: ["__and__", "__new__", "__repr__"],
    list: ["append", "__getitem__", "__len__", "__init__", "__class_getitem__", "__hash__", "sort"],
    dict: ["fromkeys", "get", "__getitem__", "__class_getitem__", "__or__"],
    str: ["join", "maketrans", "__getitem__", "__mod__", "__hash__"],
    BaseException: ["add_note", "with_traceback", "args", "__traceback__", "__init__", "__new__"],
    StopIteration: ["value"],
}
absent = {
    object: ["append", "__add__"],
    bool: ["bit_length", "real", "__add__", "__lt__"],
    ValueError: ["add_note", "with_traceback", "args"],
    list: ["__add_note__", "count_"],
}
for t, names in expect.items():
    d = t.__dict__
    print(t.__name__, type(d).__name__, [n for n in names if n not in d])
for t, names in absent.items():
    print(t.__name__, "absent", [n for n in names if n in t.__dict__])

# The kinds of descriptors in type dicts.
for t, name in [(list, "append"), (int, "__add__"), (int, "real"), (range, "start"), (list, "__class_getitem__"),
                (object, "__init_subclass__"), (type, "__name__"), (BaseException, "args")]:
    print(t.__name__, name, type(t.__dict__[name]).__name__, repr(t.__dict__[name]).split(" at ")[0])
print(list.__dict__["__hash__"], "__doc__" in object.__dict__)
print(sorted(n for n in object.__dict__ if n in ("__eq__", "__repr__", "__new__", "__class__", "__dir__")))

# Descriptors from the dict behave like the attributes.
print(int.__dict__["real"].__get__(5), list.__dict__["append"].__get__([1])(2))
print(list.__dict__["__class_getitem__"].__get__(None, list)(int), int.__dict__["__add__"](2, 3))

# Lookup order: class attributes, metatype attributes, inherited ones.
print(bool.__add__ is int.__add__, bool.bit_length is int.bit_length, int.mro.__name__, int.mro.__self__ is int, type.mro)
print(KeyError.add_note is BaseException.add_note, KeyError.args is BaseException.args)
print(int.__class__, (1).__class__, type.__class__, [].__class__.__name__)
print(int.__dict__["__new__"](int, "12"), bool.__new__(bool, 1), int.__new__ is object.__new__)

# Built-in types are immutable.
for t, attr in [(int, "x"), (list, "append"), (object, "__repr__"), (type, "mro")]:
    try:
        setattr(t, attr, 1)
    except TypeError as e:
        print(e)
try:
    del int.real
except TypeError as e:
    print(e)
try:
    int.__dict__["x"] = 1
except TypeError as e:
    print(e)
