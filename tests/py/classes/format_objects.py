# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# User objects in str.format fields, %-formatting, f-string conversions, bytes().
class User:
    def __init__(self, name, tags):
        self.name = name
        self.tags = tags
    def __str__(self):
        return f"User {self.name}"
    def __repr__(self):
        return f"User({self.name!r})"
u = User("ann", {"role": "admin"})
print("{0.name} is {0.tags[role]}".format(u), "{u.name!r:>8}".format(u=u), "{!s}|{!r}".format(u, u))
print(f"{u.name=}", f"{u!r:*^20}", f"{u!s:.6}", "%s / %r / %10.4s" % (u, u, u))

class Idx:
    def __index__(self):
        return 255
print("%d %x %o %X %c" % (Idx(), Idx(), Idx(), Idx(), Idx()), "{:b}".format(Idx()) if False else bin(Idx()))
class Flt:
    def __float__(self):
        return 2.5
print("%.2f %e %g" % (Flt(), Flt(), Flt()))
try:
    "%d" % Flt()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%f" % object()
except TypeError as e:
    print(type(e).__name__, e)

class B:
    def __bytes__(self):
        return b"raw"
print(bytes(B()), b"%s" % B())
class BadBytes:
    def __bytes__(self):
        return "str"
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)

# format spec passed through to __format__, nested specs
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return f"<{spec}>{self.v}"
w = 7
print(f"{Money(3):{w}d}", "{:x}".format(Money(1)), format(Money(2), ""))
print("%s" % (User("t", {}),), "%(a)s-%(b)r" % {"a": u, "b": u})
