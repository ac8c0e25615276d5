# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Exception attributes on built-in and user classes: args, notes, traceback, context,
# StopIteration.value, SystemExit.code, KeyError str, OSError fields, with_traceback.
e = ValueError("bad", 42)
print(e.args, str(e), repr(e), e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
print(str(ValueError()), repr(ValueError()), str(ValueError("one")), repr(ValueError("one")))
e.args = ("changed",)
print(e, e.args)

e.add_note("first note")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as err:
    print(type(err).__name__, err)

try:
    raise KeyError("k")
except KeyError as err:
    print(str(err), repr(err), err.args)
print(str(KeyError()), str(KeyError(1, 2)), str(KeyError("a b")))

si = StopIteration(5)
print(si.value, StopIteration().value, StopIteration(1, 2).value)
def gen():
    yield 1
    return "done"
g = gen()
next(g)
try:
    next(g)
except StopIteration as err:
    print("StopIteration value", err.value, err.args)

print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code, SystemExit("msg").code)
try:
    raise SystemExit(7)
except SystemExit as err:
    print("caught SystemExit", err.code)

oe = OSError(2, "No such file or directory", "a.txt")
print(type(oe).__name__, oe.errno, oe.strerror, oe.filename, oe.filename2, str(oe))
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__)
print(str(OSError(1, "perm", "f", None, "g")), OSError("just msg").errno)

# __traceback__ and with_traceback
def fail():
    raise RuntimeError("tb")
try:
    fail()
except RuntimeError as err:
    tb = err.__traceback__
    print(type(tb).__name__, tb.tb_next is not None, err.with_traceback(None) is err, err.__traceback__)

# __context__ and __suppress_context__
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during") from None
except ValueError as err:
    print(type(err.__context__).__name__, err.__cause__, err.__suppress_context__)

# user subclass keeps all of the machinery
class MyErr(Exception):
    pass
m = MyErr("a", 1)
m.add_note("note")
m.extra = "x"
print(m.args, m.__notes__, m.extra, str(m), repr(m))
try:
    raise MyErr("raised") from KeyError("cause")
except MyErr as err:
    print(repr(err.__cause__), err.__suppress_context__)

# attribute assignment on exceptions
err = RuntimeError("r")
err.__cause__ = ValueError("c")
print(repr(err.__cause__), err.__suppress_context__)
try:
    err.__cause__ = 5
except TypeError as te:
    print(type(te).__name__, te)

# UnicodeDecodeError fields
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as ude:
    print(ude.encoding, ude.object, ude.start, ude.end, ude.reason)
try:
    "\u20ac".encode("ascii")
except UnicodeEncodeError as uee:
    print(uee.encoding, uee.object, uee.start, uee.end, uee.reason)

# BaseException hierarchy checks
for cls in (StopIteration, KeyboardInterrupt, GeneratorExit, SystemExit, ArithmeticError,
            LookupError, FileNotFoundError, RecursionError, NotImplementedError):
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
