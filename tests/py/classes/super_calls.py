# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# super() with and without arguments, cooperative multiple inheritance.
class Base:
    def __init__(self):
        self.log = ["Base"]
    def greet(self, who):
        return f"hello {who}"
    @classmethod
    def create(cls):
        return f"create {cls.__name__}"
    @staticmethod
    def util(x):
        return x * 2

class Child(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Child")
    def greet(self, who):
        return super().greet(who).upper()
    @classmethod
    def create(cls):
        return "child " + super().create()
    @staticmethod
    def util(x):
        return super(Child, Child).util(x) + 1

c = Child()
print(c.log, c.greet("bob"), Child.create(), c.create(), Child.util(5))

class GrandChild(Child):
    def greet(self, who):
        return super(Child, self).greet(who) + " (skipped Child)"
print(GrandChild().greet("amy"))

# cooperative __init__ with **kwargs
class Shape:
    def __init__(self, **kw):
        self.extra = kw
class Colored(Shape):
    def __init__(self, color="red", **kw):
        self.color = color
        super().__init__(**kw)
class Sized(Shape):
    def __init__(self, size=1, **kw):
        self.size = size
        super().__init__(**kw)
class Box(Colored, Sized):
    def __init__(self, **kw):
        super().__init__(**kw)
b = Box(color="blue", size=3, name="b1")
print(b.color, b.size, b.extra)

# super objects
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
sup = super(B, B())
print(type(sup).__name__, sup.who(), sup.__thisclass__.__name__, type(sup.__self__).__name__)
print(super(B, B).who(B()))
# super in a loop body / lambda in method
class C(B):
    def all(self):
        return [super().who() for _ in range(2)]
    def lam(self):
        f = lambda: super(C, self).who()
        return f()
print(C().all(), C().lam())

# super().__getattr__ fallthrough: attribute on object
class D:
    def __init__(self):
        super().__init__()
        self.ok = True
print(D().ok)

# errors
try:
    super(B, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(B, B()).missing
except AttributeError as e:
    print(type(e).__name__, e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class E:
    def m(self):
        return super().m()
try:
    E().m()
except AttributeError as e:
    print(type(e).__name__, e)
