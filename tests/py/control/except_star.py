# except* and ExceptionGroup (3.11+): splitting, matching by type, re-raising the rest
def raise_group():
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])

try:
    raise_group()
except* ValueError as group:
    print("ValueError part:", repr(group.message), [str(e) for e in group.exceptions])
except* (TypeError, KeyError) as group:
    print("Type/Key part:", [type(e).__name__ for e in group.exceptions])

try:
    try:
        raise_group()
    except* TypeError:
        print("handled only TypeError")
except ExceptionGroup as rest:
    print("rest re-raised:", rest.message, [type(e).__name__ for e in rest.exceptions])

eg = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
match, rest = eg.split(ValueError)
print(repr(match.message), [repr(e) for e in match.exceptions][0], type(match.exceptions[1]).__name__)
print(repr(rest.message), [type(e).__name__ for e in rest.exceptions])
print(eg.subgroup(TypeError).exceptions[0].exceptions, eg.subgroup(OSError))
print(len(eg.exceptions), str(eg), repr(ExceptionGroup("g", [ValueError(1)])))
try:
    raise ValueError("plain")
except* ValueError as g:
    print("plain exception wrapped:", type(g).__name__, g.exceptions)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError", e)
