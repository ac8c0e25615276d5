# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Subclassing built-in types with super() calls into them.
class MyInt(int):
    def double(self):
        return MyInt(self * 2)
    def __repr__(self):
        return f"MyInt({int(self)})"
m = MyInt(21)
print(m, m.double(), m + 1, type(m + 1).__name__, isinstance(m, int), int(m) == 21)

class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, round(v, 1))
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(21.456)
print(c, c.to_f(), type(c).__name__)

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + "!"
u = Upper("hello")
print(u, u.shout(), len(u), u.lower(), type(u.lower()).__name__, u == "HELLO")

class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, s + [4], sum(s))

class DefaultDict(dict):
    def __init__(self, factory, *a, **kw):
        super().__init__(*a, **kw)
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = DefaultDict(list, a=[1])
dd["b"].append(2)
print(sorted(dd.items()), dd.factory is list, isinstance(dd, dict))

class Counted(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
cd = Counted()
cd["x"] = 1
print(cd)

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, len(p), p == (1, 2), type(p).__name__)

class Tags(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
        return self
print(sorted(Tags([3]).add_all(1, 2)))

class Bytes2(bytes):
    pass
print(Bytes2(b"ab"), len(Bytes2(b"xyz")))

class FS(frozenset):
    pass
print(sorted(FS([2, 1])), isinstance(FS(), frozenset))

class Obj(object):
    pass
print(type(Obj()).__name__, Obj.__bases__)
