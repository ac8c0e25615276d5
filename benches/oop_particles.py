"""Object-heavy loop: small classes with __init__, attribute reads and writes, method calls
and an object allocated per step (a `__slots__` vector and a plain particle class).

Checksum: the sum of dot products over the run.
"""
import sys


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def dot(self, o):
        return self.x * o.x + self.y * o.y


class Particle:
    def __init__(self, p, v):
        self.p = p
        self.v = v

    def step(self):
        self.p = self.p.add(self.v)


def main(steps):
    ps = [Particle(Vec(i, i), Vec(1, 2)) for i in range(100)]
    total = 0
    for _ in range(steps):
        for p in ps:
            p.step()
            total += p.p.dot(p.v)
    print(total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000)
