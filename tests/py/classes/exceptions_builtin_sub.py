# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Subclasses of specific built-in exceptions keep their behaviour: KeyError's repr-str,
# OSError fields, StopIteration.value, SystemExit.code, UnicodeError fields, AttributeError.
class MissingKey(KeyError):
    pass
try:
    raise MissingKey("user")
except KeyError as e:
    print(type(e).__name__, str(e), repr(e), e.args)

class NoFile(FileNotFoundError):
    pass
e = NoFile(2, "No such file or directory", "/x")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
print(isinstance(e, OSError), issubclass(NoFile, OSError))

class MyOSError(OSError):
    pass
print(type(MyOSError(2, "x")).__name__, MyOSError(13, "denied").errno)

class Done(StopIteration):
    pass
d = Done(42)
print(d.value, d.args)
def gen():
    yield 1
    raise Done("inside")
try:
    list(gen())
except RuntimeError as err:
    print(type(err).__name__, err, type(err.__cause__).__name__)

class Quit(SystemExit):
    pass
print(Quit(3).code, Quit().code)

class Attr(AttributeError):
    pass
try:
    raise Attr("custom", name="field", obj=None)
except AttributeError as err:
    print(type(err).__name__, err, err.name, err.obj)

class MyIndex(IndexError):
    def __str__(self):
        return "index " + super().__str__()
try:
    raise MyIndex("too big")
except LookupError as err:
    print(type(err).__name__, err, repr(err))

class Bad(ValueError):
    def __init__(self, value, *, hint=""):
        super().__init__(value)
        self.hint = hint
b = Bad(5, hint="use a smaller one")
print(b.args, b.hint, str(b), repr(b))
try:
    Bad()
except TypeError as err:
    print(type(err).__name__, err)

class Warn(UserWarning):
    pass
print(issubclass(Warn, Warning), repr(Warn("w")))

# exceptions from the runtime are caught by user subclass handlers only if they match
class MyZero(ZeroDivisionError):
    pass
try:
    1 / 0
except MyZero:
    print("wrong")
except ZeroDivisionError as err:
    print("builtin", type(err).__name__)

# repr of user exceptions with various args
class E(Exception):
    pass
print(repr(E()), repr(E(1)), repr(E(1, "a")), str(E()), str(E(1, "a")), repr(E("q'x")))
print(E(1) == E(1), bool(E()), E.__name__, E.__qualname__, E().__class__ is E)
