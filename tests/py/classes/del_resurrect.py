# expected: python3.13 (PEP 442: a resurrected object's __del__ is not called again)
import weakref

saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)
        saved.append(self)


p = Phoenix("p")
r = weakref.ref(p, lambda ref: print("callback for p"))
del p
print("saved", [s.name for s in saved], r() is saved[0])
q = saved.pop()
print("popped", q.name)
del q
print("after second death", r())


class Counter:
    count = 0

    def __del__(self):
        Counter.count += 1


objs = [Counter() for _ in range(5)]
del objs
print("finalized", Counter.count)


# __del__ sees the object whole, and a weak reference still answers during it.
class Watched:
    def __init__(self):
        self.data = [1, 2, 3]

    def __del__(self):
        print("in __del__: data", self.data, "ref alive", wr() is self)


w = Watched()
wr = weakref.ref(w, lambda ref: print("callback after __del__", ref() is None))
del w
print("end")
