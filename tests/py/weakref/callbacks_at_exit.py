# expected: python3.13 (callbacks of references to module globals run at exit; a raising callback is reported)
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def bad_callback(ref):
    print("bad callback runs")
    raise KeyError("callback failed")


n = Node("n")
r = weakref.ref(n, bad_callback)
del n
print("after the bad callback")


def gen():
    try:
        yield 1
    finally:
        print("generator finally at exit")


g = gen()
next(g)
held = Node("held by a global")
rh = weakref.ref(held, lambda ref: print("callback for held, dead:", ref() is None))
print("end of module")
