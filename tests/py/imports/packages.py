# Regular packages: import forms, module attributes, submodules bound on their package.
import sys

ROOT = __file__.rsplit("/", 2)[0] + "/"


def rel(path):
    return path.replace(ROOT, "") if isinstance(path, str) else path


import shapes.units
print("bound names:", "shapes" in dir(), "units" in dir())
print(shapes.__name__, shapes.__package__, rel(shapes.__file__))
print([rel(p) for p in shapes.__path__])
print(shapes.units.__name__, shapes.units.__package__, rel(shapes.units.__file__))
print(shapes.area.square(4), shapes.units.rect(2, 3), shapes.units.cm_to_m(250))
print(shapes.units.parent_area is shapes.area)
print(sorted(k for k in vars(shapes.units) if not k.startswith("__")))

spec = shapes.units.__spec__
print(spec.name, spec.parent, rel(spec.origin), [rel(p) for p in spec.submodule_search_locations])
spec = shapes.area.__spec__
print(spec.name, spec.parent, rel(spec.origin), spec.submodule_search_locations)
print(type(spec).__name__, type(shapes.__loader__).__name__, shapes.__loader__ is shapes.__spec__.loader)
print(rel(repr(shapes.area)))
print("__path__" in vars(shapes.area), "__path__" in vars(shapes))
print([k for k in vars(shapes.perimeter) if k.startswith("__")])

import shapes.units.convert as conv
print(conv.__name__, conv.FACTOR)
from shapes.units import convert
print(convert is conv is sys.modules["shapes.units.convert"])
from shapes import perimeter, area as a2
print(perimeter.square(2), a2 is shapes.area)
import shapes as s, shapes.area
print(s is shapes, s.VERSION, s.square_perimeter(5))

# The second import of a module finds it in sys.modules and runs nothing.
import shapes.units
import shapes.units.convert
print(sys.modules["shapes"] is shapes)

# A submodule is an attribute of its package once imported.
print(hasattr(shapes, "units"), shapes.units.convert.cm_to_m(50))

# Functions of an imported module see their own globals.
print(shapes.area.square.__module__, shapes.area.square.__globals__ is vars(shapes.area))
