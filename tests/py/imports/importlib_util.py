# importlib.util.find_spec and resolve_name: finding modules without importing them.
import sys
import importlib.util as util

ROOT = __file__.rsplit("/", 2)[0] + "/"


def show(spec):
    if spec is None:
        return None
    locations = spec.submodule_search_locations
    if locations is not None:
        locations = [p.replace(ROOT, "") for p in locations]
    origin = spec.origin.replace(ROOT, "") if spec.origin else spec.origin
    return (spec.name, spec.parent, origin, locations, type(spec.loader).__name__)


print(show(util.find_spec("starmod")), "starmod" in sys.modules)
print(show(util.find_spec("starmod.sub")), "starmod" in sys.modules, "starmod.sub" in sys.modules)
print(show(util.find_spec("no_such_module_here")))
print(util.find_spec("sys").origin, util.find_spec("math").name)
print(show(util.find_spec(".nostar", "starmod")))
import shapes.area
print(util.find_spec("shapes.area") is shapes.area.__spec__)
print(util.resolve_name("..x", "a.b.c"), util.resolve_name(".", "a.b"), util.resolve_name("x", None))
for args in [(".x", None), ("...x", "a.b"), (".x", "")]:
    try:
        util.resolve_name(*args)
    except ImportError as e:
        print(type(e).__name__, e)
try:
    util.find_spec("shapes.area.deeper")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
sys.modules["halted_here"] = None
print(util.find_spec("halted_here"))
try:
    util.find_spec(".x")
except ImportError as e:
    print(type(e).__name__, e)
