# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# __repr__/__str__ defaults and overrides, use by print/str/repr/format/containers.
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both!"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"
class OnlyStr:
    def __str__(self):
        return "only-str"

for o in (Both(), OnlyRepr()):
    print(o, str(o), repr(o), f"{o}", f"{o!r}", f"{o!s}", "%s %r" % (o, o), "{} {!r}".format(o, o))
print([Both(), OnlyRepr()], (Both(),), {"k": Both()}, {1: OnlyRepr()})
print(str([OnlyStr()]).startswith("[<__main__.OnlyStr object at 0x"), str(OnlyStr()))

# default repr shape
r = repr(object())
print(r.startswith("<object object at 0x"), r.endswith(">"))
class Plain:
    pass
r = repr(Plain())
print(r.startswith("<__main__.Plain object at 0x"))
class Outer:
    class Inner:
        pass
print(repr(Outer.Inner()).startswith("<__main__.Outer.Inner object at 0x"))
print(repr(Plain), str(Plain), repr(Outer.Inner), Plain.__name__)

# errors from bad __repr__/__str__
class BadRepr:
    def __repr__(self):
        return 42
class BadStr:
    def __str__(self):
        return None
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)

# recursion-safe repr of containers holding themselves through objects
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
root = Node(1)
root.children.append(Node(2))
root.children[0].children.append(Node(3))
print(root)

# __str__ falls back to __repr__; inherited overrides
class Base:
    def __repr__(self):
        return f"{type(self).__name__}(base)"
class Derived(Base):
    pass
print(Derived(), str(Derived()), [Derived()])

# str subclasses returned by __str__/__repr__
class S:
    def __str__(self):
        return "x" * 3
    def __repr__(self):
        return "S" + "!" * 2
print(str(S()), repr(S()), ascii(S()))
class Uni:
    def __repr__(self):
        return "caf\u00e9"
print(repr(Uni()), ascii(Uni()), [Uni()])

# repr of bound methods and functions defined in classes
class M:
    def meth(self):
        pass
print(repr(M.meth).startswith("<function M.meth at 0x"), repr(M().meth).startswith("<bound method M.meth of <__main__.M object at 0x"))
print(repr(M.meth.__get__(None, M)).startswith("<function M.meth"))
