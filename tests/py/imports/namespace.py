# expected: python3.13 (3.13 prints namespace packages' reprs as 3.14 does)
# Namespace packages: folders without __init__.py, portions from several sys.path entries.
import sys

ROOT = __file__.rsplit("/", 2)[0] + "/"
sys.path.append(ROOT + "imports/more")


def rel(path):
    return path.replace(ROOT, "") if isinstance(path, str) else path


import nsdemo.part_a
import nsdemo.part_b
print(nsdemo.__name__, nsdemo.__package__, nsdemo.__file__, getattr(nsdemo, "__cached__", "no __cached__"))
print([rel(p) for p in nsdemo.__path__])
print(nsdemo.__spec__.name, nsdemo.__spec__.origin, nsdemo.__spec__.parent)
print([rel(p) for p in nsdemo.__spec__.submodule_search_locations])
print(type(nsdemo.__loader__).__name__)
print(rel(repr(nsdemo)))
print(nsdemo.part_b.B, nsdemo.part_a.__package__, rel(nsdemo.part_b.__file__))
print([k for k in vars(nsdemo) if k.startswith("__")])
try:
    from nsdemo import missing
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    import nsdemo.missing
except ImportError as e:
    print(type(e).__name__, e, e.name)
