# Methods of a class defined in a function see the function's variables (and the
# class itself) through closure cells that the class body passes on; names the class
# body binds itself stay in the class namespace.
def make():
    x = 1
    class C:
        y = x
        def m(self):
            return x, C
    return C

c = make()
print(c.y, c().m()[0], c().m()[1] is c, c.__qualname__)

def shadow():
    v = "outer"
    class D:
        v = "class"
        def m(self):
            return v
        w = v
    return D

print(shadow()().m(), shadow().w, shadow().v)

def counter():
    count = 0
    class Counter:
        def bump(self):
            nonlocal count
            count += 1
            return count
    return Counter()

k = counter()
k.bump()
print(k.bump())
