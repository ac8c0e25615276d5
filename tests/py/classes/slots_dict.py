# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Slots beside an instance __dict__: slot values never appear in __dict__, survive its
# replacement and deletion of other attributes; member descriptors' __set__/__delete__.
class P:
    __slots__ = ("x", "y")
class Q(P):
    pass
q = Q()
q.x = 1
q.a = 2
print(q.__dict__, q.x, q.a)
q.y = 3
q.b = 4
print(q.__dict__, q.x, q.y, sorted(n for n in dir(q) if not n.startswith("__")))
del q.a
print(q.__dict__, q.x, q.y)
del q.x
print(q.__dict__, hasattr(q, "x"), q.y)
try:
    del q.x
except AttributeError as e:
    print(type(e).__name__, e)
q.__dict__ = {"c": 5}
print(q.__dict__, q.y, q.c, vars(q))
q.x = 10
print(q.x, q.__dict__)

print(repr(P.x), type(P.y).__name__, P.x.__objclass__.__name__, P.x.__name__)
p = P()
P.x.__set__(p, 7)
print(p.x)
P.x.__delete__(p)
print(hasattr(p, "x"))
try:
    P.x.__set__(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    P.x.__delete__(p)
except AttributeError as e:
    print(type(e).__name__, e)

# slot set through the descriptor bypasses the class's __setattr__
class Guarded:
    __slots__ = ("v",)
    def __setattr__(self, name, value):
        raise AttributeError("frozen")
g = Guarded()
try:
    g.v = 1
except AttributeError as e:
    print(type(e).__name__, e)
Guarded.v.__set__(g, 2)
print(g.v)

# many instances and a hot loop over slot and dict attributes
class R(P):
    def __init__(self, i):
        self.x = i
        self.extra = i * 2
rs = [R(i) for i in range(50)]
print(sum(r.x + r.extra for r in rs), rs[3].__dict__)
