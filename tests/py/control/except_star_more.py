# except*: naked exceptions, re-raising with bare raise, nested groups, predicates in split
def naked():
    try:
        raise KeyError("k")
    except* KeyError as g:
        print("naked wrapped:", type(g).__name__, repr(g.message), g.exceptions)

naked()

try:
    try:
        raise ValueError("not matched")
    except* TypeError:
        print("never")
except ValueError as e:
    print("naked re-raised as itself:", repr(e))

try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [ValueError(2), TypeError(3)])])
    except* ValueError:
        print("re-raising the ValueErrors")
        raise
except ExceptionGroup as eg:
    print("shape kept:", repr(eg))

eg = ExceptionGroup("nums", [ValueError(1), ValueError(20), TypeError(3)])
big, small = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 10)
print(repr(big), repr(small))
print(eg.subgroup(lambda e: True) is eg)
print(repr(BaseExceptionGroup("m", [ValueError(1)])), type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
for bad in [lambda: ExceptionGroup("m", [KeyboardInterrupt()]), lambda: ExceptionGroup("m", [1]), lambda: ExceptionGroup(1, [ValueError()])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    try:
        raise ValueError("v")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    raise ExceptionGroup("eg", [ValueError("a")])
except BaseExceptionGroup as e:
    print("caught by BaseExceptionGroup:", e)
