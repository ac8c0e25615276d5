# Frame objects from sys._getframe: f_code, f_lineno, f_locals, f_globals, f_builtins,
# f_back, identity per activation, repr, and the frames of finished activations.
import sys


def norm(r):
    head, rest = r.split(' at 0x', 1)
    return (head + ' at ADDR,' + rest.split(',', 1)[1]).replace(__file__, 'FILE')


def show(f):
    return (f.f_code.co_name, f.f_lineno)


def a():
    x = 1
    return b(x)


def b(y):
    z = [y]
    f0 = sys._getframe()
    f1 = sys._getframe(1)
    print(show(f0), show(f1))
    print(f0.f_back is f1, f0 is sys._getframe(0), f1 is sys._getframe(1), f0 is not f1)
    print(sorted(f0.f_locals), sorted(f1.f_locals.items()))
    print(f0.f_globals is globals(), f0.f_builtins is f1.f_builtins, type(f0.f_builtins).__name__)
    print(sys._getframe(2).f_code.co_name, sys._getframe(2).f_back)
    print(type(f0.f_lasti).__name__, f0.f_lasti >= 0)
    return f0


f = a()
# A finished frame keeps its code, its caller, the line where it stopped and its
# final locals (braid leaves out a local holding the frame itself: no cycle).
print(f.f_code.co_name, f.f_back.f_code.co_name, show(f), sorted(k for k in f.f_locals if k != 'f0'))
print(norm(repr(f)))
top = sys._getframe()
print(top.f_back, top.f_locals is globals(), top.f_globals is globals())
print(norm(repr(top)))

for args in [(50,), ('x',), (1, 2)]:
    try:
        sys._getframe(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys._getframe(depth=0)
except TypeError as e:
    print('TypeError', e)
print(sys._getframe(-3) is sys._getframe())


# Two activations of one function have different frame objects.
def mk():
    return sys._getframe()


print(mk() is mk())
m1 = mk()
m2 = mk()
print(m1 is m2, m1.f_code is m2.f_code)
# `return sys._getframe()`: the frame stopped on that line with these locals.
print(norm(repr(m1)), m1.f_locals)


# Cells and free variables show their contents in f_locals.
def outer_cl(p):
    q = 10

    def inner_cl():
        r = q + p
        return sys._getframe()
    fr = inner_cl()
    return sys._getframe(), fr


fo, fi = outer_cl(3)
print(sorted(fi.f_locals.items()))
print(sorted(fo.f_locals))


# f_lineno follows the running frame; f_locals is read again on each access.
def lines():
    f = sys._getframe()
    first = f.f_lineno
    second = f.f_lineno
    k = 5
    seen = sorted(f.f_locals)
    return first, second, seen


print(lines())


def ends_later():
    fr = sys._getframe()
    late = 'set after'
    return fr


done = ends_later()
print(done.f_lineno, done.f_locals["late"])


# Generator frames.
def gen():
    v = 1
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name
    raise KeyError(v)


g = gen()
print(next(g), next(g))
try:
    next(g)
except KeyError as e:
    t = e.__traceback__
    print(t.tb_frame.f_code.co_name, t.tb_next.tb_frame.f_code.co_name, t.tb_next.tb_lineno)
    print(sorted(t.tb_next.tb_frame.f_locals.items()))


# Functions called from native code (sorted's key) see their Python caller.
callers = []


def key(v):
    callers.append(sys._getframe(1).f_code.co_name)
    return v


def sorter():
    return sorted([2, 1], key=key)


print(sorter(), callers)

# clear() refuses a running frame.
try:
    sys._getframe().clear()
except RuntimeError as e:
    print('RuntimeError', e)
print(type(sys._getframe()).__name__)


# A returned frame keeps its caller as f_back, even after the caller returned too.
def inner_ret():
    return sys._getframe()


def middle_ret():
    m = 1
    return inner_ret()


fr = middle_ret()
print(fr.f_back.f_code.co_name, fr.f_back.f_lineno, sorted(fr.f_back.f_locals.items()), fr.f_back.f_back.f_code.co_name)
