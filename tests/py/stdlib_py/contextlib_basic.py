import sys
from contextlib import (contextmanager, suppress, closing, nullcontext, ExitStack,
                        redirect_stdout, redirect_stderr, AbstractContextManager, ContextDecorator)

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("p") as t:
    print("inside", t)
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e: print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    raise KeyError("k")
print("after swallow")

@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)

@tag("deco")
def work(x): print("working", x); return x * 2
print(work(3), work(4), work.__name__)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e: print("not suppressed:", e)
with suppress(ValueError):
    raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
print("group suppressed")

class Res:
    def __init__(self, n): self.n = n
    def close(self): print("closed", self.n)
with closing(Res(1)) as r: print("using", r.n)
with nullcontext(5) as v: print("null", v)
with nullcontext() as v: print("null", v)

class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, *a): print("exit", self.n, a[0].__name__ if a[0] else None); return False
with ExitStack() as stack:
    vals = [stack.enter_context(CM(i)) for i in range(3)]
    stack.callback(print, "callback", "arg")
    print("vals", vals)
try:
    with ExitStack() as stack:
        stack.enter_context(CM("a"))
        stack.push(lambda *exc: print("push sees", exc[0].__name__) or True)
        raise TypeError("t")
except TypeError: print("not reached")
print("suppressed by push")
with ExitStack() as stack:
    stack.callback(print, "first registered")
    moved = stack.pop_all()
print("pop_all moved")
moved.close()
try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e: print(e)
def raiser(msg):
    raise RuntimeError(msg)
try:
    with ExitStack() as stack:
        stack.callback(raiser, "outer")
        stack.callback(raiser, "inner")
except RuntimeError as e:
    print(e, repr(e.__context__))

class Mine(AbstractContextManager):
    def __exit__(self, *a): return None
with Mine() as m: print(type(m).__name__, isinstance(m, AbstractContextManager), isinstance(open, AbstractContextManager))
class Timer(ContextDecorator):
    def __enter__(self): print("start"); return self
    def __exit__(self, *exc): print("stop"); return False
@Timer()
def timed(): print("timed body")
timed()
