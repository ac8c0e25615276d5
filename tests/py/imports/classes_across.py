# expected: python3.13 (full traceback with 3.14's caret rules)
# Classes defined in imported modules: their module names, identity across import forms,
# and an exception class from a package in the traceback.
import geometry
from geometry import *
from geometry.shapes import Square as S2

print(Square is S2 is geometry.Square, Square.__module__, Square.__qualname__)
print(repr(Square(3)), Square(4).area(), Square.count)
print(GeometryError.__module__, issubclass(GeometryError, ValueError))
try:
    Square(-1)
except ValueError as e:
    print(type(e).__name__, e, type(e))
print(isinstance(S2(1), geometry.shapes.Square))
Square(-2)
