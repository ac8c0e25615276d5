# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# The methods every instance inherits from object, called directly.
class A:
    pass
a, b = A(), A()
print(a.__eq__(a), a.__eq__(b), a.__ne__(b), a.__ne__(a), a.__lt__(b), a.__ge__(a))
print(object.__eq__(a, b), object.__ne__(a, a), A.__eq__ is object.__eq__, A.__init__ is object.__init__)
print(a.__hash__() == hash(a), a.__str__() == a.__repr__(), a.__format__("") == str(a))
print(a.__init__(), a.__class__.__name__, a.__doc__, a.__module__, A.__module__)
print(a.__getstate__(), A.__subclasshook__(int), object.__init_subclass__())
a.v = 1
print(a.__getstate__(), sorted(a.__dir__()) == sorted(dir(a)), "v" in a.__dir__())
object.__setattr__(a, "w", 2)
print(object.__getattribute__(a, "w"), a.w)
object.__delattr__(a, "w")
print(hasattr(a, "w"))
try:
    object.__getattribute__(a, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.__format__("d")
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__eq__()
except TypeError as e:
    print(type(e).__name__, e)

# overriding and calling the base implementation explicitly
class Eq:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        if isinstance(o, Eq):
            return self.k == o.k
        return object.__eq__(self, o)
    __hash__ = object.__hash__
print(Eq(1) == Eq(1), Eq(1) == 1, Eq(1).__eq__(1), Eq(1) != "x")

class Rep:
    def __repr__(self):
        return "Rep:" + object.__repr__(self)[:15]
print(repr(Rep()))

class Attr:
    def __setattr__(self, name, value):
        object.__setattr__(self, name.upper(), value)
    def __getattribute__(self, name):
        if name.startswith("get_"):
            return object.__getattribute__(self, name[4:].upper())
        return object.__getattribute__(self, name)
at = Attr()
at.color = "blue"
print(at.COLOR, at.get_color, vars(at))

# type's own methods
print(type.__call__(A).__class__ is A, type.__repr__(A), type.__name__, A.__class__ is type)
print(type.mro(A) == [A, object], len(type.__subclasses__(A)))
print(type.__instancecheck__(A, a), type.__subclasscheck__(object, A))
