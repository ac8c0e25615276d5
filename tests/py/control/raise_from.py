# raise ... from, __cause__, __context__, __suppress_context__
def chain():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e

try:
    chain()
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("while handling")
except TypeError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("hidden") from None
except RuntimeError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    raise IndexError("x") from KeyError("y")
except IndexError as e:
    print(repr(e.__cause__), e.__context__)

err = ValueError("reuse")
try:
    raise err
except ValueError as caught:
    print(caught is err)

try:
    raise ValueError("a", 1, [2])
except ValueError as e:
    print(e.args, str(e), repr(e))
e1 = KeyError("k")
print(str(e1), repr(e1), str(KeyError()), repr(KeyError(1, 2)), str(KeyError(1, 2)))
print(str(ValueError()), repr(ValueError()), str(OSError("m")))
try:
    raise TypeError from ValueError
except TypeError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError", e)
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
