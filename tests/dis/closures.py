# Closures, cells, defaults, generators.
def outer(x, y=1, *, z=2):
    def inner():
        nonlocal x
        x = x + 1
        return x
    def killer():
        nonlocal y
        del y
    return inner, killer


def comprehension_cell(items):
    return [lambda: v for v in items]


def gen(n):
    got = yield n
    yield from range(got)
