# list[int] and friends: __class_getitem__ on built-in classes returns a
# types.GenericAlias (PEP 585). Expected output generated with CPython 3.13
# (/root/.pyenv/versions/3.13.0/bin/python3). Also unions of types (PEP 604): only their
# printed forms, which 3.14 (typing.Union) shares with 3.13 (types.UnionType).
a = dict[str, list[int]]
print(a, a.__origin__, a.__args__, a.__parameters__)
print(list[int], tuple[int, ...], tuple[()], set[str], frozenset[bytes], type[int], enumerate[str], dict[str, None])
print(list[int] == list[int], list[int] == list[str], list[int] != list[int], list[int] == list, hash(list[int]) == hash(list[int]))
print(type(list[int]), type(list[int]).__name__, type(list[int]).__module__, list[int].__class__)
print(list[int](), list[int]((1, 2)), dict[str, int](a=1), tuple[int, ...]([1]))
print(list[int].__name__, list[int].append, list[int].__qualname__)
print(list["x"], list[3.5], list[list[list[int]]], dict[type[int], tuple[str, ...]])
print(list.__class_getitem__(int), [].__class_getitem__(str), tuple.__class_getitem__((int, str)))
print({list[int]: 1}[list[int]])
for f in [lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]), lambda: isinstance(1, (str, list[int])),
          lambda: list[int][str], lambda: int[0], lambda: len[0], lambda: object[int]]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print(isinstance(list[int], type), callable(list[int]))
u = int | None
print(u, u.__args__, int | str == str | int, int | int, (int | str) | float, hash(int | str) == hash(str | int))
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | str), isinstance("x", (float, int | bytes)))
print(list[int] | None, None | int, int | list[int], u.__parameters__, {int | str: 1}[str | int], "__or__" in dir(type), "__ror__" in dir(int))
for f in [lambda: isinstance([], int | list[int]), lambda: int | 3, lambda: 3 | int, lambda: list[int] | 4]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
