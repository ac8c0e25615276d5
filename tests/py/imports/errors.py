# The error texts of failed imports and their attributes.
ROOT = __file__.rsplit("/", 2)[0] + "/"


def show(statement):
    try:
        exec(statement, {"__name__": "top"})
    except ImportError as e:
        path = e.path.replace(ROOT, "") if e.path else e.path
        print(f"{statement!r}: {type(e).__name__}: {e.args[0].replace(ROOT, '')} | name={e.name!r} path={path!r}")


show("import no_such_module_here")
show("import no_such_module_here.sub")
show("import shapes.nope")
show("import shapes.area.nope")
show("import math.nope")
show("from shapes import nope")
show("from shapes.area import nope")
show("from sys import nope")
show("from no_such_module_here import x")
show("import shapes.units.convert.deeper")
show("from . import x")
show("from .. import x")

try:
    __import__("")
except ValueError as e:
    print("ValueError", e)
try:
    __import__(5)
except TypeError as e:
    print("TypeError", e)
import importlib
try:
    importlib.import_module("")
except ValueError as e:
    print("ValueError", e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(repr(e), e.msg)
