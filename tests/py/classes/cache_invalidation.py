# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Class mutation while code runs: methods and attributes replaced on classes and bases,
# shadowing by instance attributes, __bases__ assignment; all seen immediately, in hot loops.
class Base:
    def value(self):
        return 1
    factor = 10
class Sub(Base):
    pass

s = Sub()
out = []
for i in range(60):
    if i == 20:
        Base.value = lambda self: 2
    if i == 30:
        Sub.value = lambda self: 3
    if i == 40:
        del Sub.value
    if i == 50:
        s.value = lambda: 4
    out.append(s.value())
print(out[::5], sum(out))

acc = 0
for i in range(100):
    if i == 25:
        Base.factor = 20
    if i == 50:
        Sub.factor = 30
    if i == 75:
        s.factor = 40
    acc += s.factor
print(acc, Sub.factor, Base.factor)

# properties swapped in at runtime take precedence over the instance dict
class Holder:
    pass
h = Holder()
h.item = "instance"
seen = []
for i in range(6):
    if i == 2:
        Holder.item = property(lambda self: "property")
    if i == 4:
        del Holder.item
    seen.append(h.item)
print(seen)

# dunder methods replaced at runtime
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return self.v + o
n = Num(5)
res = []
for i in range(6):
    if i == 3:
        Num.__add__ = lambda self, o: self.v * o
    res.append(n + 2)
print(res)

# __bases__ assignment changes lookup
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
class C(A):
    pass
c = C()
print(c.who(), [k.__name__ for k in C.__mro__])
C.__bases__ = (B,)
print(c.who(), [k.__name__ for k in C.__mro__], issubclass(C, A), isinstance(c, B))
try:
    C.__bases__ = ()
except TypeError as e:
    print(type(e).__name__, e)

# method cached in a local, then class changed: the local keeps the old function
class K:
    def f(self):
        return "old"
k = K()
bound = k.f
K.f = lambda self: "new"
print(bound(), k.f())

# polymorphic call site over many classes
classes = [type(f"T{i}", (), {"get": (lambda i: lambda self: i)(i)}) for i in range(8)]
objs = [classes[i % 8]() for i in range(400)]
print(sum(o.get() for o in objs))

# class attribute via a metaclass changing
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
vals = []
for i in range(4):
    if i == 2:
        Meta.extra = "from meta"
    vals.append(getattr(WithMeta, "extra", None))
print(vals)
