# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# __set_name__ is called for descriptors (and any attribute) when the class is created.
class Field:
    def __init__(self, default=None):
        self.default = default
    def __set_name__(self, owner, name):
        print(f"set_name {owner.__name__}.{name}")
        self.owner = owner
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

class Model:
    id = Field(0)
    title = Field("untitled")
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

m = Model(title="hello")
print(m.id, m.title, Model.id.name, Model.title.owner.__name__)

# the same object under two names: called twice
shared = Field()
class Two:
    a = shared
    b = shared
print(shared.name)

# not called on attributes added later
class Later:
    pass
Later.f = Field()
print(hasattr(Later.f, "name"))

# called on plain objects with __set_name__ (not descriptors)
class Notify:
    def __set_name__(self, owner, name):
        print("notify", owner.__name__, name)
class Holder:
    x = Notify()
    y = 5

# inheritance: subclass doesn't re-run __set_name__
class Child(Model):
    extra = Field()
print(Child.id.owner.__name__, Child.extra.owner.__name__)

# exception in __set_name__ propagates
class Broken:
    def __set_name__(self, owner, name):
        raise ValueError(f"bad name {name}")
try:
    class Fails:
        attr = Broken()
except ValueError as e:
    print(type(e).__name__, e)
# type() calls __set_name__ too
T = type("T", (), {"q": Field(1)})
print(T().q)
