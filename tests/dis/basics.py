# Names, constants and operators.
g = 1
del g


def ops(a, b):
    x = a + b
    x += a
    y = x - 1
    y = -y
    z = not a
    t = a < b
    u = a is b
    v = a is not b
    w = a in b
    q = a not in b
    del q
    if a < b:
        x = 2
    if a < 3:
        x = 3
    if a:
        x = 4
    if a or b:
        x = 5
    return x, y, z, t, u, v, w, ~a, +b


def move(a):
    b = a
    return b


def global_use():
    global g
    g = 2
    return g
