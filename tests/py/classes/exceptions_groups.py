# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Exception groups with user exception classes: except*, split/subgroup, derive in subclasses.
class AppError(Exception):
    pass
class NetError(AppError):
    def __init__(self, host):
        super().__init__(f"cannot reach {host}")
        self.host = host
class DiskError(AppError):
    pass

eg = ExceptionGroup("batch", [NetError("a"), DiskError("full"), ValueError("v"), NetError("b")])
print(repr(eg.exceptions[0]), len(eg.exceptions), str(eg))

try:
    raise eg
except* NetError as g:
    print("net", [e.host for e in g.exceptions], type(g).__name__)
except* AppError as g:
    print("app", [str(e) for e in g.exceptions])
except* ValueError as g:
    print("value", g.exceptions)

match, rest = eg.split(NetError)
print([e.host for e in match.exceptions], [type(e).__name__ for e in rest.exceptions])
sub = eg.subgroup(lambda e: isinstance(e, AppError) and not isinstance(e, NetError))
print([type(e).__name__ for e in sub.exceptions], eg.subgroup(KeyError))

# subclass of ExceptionGroup with derive keeping extra state
class TaskErrors(ExceptionGroup):
    def __new__(cls, message, errors, task_id=0):
        self = super().__new__(cls, message, errors)
        self.task_id = task_id
        return self
    def derive(self, excs):
        return TaskErrors(self.message, excs, self.task_id)
try:
    TaskErrors("tasks", [NetError("x")], task_id=7)
except TypeError as e:
    print(type(e).__name__, e)
te = TaskErrors("tasks", [NetError("x"), DiskError("y")], 7)
m, r = te.split(NetError)
print(type(m).__name__, m.task_id, type(r).__name__, r.task_id, m.message)
try:
    raise te
except* DiskError as g:
    print("caught disk", type(g).__name__, g.task_id)
except* NetError as g:
    print("caught net", type(g).__name__)

# without derive, split produces plain ExceptionGroup
class Plain(ExceptionGroup):
    pass
pm, pr = Plain("p", [DiskError(1), NetError("z")]).split(DiskError)
print(type(pm).__name__, type(pr).__name__)

# unhandled parts re-raise as a group
try:
    try:
        raise ExceptionGroup("two", [DiskError("d"), KeyError("k")])
    except* DiskError:
        print("handled disk")
except ExceptionGroup as leftover:
    print("leftover", [type(e).__name__ for e in leftover.exceptions], leftover.message)

# BaseExceptionGroup with user BaseException subclass
class Halt(BaseException):
    pass
bg = BaseExceptionGroup("mixed", [Halt("h"), AppError("a")])
print(type(bg).__name__, type(BaseExceptionGroup("only", [AppError()])).__name__)
try:
    ExceptionGroup("bad", [Halt()])
except TypeError as e:
    print(type(e).__name__, e)
