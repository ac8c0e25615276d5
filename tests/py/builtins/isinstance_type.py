# isinstance/issubclass/type with built-in types, tuples of types, bool as int, type names
values = [1, True, 1.0, 1j, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), None, range(1), len, lambda: 0]
for v in values:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (str, bytes)), isinstance(v, (list, tuple, dict)), isinstance(v, object))
print(isinstance(True, bool), isinstance(1, bool), issubclass(bool, int), issubclass(int, bool), issubclass(int, object))
print(isinstance(1, (float, (str, int))), isinstance([], ()), issubclass(bool, (str, int)))
print(type(1) is int, type(True) is bool, type(1) == type(2), type(type(1)).__name__, type(None).__name__)
print(isinstance(int, type), isinstance(type, type), issubclass(type, object), type(int).__name__)
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError", e)
print(int.__name__, str.__qualname__, float.__module__, list.__name__, type(len).__name__)
print(isinstance(ValueError("x"), Exception), issubclass(KeyError, LookupError), isinstance(KeyError(), (ValueError, IndexError)))
print([t.__name__ for t in ZeroDivisionError.__mro__])
print([t.__name__ for t in bool.__mro__], [t.__name__ for t in FileNotFoundError.__mro__])
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__, type(iter(range(0))).__name__)
print(type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__, type(reversed([])).__name__)
print(type({}.keys()).__name__, type(slice(1)).__name__, type(...).__name__, type(NotImplemented).__name__)
