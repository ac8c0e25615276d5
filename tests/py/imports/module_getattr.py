# PEP 562: a module-level __getattr__ answers for missing attributes, also in imports.
import lazy_pkg

ROOT = __file__.rsplit("/", 2)[0] + "/"
print(lazy_pkg.answer, hasattr(lazy_pkg, "nope"), getattr(lazy_pkg, "nope", "default"))
from lazy_pkg import answer
print(answer)
print(lazy_pkg.__doc__)
try:
    from lazy_pkg import nope
except ImportError as e:
    print(type(e).__name__, str(e).replace(ROOT, ""))
try:
    lazy_pkg.nope
except AttributeError as e:
    print(type(e).__name__, e)
