# expected: hand-written (braid reports Python 3.14 and runs without a GIL; CPython 3.11 differs)
import sys
print(sys.version_info[:2], sys.version_info >= (3, 14), sys.version_info.major, sys.version_info.minor)
print(sys.version.startswith("3.14"), sys.hexversion >> 16 == 0x30E)
print(sys._is_gil_enabled())
print(hasattr(sys, "exception"), sys.exception() is None)
try:
    raise KeyError("k")
except KeyError as e:
    print(sys.exception() is e)
print(sys.flags.int_max_str_digits in (-1, 0, 4300), isinstance(sys.flags.gil, int) or sys.flags.gil is None)
