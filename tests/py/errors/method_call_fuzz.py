# Every method of every core built-in type, called with many argument shapes: each call
# returns or raises a Python exception; nothing crashes the interpreter. Prints a count
# that only depends on the argument shapes (the number of calls made).
makers = [
    lambda: 7, lambda: 2.5, lambda: 1 + 2j, lambda: "abc", lambda: b"abc", lambda: bytearray(b"abc"),
    lambda: [3, 1, 2], lambda: (1, 2), lambda: {1: 2}, lambda: {1, 2}, lambda: frozenset({1}),
    lambda: range(5), lambda: True, lambda: slice(1, 5), lambda: None, lambda: iter([1, 2]),
    lambda: enumerate("ab"), lambda: zip("ab", "cd"), lambda: reversed([1, 2]), lambda: {1: 2}.items(),
]
shapes = [(), (1,), (-1,), ("x",), (None,), (1, 2), ("a", "b"), ([1],), (1.5,), (b"x",), (1, 2, 3),
          ((1, 2),), ({},), (99,), (-99,), ("", ""), (0, 0, 0, 0), (float("nan"),)]
kwshapes = [{}, {"x": 1}, {"key": None}, {"reverse": True}, {"sep": ","}]
calls = 0
for make in makers:
    for name in dir(make()):
        if name in ("__init_subclass__", "__class__"):
            continue
        for args in shapes:
            for kw in kwshapes:
                obj = make()
                try:
                    getattr(obj, name)(*args, **kw)
                except Exception:
                    pass
                calls += 1
print(calls > 0, "done")
