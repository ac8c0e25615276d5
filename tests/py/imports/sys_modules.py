# sys.modules decides what an import returns, and importlib.reload re-runs a module.
import sys
import importlib

ROOT = __file__.rsplit("/", 2)[0] + "/"
sys.path.insert(0, ROOT + "imports/flat")
print(sys.path[0].replace(ROOT, ""))

import counter
import counter
print(counter.flatmod.COUNT)

# Deleting the entry makes the next import run the module again (flatmod stays cached).
del sys.modules["counter"]
import counter as again
print(again is counter, again.flatmod.COUNT)
counter = again

# Whatever object sits in sys.modules is what import returns.
sys.modules["fake_module"] = 42
import fake_module
print(fake_module)
sys.modules["fake_module"] = {"attr": 1}
from fake_module import items
print(items())
sys.modules["fake_module"] = None
try:
    import fake_module
except ImportError as e:
    print(type(e).__name__, e, e.name)

# reload runs the code again in the same module object.
counter.extra = "kept"
reloaded = importlib.reload(counter)
print(reloaded is counter, counter.flatmod.COUNT, counter.extra)
reloaded = importlib.reload(sys)
print(reloaded is sys)
for bad in [3, None]:
    try:
        importlib.reload(bad)
    except TypeError as e:
        print(type(e).__name__, e)
del sys.modules["counter"]
try:
    importlib.reload(counter)
except ImportError as e:
    print(type(e).__name__, e, e.name)
print(importlib.invalidate_caches())

# A module can replace itself in sys.modules; import returns the replacement.
import builtins
print(type(sys.modules["builtins"]).__name__, builtins.len("abc"))
