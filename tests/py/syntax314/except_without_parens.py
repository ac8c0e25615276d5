# expected: hand-written (PEP 758, Python 3.14: several exception types without parentheses)
def classify(v):
    try:
        return int(v)
    except ValueError, TypeError:
        return "bad"

print(classify("3"), classify("x"), classify(None))
try:
    [][1]
except KeyError, IndexError:
    print("caught IndexError through an unparenthesized list")
try:
    {}["k"]
except (ValueError, TypeError):
    print("not reached")
except LookupError, ArithmeticError:
    print("parenthesized and unparenthesized forms mix")
for exc in [ZeroDivisionError, OverflowError, KeyError]:
    try:
        raise exc("x")
    except ZeroDivisionError, OverflowError:
        print(exc.__name__, "-> arithmetic branch")
    except KeyError:
        print(exc.__name__, "-> key branch")
