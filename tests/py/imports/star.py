# from module import *: __all__ (which may name submodules) or every public name.
from starmod import *
print(visible, sub.S)
print(sorted(k for k in globals() if not k.startswith("__")))
from starmod.nostar import *
print(public_a, public_b)
print("_private" in globals(), "_sys" in globals())
from shapes.units.convert import *
print(cm_to_m(10), FACTOR, "not_exported" in globals())
from math import *
print(floor(2.5), "pi" in globals())
try:
    from starmod.badall import *
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__("starmod", fromlist=[1])
except TypeError as e:
    print(type(e).__name__, e)
import sys
print(__import__("sys", fromlist=[1]) is sys)
