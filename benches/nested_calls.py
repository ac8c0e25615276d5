"""Nested function calls: small helpers calling each other, keyword and default arguments,
closures and lambdas, the pattern of ordinary application code.

Checksum: an accumulated integer.
"""
import sys


def clamp(v, lo=0, hi=255):
    return lo if v < lo else hi if v > hi else v


def blend(a, b, t):
    return clamp(a + (b - a) * t // 256)


def pixel(x, y, scale):
    r = blend(x, y, scale)
    g = blend(y, x, 256 - scale)
    b = clamp(r ^ g, hi=200)
    return (r << 16) | (g << 8) | b


def make_shader(offset):
    def shade(x, y):
        return pixel(x + offset, y - offset, (x * y) & 255)
    return shade


def render(width, height, shader):
    acc = 0
    for y in range(height):
        for x in range(width):
            acc = (acc + shader(x, y)) & 0xFFFFFFFF
    return acc


def apply(f, *args, **kwargs):
    return f(*args, **kwargs)


def main(size):
    total = 0
    for offset in range(4):
        total ^= render(size, size, make_shader(offset))
    print(total)
    print(sum(apply(clamp, v, hi=100) for v in range(-50, 300)))
    compose = lambda f, g: lambda v: f(g(v))
    inc_twice = compose(lambda v: v + 1, lambda v: v + 1)
    print(sum(inc_twice(i) for i in range(100000)))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 650)
