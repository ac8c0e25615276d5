# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Special methods are looked up on the type, not the instance, and bypass __getattr__ and
# __getattribute__; assigning dunders on the class later takes effect.
class Plain:
    pass
p = Plain()
p.__len__ = lambda: 5
p.__repr__ = lambda: "instance repr"
p.__add__ = lambda o: "instance add"
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(p).startswith("<__main__.Plain object"))
try:
    p + 1
except TypeError as e:
    print(type(e).__name__, e)

class Dyn:
    def __getattr__(self, name):
        return lambda *a: f"getattr {name}"
d = Dyn()
print(d.__len__(), d.anything())
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d + 1
except TypeError as e:
    print(type(e).__name__, e)

class Spy:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
s = Spy()
print(len(s))
print(s.__len__())

# patching dunders onto the class after creation
class Late:
    pass
Late.__len__ = lambda self: 7
Late.__eq__ = lambda self, o: True
Late.__repr__ = lambda self: "Late!"
Late.__getitem__ = lambda self, k: k * 2
Late.__call__ = lambda self, *a: sum(a)
l = Late()
print(len(l), l == 0, repr(l), l[21], l(1, 2, 3), [l])
del Late.__len__
try:
    len(l)
except TypeError as e:
    print(type(e).__name__, e)

# dunder inherited after parent patched
class Parent:
    pass
class Child(Parent):
    pass
Parent.__len__ = lambda self: 11
Parent.__bool__ = lambda self: False
print(len(Child()), bool(Child()))
Child.__len__ = lambda self: 12
print(len(Child()), len(Parent()))

# __hash__ patched onto the class
class H:
    pass
H.__hash__ = lambda self: 99
print(hash(H()))
H.__hash__ = None
try:
    hash(H())
except TypeError as e:
    print(type(e).__name__, e)

# dunder as a non-function callable and as staticmethod
class Adder:
    def __call__(self, instance, other):
        return "callable object, not bound"
class UsesCallable:
    __add__ = Adder()
try:
    print(UsesCallable() + 1)
except TypeError as e:
    print(type(e).__name__, e)
class UsesStatic:
    @staticmethod
    def __len__():
        return 4
print(len(UsesStatic()))
