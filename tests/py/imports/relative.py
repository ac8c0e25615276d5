# Relative imports and __import__ / importlib.import_module with levels and packages.
import sys
import importlib

import shapes.units
print(shapes.units.parent_area.__name__, shapes.units.rect(3, 3))

# __import__ returns the top-level package unless a from-list is given.
print(__import__("shapes.units").__name__)
print(__import__("shapes.units", fromlist=["convert"]).__name__)
print(__import__("units", {"__package__": "shapes"}, None, [], 1).__name__)
print(__import__("units.convert", {"__package__": "shapes"}, level=1).__name__)
print(__import__("", {"__package__": "shapes.units"}, fromlist=["convert"], level=1).__name__)
print(__import__("", {"__package__": "shapes.units"}, level=2).__name__)
print(__import__("area", {"__name__": "shapes.units.convert"}, fromlist=["x"], level=2).__name__)
print(__import__("convert", {"__name__": "shapes.units", "__path__": []}, fromlist=["x"], level=1).__name__)
print(__import__("area", {"__spec__": shapes.units.convert.__spec__}, fromlist=["x"], level=2).__name__)

# importlib.import_module returns the module itself.
print(importlib.import_module("shapes.units.convert").__name__)
print(importlib.import_module(".convert", "shapes.units").__name__)
print(importlib.import_module("..area", "shapes.units").__name__)
print(importlib.import_module("..", "shapes.units").__name__)

for args in [(".x",), (".x", ""), ("...x", "shapes.units"), ("..", "shapes")]:
    try:
        importlib.import_module(*args)
    except (ImportError, TypeError) as e:
        print(type(e).__name__, e)

for kwargs in [dict(level=1), dict(globals={"__name__": "top"}, level=1),
               dict(globals={"__package__": "shapes"}, level=3),
               dict(globals=None, level=1), dict(globals={"__package__": 5}, level=1),
               dict(globals={"__name__": 5}, level=1), dict(level=-1)]:
    try:
        __import__("area", **kwargs)
    except (ImportError, TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)

# A relative import in the main script has no parent package.
try:
    from . import shapes
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
print(__package__, __spec__, __name__)
