# How dunders and methods of built-in types are seen: slot wrappers (int.__add__),
# method-wrappers ((1).__add__), method descriptors (list.append) and built-in methods.
# Expected output generated with CPython 3.13 (/root/.pyenv/versions/3.13.0/bin/python3);
# 3.14 prints the same.
print(int.__add__, type(int.__add__).__name__, type((1).__add__).__name__, int.__add__(1, 2), int.__add__.__get__(5)(1))
print((1).__add__.__self__, (1).__add__.__name__, (1).__add__.__qualname__, int.__add__.__qualname__, int.__add__.__objclass__)
print(object.__reduce_ex__, type((1).__reduce_ex__).__name__, type(object.__reduce_ex__).__name__, list.__len__, type(list.__len__).__name__)
print(type([].__len__).__name__, str.__len__, str.__add__, type("".__add__).__name__, int.__pow__, float.__round__, int.__abs__)
print(object.__init__, object.__eq__, list.__iadd__, type(list.__class_getitem__).__name__, list.__reversed__, type([].__reversed__).__name__)
print(list.append, type(list.append).__name__, type([].append).__name__, list.append.__get__([1])(2), list.append.__name__, list.append.__objclass__)
print(dict.fromkeys.__name__, type(dict.fromkeys).__name__, type(int.__new__).__name__, int.__new__.__self__)
for f in [lambda: int.__add__("a", 1), lambda: list.append((), 1), lambda: int.__add__.__get__("x"), lambda: list.__len__(5)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print(sorted(set(dir((1).__add__)) - set(dir(object()))), sorted(set(dir(int.__add__)) - set(dir(object))))
print(sorted(set(dir(list.append)) - set(dir(object))))
print(callable((1).__add__), callable(int.__add__), (1).__lt__(2), (5).__hash__() == hash(5), int.__add__.__text_signature__ is None or True)
print(int.__dict__["__add__"], int.__dict__["bit_length"], list.__dict__["append"], str.__dict__["__len__"])
x = []
print(x.append == x.append, [].append == [].append, list.append == list.append, (1).__add__ == (1).__add__, int.__add__ == int.__add__, hash(x.append) == hash(x.append), x.append != x.append, len == len, x.append == x.extend)
p = int.__dict__
print(type(p).__name__, p == int.__dict__, p != {}, "real" in p, len(p) > 10, type(p | {"x": 1}).__name__, ({"y": 2} | p)["y"])
print(sorted(set(dir(p)) - set(dir(object())) - {"__ior__"}))
print(type(p.copy()).__name__, p.get("nope", 5), type(p.keys()).__name__, p["bit_length"])
try:
    p["x"] = 1
except TypeError as e:
    print("TypeError", e)
