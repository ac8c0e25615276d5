# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Class-heavy hot loops (for the JIT tiers): method calls, attribute updates, operator dunders,
# properties, polymorphism and exceptions inside loops.
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def dot(self, o):
        return self.x * o.x + self.y * o.y

class Body:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
    def step(self, dt):
        self.pos = self.pos + self.vel * dt
    @property
    def energy(self):
        return 0.5 * self.vel.dot(self.vel)

bodies = [Body(Vec(float(i), 0.0), Vec(0.5, float(i) / 10)) for i in range(10)]
for _ in range(500):
    for b in bodies:
        b.step(0.01)
print(round(sum(b.pos.x + b.pos.y for b in bodies), 6), round(sum(b.energy for b in bodies), 6))

class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, k=1):
        self.n += k
        return self
c = Counter()
for i in range(10000):
    c.inc().inc(i & 3)
print(c.n)

class Shape:
    def area(self):
        return 0
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
class Ci(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3 * self.r * self.r
shapes = [Sq(i % 7) if i % 3 == 0 else Ci(i % 5) if i % 3 == 1 else Shape() for i in range(900)]
total = 0
for _ in range(10):
    for s in shapes:
        total += s.area()
print(total)

class Mod7:
    def __init__(self, v):
        self.v = v % 7
    def __lt__(self, o):
        return self.v < o.v
    def __eq__(self, o):
        return self.v == o.v
    def __hash__(self):
        return self.v
ms = [Mod7(i * 13) for i in range(2000)]
print(sum(1 for a, b in zip(ms, ms[1:]) if a < b), len(set(ms)), sorted(ms)[1000].v)

class Stop(Exception):
    pass
class Gen:
    def __init__(self, n):
        self.i, self.n = 0, n
    def next(self):
        if self.i >= self.n:
            raise Stop
        self.i += 1
        return self.i
caught = 0
acc = 0
for k in range(200):
    g = Gen(k % 10)
    while True:
        try:
            acc += g.next()
        except Stop:
            caught += 1
            break
print(caught, acc)

class Grid:
    def __init__(self, n):
        self.n = n
        self.cells = [0] * (n * n)
    def __getitem__(self, ij):
        return self.cells[ij[0] * self.n + ij[1]]
    def __setitem__(self, ij, v):
        self.cells[ij[0] * self.n + ij[1]] = v
g = Grid(30)
for i in range(30):
    for j in range(30):
        g[i, j] = (i * j) % 11
s = 0
for i in range(1, 29):
    for j in range(1, 29):
        s += g[i - 1, j] + g[i + 1, j] - g[i, j - 1] - g[i, j + 1] + g[i, j]
print(s)
