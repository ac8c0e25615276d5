# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# User exception classes: hierarchies, custom __init__/__str__, catching by base, args.
class AppError(Exception):
    """Base of this app's errors."""

class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key

class Invalid(AppError, ValueError):
    pass

class WithStr(Exception):
    def __init__(self, code, detail):
        self.code = code
        self.detail = detail
    def __str__(self):
        return f"[{self.code}] {self.detail}"

def lookup(d, k):
    if k not in d:
        raise NotFound(k)
    return d[k]

for exc_factory in (lambda: lookup({}, "x"), lambda: (_ for _ in ()).throw(Invalid("bad", 3)),
                    lambda: lookup({"a": 1}, "a")):
    try:
        print("value", exc_factory())
    except NotFound as e:
        print("NotFound", e, e.key, e.args, repr(e))
    except ValueError as e:
        print("ValueError", type(e).__name__, e, e.args, isinstance(e, AppError))

try:
    raise WithStr(404, "no page")
except Exception as e:
    print(type(e).__name__, e, e.args, repr(e), e.code)

print(issubclass(NotFound, Exception), issubclass(Invalid, ValueError), NotFound.__mro__[1].__name__)
print([c.__name__ for c in Invalid.__mro__])
print(AppError.__doc__, AppError.__module__, AppError.__name__)

# raising the class instead of an instance
try:
    raise AppError
except AppError as e:
    print(type(e).__name__, repr(e), e.args)

# except with a tuple of user classes
def classify(exc):
    try:
        raise exc
    except (NotFound, Invalid) as e:
        return "specific " + type(e).__name__
    except AppError as e:
        return "generic " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
print(classify(NotFound("k")), classify(Invalid()), classify(AppError()), classify(KeyError()))

# exceptions with extra state and default messages
class RetryError(Exception):
    def __init__(self, attempts, message="gave up"):
        super().__init__(message, attempts)
        self.attempts = attempts
e = RetryError(3)
print(e, e.args, e.attempts, str(RetryError(1, "x")))

# exception class without calling super().__init__
class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b
ns = NoSuper(1, 2)
print(ns.args, str(ns), repr(ns), ns.total)

# raise from, context with user classes
try:
    try:
        raise NotFound("inner")
    except NotFound as inner:
        raise Invalid("outer") from inner
except Invalid as outer:
    print(type(outer.__cause__).__name__, outer.__cause__.key, outer.__suppress_context__)
try:
    try:
        raise AppError("first")
    except AppError:
        raise WithStr(1, "second")
except WithStr as e2:
    print(type(e2.__context__).__name__, e2.__context__, e2.__cause__)

# BaseException subclasses are not caught by except Exception
class Stop(BaseException):
    pass
try:
    try:
        raise Stop("halt")
    except Exception:
        print("wrong")
except BaseException as e:
    print("caught", type(e).__name__, e)

# catching with a class stored in a variable and raising non-exceptions
kinds = [NotFound, AppError]
try:
    raise NotFound("v")
except kinds[1] as e:
    print("via variable", type(e).__name__)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise AppError("x")
    except NotAnException:
        pass
except TypeError as e:
    print(type(e).__name__, e)
