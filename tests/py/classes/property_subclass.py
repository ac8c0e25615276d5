# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Subclasses of property: their own __get__/__set__ through super(), setter/deleter
# making instances of the subclass, attributes of the property body.
class loud(property):
    def __get__(self, obj, owner=None):
        value = super().__get__(obj, owner)
        return f"LOUD {value}" if obj is not None else value
class C:
    def __init__(self):
        self._v = 1
    @loud
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, x):
        self._v = x
    @v.deleter
    def v(self):
        self._v = "deleted"
c = C()
print(c.v)
c.v = 5
print(c.v, type(C.__dict__["v"]).__name__, C.v.__doc__, C.v.fget.__name__, isinstance(C.v, property))
del c.v
print(c.v, c._v)

class checked(property):
    def __set__(self, obj, value):
        if value < 0:
            raise ValueError("negative")
        super().__set__(obj, value)
class Account:
    def __init__(self):
        self._b = 0
    def _get(self):
        return self._b
    def _set(self, v):
        self._b = v
    balance = checked(_get, _set, None, "the balance")
a = Account()
a.balance = 10
try:
    a.balance = -1
except ValueError as e:
    print(type(e).__name__, e)
print(a.balance, Account.balance.__doc__, type(Account.balance).__mro__[1].__name__)
try:
    del a.balance
except AttributeError as e:
    print(type(e).__name__, e)
ro = loud(lambda self: 1)
class H:
    x = ro
try:
    H().x = 2
except AttributeError as e:
    print(type(e).__name__, e)
