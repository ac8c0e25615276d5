# sys attributes that are the same for every 3.x runtime on a 64-bit Linux machine
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(len(sys.argv), sys.argv[0].endswith("sys_basic.py"), type(sys.argv).__name__)
print(sys.byteorder, sys.platform.startswith("linux"), type(sys.version).__name__, sys.version_info[0])
print(sys.version_info.major, sys.version_info >= (3, 11), type(sys.version_info.minor).__name__)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules, sys.modules["sys"] is sys)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(sys.maxunicode, hex(sys.maxunicode), sys.hash_info.width, sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf, sys.hash_info.nan)
print(sys.hash_info.imag, sys.int_info.bits_per_digit in (15, 30), sys.int_info.sizeof_digit in (2, 4))
print(sys.float_repr_style, sys.getdefaultencoding(), sys.stdout.encoding.lower().replace("-", ""))
print(sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), sys.flags.ignore_environment in (0, 1))
print(callable(sys.exit), callable(sys.getrecursionlimit), sys.__name__)
sys.stdout.write("written via sys.stdout\n")
sys.stderr.flush()
sys.stdout.flush()
print(sys.intern("interned") == "interned", sys.intern("abc" * 2) is sys.intern("abcabc"))
s1 = "".join(["dyn", "amic"])
print(sys.intern(s1) is sys.intern("dynamic"))
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError", e)
print(isinstance(sys.exc_info(), tuple), sys.exc_info() == (None, None, None))
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v if hasattr(sys, "exception") else True)
