# Code objects: __code__, co_* attributes, co_flags bits that are stable across
# 3.11-3.14, co_lines()/co_positions() shapes.
import sys


def plain(a, b, /, c, *, d=1):
    """Doc."""
    e = a + b
    return e


def star(*args, **kwargs):
    return args, kwargs


def gen(n):
    yield n


def outer():
    x = 1

    def inner(y):
        return x + y
    return inner


def show(code):
    print(code.co_name, code.co_qualname, code.co_filename == __file__, code.co_firstlineno)
    print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_varnames[:code.co_argcount + code.co_kwonlyargcount])
    print(code.co_cellvars, code.co_freevars)


for fn in (plain, star, gen, outer, outer()):
    show(fn.__code__)

print(plain.__code__ is plain.__code__, type(plain.__code__).__name__)
print(plain.__code__.co_varnames)

# CPython flag values: OPTIMIZED 1, NEWLOCALS 2, VARARGS 4, VARKEYWORDS 8, NESTED 16,
# GENERATOR 32.
def bits(f):
    flags = f.__code__.co_flags
    return [name for bit, name in [(1, 'OPTIMIZED'), (2, 'NEWLOCALS'), (4, 'VARARGS'), (8, 'VARKEYWORDS'), (16, 'NESTED'), (32, 'GENERATOR')] if flags & bit]


for fn in (plain, star, gen, outer, outer(), lambda: 0):
    print(fn.__code__.co_name, bits(fn))
print(sys._getframe().f_code.co_flags & 0xff)

# co_names holds the global and attribute names a function uses.
def uses_names():
    return len(sys.argv)


print('len' in uses_names.__code__.co_names, 'sys' in uses_names.__code__.co_names, 'argv' in uses_names.__code__.co_names)
print('Doc.' in plain.__code__.co_consts, type(plain.__code__.co_consts).__name__)

# co_lines(): (start, end, line) triples covering the code; lines of the body appear.
lines = list(plain.__code__.co_lines())
print(all(len(t) == 3 and t[0] < t[1] for t in lines))
print(all(lines[i][1] == lines[i + 1][0] for i in range(len(lines) - 1)))
print(sorted({t[2] for t in lines if t[2] is not None} & {8, 9}))

# co_positions(): one 4-tuple per instruction; the body's positions are in range.
pos = list(plain.__code__.co_positions())
print(all(len(p) == 4 for p in pos), len(pos) * 2 == lines[-1][1])
print(sorted({p[0] for p in pos if p[0] is not None} & {8, 9}))

# A traceback's tb_lasti is inside the co_lines() range that gives tb_lineno.
try:
    plain(None, 1, 2)
except TypeError as e:
    tb = e.__traceback__.tb_next
    hits = [t for t in tb.tb_frame.f_code.co_lines() if t[0] <= tb.tb_lasti < t[1]]
    print(len(hits), hits[0][2] == tb.tb_lineno, tb.tb_lineno)
