# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# __getattr__, __getattribute__, __setattr__, __delattr__ and getattr/setattr/hasattr/delattr.
class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

d = Dyn()
print(d.real, d.auto_x, getattr(d, "auto_yz"), hasattr(d, "auto_q"), hasattr(d, "zz"))
print(getattr(d, "zz", "default"))
try:
    d.zz
except AttributeError as e:
    print(type(e).__name__, e)

class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value}")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
    def method(self):
        return "m"

lg = Logged()
lg.a = 1
lg.b = lg.a + 1
print(lg.method())
del lg.a
print(hasattr(lg, "a"))
print(lg.log)

# __getattribute__ raising AttributeError falls back to __getattr__
class Both:
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
b = Both()
b.x = 5
print(b.x, b.hidden, b.other)

# __setattr__ that validates / freezes
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")
f = Frozen(3)
print(f.x)
for act in (lambda: setattr(f, "x", 4), lambda: delattr(f, "x")):
    try:
        act()
    except AttributeError as e:
        print(type(e).__name__, e)
print(f.x)

# setattr/getattr/delattr with builtins
class Plain:
    pass
p = Plain()
setattr(p, "color", "red")
print(p.color, getattr(p, "color"), vars(p))
delattr(p, "color")
print(hasattr(p, "color"))
try:
    delattr(p, "color")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(p, 5)
except TypeError as e:
    print(type(e).__name__)
try:
    setattr(p, 5, 1)
except TypeError as e:
    print(type(e).__name__)

# __getattr__ not called for existing attrs, nor for dunder lookups by operators
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
pr = Proxy([3, 1, 2])
pr.append(0)
pr.sort()
print(pr._target, pr.count(1))
try:
    len(pr)
except TypeError as e:
    print(type(e).__name__, e)

# errors raised inside __getattr__ other than AttributeError propagate
class Boom:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(Boom(), "x")
except KeyError as e:
    print(type(e).__name__, e)
print(getattr(Dyn(), "zz", None))

# class-level setattr/getattr
setattr(Plain, "shared", 10)
print(Plain().shared, getattr(Plain, "shared"))
delattr(Plain, "shared")
print(hasattr(Plain(), "shared"))
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(int, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
