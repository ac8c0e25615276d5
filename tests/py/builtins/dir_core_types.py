# dir() of built-in objects and types. Expected output generated with CPython 3.13
# (/root/.pyenv/versions/3.13.0/bin/python3): 3.11 lacks names 3.12+ added
# (int.is_integer, __getstate__ listings). Full lists only for types whose dir() is the
# same in 3.13 and 3.14; float/complex/type gained names in 3.14, so they are checked
# by membership.
for o in [1, True, "", [], {}, (), set(), frozenset(), None, range(3), slice(1), object(), ...,
          iter([]), iter(()), iter({}), iter(set()), reversed([]), enumerate([]), map(len, []), filter(None, []),
          {}.keys(), {}.values(), {}.items(), ValueError(), len, [].append]:
    print(type(o).__name__, dir(o))
print(dir(int) == dir(1), dir(list) == dir([]), dir(object) == dir(object()))
for name in ["__add__", "__mul__", "__bool__", "__floordiv__", "real", "imag", "hex", "fromhex", "__getformat__", "__round__"]:
    print("float", name, name in dir(1.5), hasattr(1.5, name))
for name in ["__and__", "__lshift__", "__invert__", "__or__", "__xor__", "__rshift__", "__index__"]:
    print("float", name, name in dir(1.5), hasattr(1.5, name))
for name in ["__complex__", "__abs__", "__floordiv__", "__mod__", "__and__", "__lt__", "__round__", "real", "conjugate"]:
    print("complex", name, name in dir(1j), hasattr(1j, name))
for name in ["__add__", "__sub__", "__bytes__", "__getnewargs__", "__mod__", "__rmod__", "__and__", "__bool__", "__iter__"]:
    print("bytes", name, name in dir(b""), hasattr(b"", name))
for name in ["__iadd__", "__imul__", "__alloc__", "__init__", "__sub__", "__pow__", "__bool__"]:
    print("bytearray", name, name in dir(bytearray()), hasattr(bytearray(), name))
for name in ["__name__", "__qualname__", "__mro__", "__bases__", "__base__", "__dict__", "__module__", "mro",
             "__subclasses__", "__instancecheck__", "__subclasscheck__", "__prepare__", "__call__", "__doc__",
             "__text_signature__", "__type_params__", "__annotations__", "__abstractmethods__"]:
    print("type", name, name in dir(type))
for name in ["__name__", "__qualname__", "__mro__", "__bases__", "mro", "__module__"]:
    print("int", name, name in dir(int))
try:
    (1.5).__and__
except AttributeError as e:
    print("AttributeError", e)
try:
    (1j).__floordiv__
except AttributeError as e:
    print("AttributeError", e)
try:
    b"x".__sub__
except AttributeError as e:
    print("AttributeError", e)
try:
    [].__bool__
except AttributeError as e:
    print("AttributeError", e)
e = ValueError(1)
print("__notes__" in dir(e))
e.add_note("n")
print("__notes__" in dir(e))
print([].__hash__, {}.__hash__, set().__hash__, bytearray().__hash__, {}.keys().__hash__, list.__hash__)
print(type({}.values().__hash__()).__name__, type(frozenset().__hash__()).__name__)
