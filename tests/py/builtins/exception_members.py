# Data attributes of exception subclasses (CPython members), their dir() entries, and
# attributes of functions, generators and more iterators. Expected output generated
# with CPython 3.13 (/root/.pyenv/versions/3.13.0/bin/python3): 3.11 lacks name_from,
# __type_params__ and generator.gi_suspended.
e = OSError(2, "No such file", "a.txt")
print(e.errno, e.strerror, e.filename, e.filename2, OSError("x").errno, OSError(1, "a", "b", None, "c").filename2)
print(ImportError("msg").msg, ImportError("a", "b").msg, ImportError().name, ImportError().path, ImportError().name_from)
print(AttributeError("a").name, AttributeError("a").obj, NameError("n").name, SyntaxError("m").print_file_and_line)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason)
u = UnicodeEncodeError("ascii", "\xe9", 0, 1, "ordinal not in range")
print(u.encoding, u.object, u.start, u.end, u.reason)
print(StopIteration(7).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
g = ExceptionGroup("msg", [ValueError(1), KeyError(2)])
print(g.message, g.exceptions, ExceptionGroup[int], BaseExceptionGroup[ValueError])
for exc, names in [(OSError(), ["errno", "strerror", "filename", "filename2", "characters_written"]),
                   (ImportError(), ["msg", "name", "path", "name_from"]),
                   (AttributeError(), ["name", "obj"]), (NameError(), ["name"]),
                   (SyntaxError(), ["msg", "lineno", "offset", "text", "filename", "end_lineno", "end_offset", "print_file_and_line"]),
                   (UnicodeError(), ["encoding", "object", "start", "end", "reason"]),
                   (StopIteration(), ["value"]), (SystemExit(), ["code"]), (g, ["exceptions", "message", "derive", "split", "subgroup"]),
                   (KeyError(), ["args", "__cause__", "__context__", "__suppress_context__", "__traceback__", "__dict__", "add_note", "with_traceback"])]:
    print(type(exc).__name__, [n in dir(exc) for n in names])
try:
    OSError().characters_written
except AttributeError as err:
    print("AttributeError", err)
def f(a, b=1):
    return a
print(type(f.__builtins__).__name__, f.__builtins__["len"] is len, f.__type_params__)
print([n in dir(f) for n in ["__builtins__", "__closure__", "__code__", "__defaults__", "__dict__", "__globals__", "__kwdefaults__", "__module__", "__name__", "__qualname__", "__type_params__", "__call__"]])
def gen():
    yield 1
    yield 2
it = gen()
print([n in dir(it) for n in ["__name__", "__qualname__", "gi_code", "gi_frame", "gi_running", "gi_suspended", "__iter__", "__next__", "send", "throw", "close", "__class_getitem__", "__del__"]])
print(type(it).__class_getitem__(int), next(it))
it.__del__()
print(list(it))
z = zip([1, 2], [3])
z.__setstate__(True)
try:
    list(z)
except ValueError as err:
    print("ValueError", err)
print(list(reversed({1: 2, 3: 4}).__length_hint__() for _ in [0]), reversed({1: 2}.items()).__length_hint__())
r = reversed("abc")
print(r.__length_hint__(), next(r), r.__length_hint__(), "__setstate__" in dir(r), "__length_hint__" in dir(reversed))
def f(a): pass
c = f.__code__
print([n for n in dir(c) if n.startswith("co_") and n in ("co_argcount", "co_cellvars", "co_filename", "co_firstlineno", "co_freevars", "co_kwonlyargcount", "co_name", "co_nlocals", "co_posonlyargcount", "co_qualname", "co_varnames")])
