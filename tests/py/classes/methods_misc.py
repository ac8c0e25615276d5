# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Methods: __class__ cell, generators and closures as methods, qualnames, super() in
# classmethods, recursion through methods, methods referring to the class by name.
class Base:
    def who(self):
        return __class__.__name__
    def kind(self):
        return type(self).__name__
class Derived(Base):
    def who(self):
        return __class__.__name__ + "<" + super().who()
print(Base().who(), Derived().who(), Derived().kind())

class Gen:
    def __init__(self, n):
        self.n = n
    def evens(self):
        for i in range(self.n):
            if i % 2 == 0:
                yield i
    def counter(self):
        count = 0
        def inc():
            nonlocal count
            count += self.n
            return count
        return inc
g = Gen(7)
print(list(g.evens()), sum(Gen(100).evens()))
inc = g.counter()
print(inc(), inc(), inc())

def make():
    class Local:
        def method(self):
            def inner():
                pass
            return inner
    return Local
L = make()
print(L.__qualname__, L.method.__qualname__, L().method().__qualname__)
class Outer:
    class Mid:
        class Deep:
            def f(self):
                pass
print(Outer.Mid.Deep.__qualname__, Outer.Mid.Deep.f.__qualname__)

# super() in classmethods and in __init_subclass__-style hooks
class A:
    @classmethod
    def create(cls):
        return ["A", cls.__name__]
class B(A):
    @classmethod
    def create(cls):
        return ["B"] + super().create()
class C(B):
    pass
print(C.create(), B.create())

# recursive methods
class Fib:
    def __init__(self):
        self.memo = {}
    def __call__(self, n):
        if n < 2:
            return n
        if n not in self.memo:
            self.memo[n] = self(n - 1) + self(n - 2)
        return self.memo[n]
print(Fib()(80), Fib()(10))
class Walker:
    def depth(self, obj):
        if isinstance(obj, list):
            return 1 + max((self.depth(x) for x in obj), default=0)
        return 0
print(Walker().depth([1, [2, [3, [4]], []]]))

# methods with default arguments evaluated at class creation
class Defaults:
    items_default = []
    def add(self, x, into=items_default):
        into.append(x)
        return into
print(Defaults().add(1), Defaults().add(2), Defaults.items_default)

# lambdas and functions stored as class attributes become methods
class Ops:
    double = lambda self, x: x * 2
    name = staticmethod(lambda: "ops")
print(Ops().double(4), Ops.name(), Ops().name())

# calling a method through the class with an instance of another class
class Duck:
    def quack(self):
        return f"quack from {type(self).__name__}"
class Robot:
    pass
print(Duck.quack(Robot()))

# properties and methods referencing the class name (late binding)
class Registry:
    count = 0
    def register(self):
        Registry.count += 1
        return Registry.count
r = Registry()
print(r.register(), r.register(), Registry.count)

# methods on instances of classes defined in loops
classes = []
for i in range(3):
    class K:
        val = i
        def get(self):
            return self.val
    classes.append(K)
print([k().get() for k in classes], len(set(classes)))
