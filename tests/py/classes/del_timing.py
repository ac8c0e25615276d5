# expected: python3.13 (__del__ runs when the last reference goes)
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("del", self.name)


print("-- del statement")
a = Res("a")
del a
print("after del")

print("-- rebinding")
b = Res("b1")
b = Res("b2")
print("after rebind")
b = None
print("after None")

print("-- leaving a function")


def work():
    local = Res("local")
    print("working with", local.name)


work()
print("after work")

print("-- returned object survives")


def make():
    return Res("made")


m = make()
print("got", m.name)
del m
print("after del m")

print("-- containers")
items = [Res("i0"), Res("i1"), Res("i2")]
items.pop()
print("after pop")
items.clear()
print("after clear")
d = {"k": Res("dv")}
del d["k"]
print("after del d[k]")
d2 = {"k": Res("dv2")}
d2["k"] = 0
print("after replace")

print("-- attribute")


class Holder:
    pass


h = Holder()
h.res = Res("attr")
h.res = None
print("after attr")
h.res = Res("attr2")
del h
print("after del holder")

print("-- loop variable")
for i in range(2):
    r = Res("loop%d" % i)
print("after loop")
del r

print("-- inheritance and super")


class Base:
    def __del__(self):
        print("Base.__del__", type(self).__name__)


class Child(Base):
    def __del__(self):
        print("Child.__del__")
        super().__del__()


class Inherits(Base):
    pass


c = Child()
del c
i = Inherits()
del i
print(hasattr(object, "__del__"))

print("-- __del__ added to the class later")


class Late:
    pass


x = Late()
Late.__del__ = lambda self: print("late del")
del x
print("after late")

print("-- a handled exception dies with its except block")


class Failure(Exception):
    def __del__(self):
        print("Failure.__del__", self.args[0])


def fails():
    local = Res("in failing frame")
    raise Failure("f1")


try:
    fails()
except Failure as exc:
    print("handling", exc.args[0])
print("after handler")

print("-- explicit call does not prevent the real one")
e = Res("explicit")
e.__del__()
del e
print("end of module")
keep = Res("global at exit")
