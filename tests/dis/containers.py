# Displays, comprehensions, calls, subscripts and attributes.
def displays(a, b, d):
    lst = [a, b]
    tup = (a, b)
    st = {a, b}
    dct = {a: b}
    spread = [*a, *b]
    sspread = {*a, b}
    dspread = {**d, a: b}
    sl = lst[a:b]
    squares = [x * x for x in a]
    evens = {x for x in a if x % 2 == 0}
    index = {x: i for i, x in enumerate(a)}
    return lst, tup, st, dct, spread, sspread, dspread, sl, squares, evens, index


def calls(f, args, kw, o):
    f(1, key=2)
    f(*args, 3)
    f(*args, **kw)
    f(**kw, **{"x": 1})
    o.method(1)
    o.attr = 1
    v = o.attr
    del o.attr
    o[1] = v
    w = o[1]
    del o[1]
    return w


def unpack(seq):
    a, b = seq
    c, *d, e = seq
    return a, b, c, d, e
