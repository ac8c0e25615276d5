# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# vars(), dir() with and without __dir__, globals()/locals() in class bodies and methods.
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
class Square(Shape):
    sides = 4
    def __init__(self, s):
        super().__init__("square")
        self.s = s
    def area(self):
        return self.s ** 2

sq = Square(3)
print(vars(sq))
print([n for n in dir(sq) if not n.startswith("__")])
print([n for n in dir(Square) if not n.startswith("__")])
print("__init__" in dir(sq), "__class__" in dir(sq), "__dict__" in dir(sq), "__module__" in dir(Square))
print(dir(sq) == sorted(dir(sq)))

class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)

try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in vars(Square) if not k.startswith("__")))

# locals() inside a class body is the namespace under construction
class Body:
    a = 1
    b = a + 1
    seen = sorted(k for k in locals() if not k.startswith("__"))
    module_name = __module__
    qual = __qualname__
print(Body.seen, Body.module_name, Body.qual)

# class body sees globals but not enclosing class scope from methods
x = "global x"
class Scope:
    x = "class x"
    y = x
    def get_x(self):
        return x
    lst = [x for _ in range(1)]
print(Scope.y, Scope().get_x(), Scope.lst)

def outer():
    z = "enclosing"
    class InFunc:
        w = z
        def m(self):
            return z
    return InFunc
print(outer().w, outer()().m())

# globals() from a method is the module namespace
class G:
    def names(self):
        return "G" in globals() and "sq" in globals()
print(G().names())

# vars() / __dict__ consistency after setattr/delattr
o = Shape("o")
setattr(o, "extra", 1)
print(vars(o))
delattr(o, "name")
print(vars(o), vars(o) is o.__dict__)
