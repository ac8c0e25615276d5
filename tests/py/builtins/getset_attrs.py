# Data attributes of built-in objects (CPython getset/member descriptors) and the
# attributes of type objects and modules. Expected output generated with CPython 3.13
# (/root/.pyenv/versions/3.13.0/bin/python3); only output that 3.14 prints the same.
import sys, math
print((5).real, (5).imag, (5).numerator, (5).denominator, True.real, True.denominator, (2.5).real, (2.5).imag, (1 + 2j).real, (1 + 2j).imag)
r, s = range(1, 10, 3), slice(2, None, -1)
print(r.start, r.stop, r.step, s.start, s.stop, s.step, slice(5).start)
e = ValueError(1, 2)
print(e.args, e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__, e.__dict__)
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise KeyError("k") from inner
except KeyError as outer:
    print(type(outer.__cause__).__name__, type(outer.__context__).__name__, outer.__suppress_context__, type(outer.__traceback__).__name__)
e.custom = "c"
print(e.__dict__, e.custom, "custom" in dir(e))
print(len.__name__, len.__qualname__, len.__module__, [].append.__name__, [].append.__self__, "x".upper.__self__)
print(len.__doc__ is None or isinstance(len.__doc__, str), (1).__doc__ is None or isinstance((1).__doc__, str))
print(int.__name__, int.__qualname__, int.__module__, int.__mro__, int.__bases__, int.__base__)
print(bool.__mro__, bool.__base__, object.__bases__, object.__base__, type.__base__, type.__mro__)
print(ValueError.__mro__, ValueError.__base__, KeyError.__bases__)
print(int.mro(), bool.mro(), type.mro(type))
print(type(int.__dict__).__name__, "bit_length" in int.__dict__, "real" in int.__dict__, "__add__" in int.__dict__, "__and__" in float.__dict__)
print("append" in vars(list), "__len__" in list.__dict__, "upper" in str.__dict__, "__hash__" in list.__dict__, list.__dict__["__hash__"])
print(int.__dict__["real"], int.real, float.imag, range.start, slice.stop, int.real.__get__(7), int.numerator.__get__(True))
print(int.real.__name__, int.real.__objclass__)
try:
    int.real.__get__("x")
except TypeError as e:
    print("TypeError", e)
try:
    int.__dict__["x"] = 1
except TypeError as e:
    print("TypeError", type(e).__name__)
print(int.__type_params__, list.__type_params__)
for cls in [int, list]:
    try:
        cls.__abstractmethods__
    except AttributeError as e:
        print("AttributeError", e)
print(bool in int.__subclasses__(), bool.__subclasses__(), int.__instancecheck__(True), int.__subclasscheck__(bool), list.__instancecheck__(()))
print(type(type.__prepare__("X", ())).__name__)
for name in ["__doc__", "__loader__", "__name__", "__package__", "__spec__"]:
    print(name, name in dir(sys), name in dir(math), hasattr(math, name))
print(sys.__name__, math.__name__, sys.__package__, math.__package__)
top = dir()
for name in ["__builtins__", "__doc__", "__file__", "__loader__", "__name__", "__package__", "__spec__", "__cached__", "sys", "math", "top", "r"]:
    print(name, name in top)
print(top == sorted(top), __package__, __spec__, __doc__)
def f():
    a = 1
    b = 2
    return dir()
print(f())
import time
print(len.__self__, len.__module__, math.sqrt.__self__ is math, math.sqrt.__module__, sys.getrecursionlimit.__self__ is sys, time.time.__module__, [].append.__module__, sys)
v = sys.version_info
print(sorted(set(dir(v)) - set(dir(()))), v.n_fields, v.n_sequence_fields, v.n_unnamed_fields, v.__match_args__)
print(sorted(set(dir(sys.float_info)) - set(dir(()))), sys.float_info.__match_args__[:3], sys.hash_info.n_unnamed_fields)
match v:
    case (major, *_):
        print(major >= 3)
print(sys.float_info.__replace__(dig=3).dig, sys.version_info.__replace__(major=1)[0], "__replace__" in dir(sys.int_info))
for f in [lambda: sys.version_info.__replace__(1), lambda: sys.version_info.__replace__(bad=1, worse=2)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
