# expected: python3.13 (weakref.finalize, WeakMethod, atexit order)
import atexit
import weakref


class Thing:
    def __init__(self, name):
        self.name = name

    def hello(self, greeting="hello"):
        return "%s from %s" % (greeting, self.name)


def cleanup(label, *rest, **kw):
    print("cleanup", label, rest, sorted(kw.items()))
    return "result-" + label


print("-- finalize on death")
t = Thing("t")
f = weakref.finalize(t, cleanup, "t", 1, 2, flag=True)
print(f.alive, f.atexit, f.peek()[1] is cleanup, f.peek()[2], f.peek()[3])
del t
print("alive after death:", f.alive, f.peek(), f())

print("-- calling it early")
u = Thing("u")
g = weakref.finalize(u, cleanup, "u")
print(g(), g.alive, g())
del u
print("nothing more")

print("-- detach")
v = Thing("v")
h = weakref.finalize(v, cleanup, "v")
obj, func, args, kwargs = h.detach()
print(obj is v, func is cleanup, args, kwargs, h.alive, h.detach())
del v, obj
print("detached: no cleanup")

print("-- at exit")
keep1 = Thing("keep1")
keep2 = Thing("keep2")
skip = Thing("skip")
weakref.finalize(keep1, cleanup, "exit-1")
weakref.finalize(keep2, cleanup, "exit-2")
s = weakref.finalize(skip, cleanup, "skipped-at-exit")
s.atexit = False
print(s.atexit)
atexit.register(print, "atexit handler", "registered", sep="-")

print("-- WeakMethod")
w = Thing("w")
m = weakref.WeakMethod(w.hello, lambda ref: print("method callback", ref() is None))
print(m()(), m()("hi"), m() == w.hello, m == weakref.WeakMethod(w.hello))
try:
    weakref.WeakMethod(cleanup)
except TypeError as e:
    print("TypeError", type(e).__name__)
del w
print(m())
print("end of module")
