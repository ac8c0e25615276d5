# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# property: getter/setter/deleter, decorator forms, errors, inheritance.
class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        """Temperature in degrees C."""
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)

print(Temp.celsius.__doc__)
print(type(Temp.celsius).__name__, isinstance(Temp.celsius, property))
print(Temp.celsius.fget.__name__, Temp.celsius.fset.__name__, Temp.fahrenheit.fset)

# classic property() call form
class Account:
    def __init__(self):
        self._bal = 0
    def get_bal(self):
        return self._bal
    def set_bal(self, v):
        self._bal = max(0, v)
    balance = property(get_bal, set_bal, None, "the balance")
a = Account()
a.balance = 50
print(a.balance, Account.balance.__doc__)
a.balance = -5
print(a.balance)

# property wins over instance dict (data descriptor)
a.__dict__["balance"] = 999
print(a.balance, a.__dict__["balance"])

# overriding a property in a subclass
class Base:
    @property
    def kind(self):
        return "base"
class Sub(Base):
    @property
    def kind(self):
        return "sub/" + super().kind
print(Base().kind, Sub().kind)

# property computed from others, lazily cached
class Lazy:
    calls = 0
    @property
    def value(self):
        if "_v" not in self.__dict__:
            Lazy.calls += 1
            self._v = 42
        return self._v
l = Lazy()
print(l.value, l.value, Lazy.calls)

# property raising AttributeError, getter/setter copies
p = property(lambda self: 1)
p2 = p.setter(lambda self, v: None)
print(p is p2, p2.fget is p.fget, p.fset is None, p2.fset is not None)

class RO:
    x = property(lambda self: "ro")
r = RO()
try:
    r.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
