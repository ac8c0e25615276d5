# try/except/else/finally: matching, tuples of types, order, re-raise, else and finally
def attempt(f):
    try:
        r = f()
    except ZeroDivisionError:
        print("  zero division")
    except (KeyError, IndexError) as e:
        print("  lookup error", type(e).__name__, e)
    except Exception as e:
        print("  other", type(e).__name__, e)
    else:
        print("  no error, result", r)
    finally:
        print("  finally")

attempt(lambda: 1 / 0)
attempt(lambda: {}["k"])
attempt(lambda: [][3])
attempt(lambda: int("zz"))
attempt(lambda: 42)

try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("not here")
except ValueError as e:
    print("outer caught", e)

try:
    try:
        raise KeyError("a")
    except KeyError:
        print("handling, re-raising")
        raise
except LookupError as e:
    print("re-raised", repr(e))

e = "before"
try:
    raise OSError("x")
except OSError as e:
    pass
try:
    print(e)
except NameError as err:
    print("name cleared after except:", err)

try:
    raise ValueError
except ValueError as v:
    print("bare class raised:", repr(v), v.args)

print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
print(issubclass(FileNotFoundError, OSError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException))
try:
    raise ArithmeticError("base")
except ZeroDivisionError:
    print("wrong")
except ArithmeticError as a:
    print("right", a)
def nested_finally():
    try:
        try:
            return "from try"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally())
