# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Instance attribute storage: attributes added in different orders, deletion and re-adding,
# many attributes, __dict__ as a live view, instances of one class diverging.
class Rec:
    pass

a, b = Rec(), Rec()
a.x, a.y = 1, 2
b.y, b.x = 3, 4
print(a.__dict__, b.__dict__, list(vars(b)))
print(a.x + b.x, a.y + b.y)

# delete and re-add moves the key to the end
a.z = 5
del a.x
print(a.__dict__)
a.x = 6
print(a.__dict__, list(a.__dict__.keys()), list(a.__dict__.values()))

# many attributes on one instance
big = Rec()
for i in range(40):
    setattr(big, f"attr{i}", i * i)
print(len(vars(big)), big.attr0, big.attr39, sum(getattr(big, f"attr{i}") for i in range(40)))
for i in range(0, 40, 2):
    delattr(big, f"attr{i}")
print(len(big.__dict__), list(big.__dict__)[:3], hasattr(big, "attr2"), big.attr3)

# __dict__ is live in both directions
c = Rec()
d = c.__dict__
c.p = 1
d["q"] = 2
print(c.q, d, d is c.__dict__)
d.pop("p")
print(hasattr(c, "p"), c.__dict__)
d.clear()
print(vars(c), hasattr(c, "q"))
c.__dict__.setdefault("r", 10)
print(c.r, "r" in c.__dict__, len(c.__dict__))

# same attribute names, different value types across instances
objs = []
for i in range(6):
    o = Rec()
    if i % 2:
        o.v = str(i)
        o.w = [i]
    else:
        o.w = float(i)
        o.v = i
    objs.append(o)
print([(o.v, o.w) for o in objs])
print([list(o.__dict__) for o in objs[:2]])

# attribute access in a hot loop over instances of different layouts
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Q:
    def __init__(self, x, y):
        self.y = y
        self.x = x
pts = [P(i, 1) if i % 3 else Q(i, 2) for i in range(300)]
total = 0
for _ in range(20):
    for p in pts:
        total += p.x * p.y
print(total)

# instance dict with non-identifier and non-str-like keys via __dict__
e = Rec()
e.__dict__["not an identifier"] = 1
e.__dict__["123"] = 2
print(getattr(e, "not an identifier"), getattr(e, "123"), sorted(vars(e)))

# equality and copies of __dict__
f, g = Rec(), Rec()
f.a, f.b = 1, 2
g.b, g.a = 2, 1
print(f.__dict__ == g.__dict__, dict(f.__dict__), {**g.__dict__})
h = Rec()
h.__dict__.update(f.__dict__)
print(vars(h), h.a)
