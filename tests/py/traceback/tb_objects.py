# Traceback objects: one object per entry (stable identity), tb_next/tb_lineno/tb_lasti/
# tb_frame, with_traceback, __traceback__ assignment, re-raising that grows the chain.
import sys


def inner(x):
    y = x * 2
    raise ValueError(y)


def outer(a):
    b = a + 1
    inner(b)


def walk(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


try:
    outer(1)
except ValueError as e:
    tb = e.__traceback__
    print(tb is e.__traceback__, tb.tb_next is tb.tb_next)
    print(sys.exc_info()[2] is tb)
    print(type(tb).__name__, type(tb.tb_frame).__name__)
    print(walk(tb))
    t = tb
    while t is not None:
        f = t.tb_frame
        print(t.tb_lineno, f.f_code.co_name, f is t.tb_frame, isinstance(t.tb_lasti, int))
        t = t.tb_next
    last = tb.tb_next.tb_next
    print(last.tb_next is None, last.tb_lasti == last.tb_frame.f_lasti)
    print(sorted(last.tb_frame.f_locals.items()), sorted(tb.tb_next.tb_frame.f_locals.items()))
    print(last.tb_frame.f_lineno, tb.tb_next.tb_frame.f_lineno)
    # f_back links the frames of the traceback together.
    print(last.tb_frame.f_back is tb.tb_next.tb_frame, tb.tb_next.tb_frame.f_back is tb.tb_frame)
    print(tb.tb_frame.f_back)

# A frame that is still running when tb_frame is read is the live frame.
def catcher():
    w = 'here'
    try:
        {}['k']
    except KeyError as e:
        fr = e.__traceback__.tb_frame
        print(fr is sys._getframe(), fr.f_code.co_name, fr.f_locals['w'])
        return e
err = catcher()
print(walk(err.__traceback__))


def keep():
    try:
        outer(5)
    except ValueError as e:
        return e


print(walk(keep().__traceback__))

# A bare re-raise puts the frames it passes through in front of the same chain.
def reraiser():
    try:
        outer(2)
    except ValueError as e:
        first = e.__traceback__
        print('first', walk(first))
        raise


try:
    reraiser()
except ValueError as e:
    print(walk(e.__traceback__))

# `raise e` in the frame that caught it records that frame a second time.
def raise_again():
    try:
        outer(3)
    except ValueError as e:
        raise e


try:
    raise_again()
except ValueError as e:
    print(walk(e.__traceback__))

# Looking at the traceback before re-raising keeps those objects in the longer chain.
def look_then_raise():
    try:
        outer(4)
    except ValueError as e:
        global seen
        seen = e.__traceback__
        raise


try:
    look_then_raise()
except ValueError as e:
    print(e.__traceback__.tb_next is seen, walk(e.__traceback__))
    print(seen.tb_next.tb_frame.f_back is seen.tb_frame)

# with_traceback and assignment.
try:
    outer(6)
except ValueError as e:
    saved = e.__traceback__
e2 = KeyError('k')
print(e2.__traceback__)
print(e2.with_traceback(saved) is e2, e2.__traceback__ is saved)


def raise_with():
    raise e2


try:
    raise_with()
except KeyError as e:
    print(e.__traceback__.tb_next.tb_next is saved, walk(e.__traceback__))
e2.__traceback__ = None
print(e2.__traceback__)
e2.__traceback__ = saved
print(e2.__traceback__ is saved)
for bad in (5, 'tb', saved.tb_frame):
    try:
        e2.__traceback__ = bad
    except TypeError as x:
        print('TypeError:', x)
    try:
        e2.with_traceback(bad)
    except TypeError as x:
        print('TypeError:', x)

# raise ... with_traceback(None) starts a fresh chain.
try:
    try:
        outer(7)
    except ValueError as e:
        raise e.with_traceback(None)
except ValueError as e:
    print(walk(e.__traceback__))

# tb_next can be reassigned (to a traceback or None), never into a loop.
try:
    outer(8)
except ValueError as e:
    tb = e.__traceback__
    second = tb.tb_next
    tb.tb_next = None
    print(walk(tb))
    tb.tb_next = second
    print(len(walk(tb)))
    for bad in (tb, 3):
        try:
            second.tb_next = bad
        except ValueError as x:
            print('ValueError', x)
        except TypeError:
            # (the message changed in 3.13: "expected traceback object or None")
            print('TypeError')

# Exceptions through generators and for loops.
def gen():
    yield 1
    1 / 0


def consume():
    total = 0
    for i in gen():
        total += i
    return total


try:
    consume()
except ZeroDivisionError as e:
    print(walk(e.__traceback__))
    g = e.__traceback__.tb_next.tb_next.tb_frame
    print(g.f_code.co_name, sorted(g.f_locals))

# A long chain (deep recursion) is fine to walk and to drop.
def deep(n):
    if n == 0:
        raise RuntimeError('bottom')
    deep(n - 1)


try:
    deep(400)
except RuntimeError as e:
    print(len(walk(e.__traceback__)))
    e.__traceback__ = None
print('done')
try:
    del e2.__traceback__
except TypeError as x:
    print('TypeError:', x)
