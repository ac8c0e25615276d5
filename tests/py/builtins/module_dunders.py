# Module-level dunders: the docstring becomes __doc__ (also for exec'd code), and the
# main module's namespace holds CPython's names. Expected output generated with CPython
# 3.13 (/root/.pyenv/versions/3.13.0/bin/python3); 3.14 prints the same.
"""The module docstring."""
import sys
import math
print(__doc__, __name__, __package__, __spec__, sys.modules[__name__].__doc__)
print([n for n in dir() if n not in ("__annotations__",)])
g = {}
exec('"""in exec"""\nx = 1', g)
print(g["__doc__"], g["x"])
exec("y = 2", g)
print(g["__doc__"], g["y"])
print(sorted(n for n in dir(math) if n.startswith("__") and n != "__file__"))
print(sorted(n for n in dir(sys) if n in ("__doc__", "__loader__", "__name__", "__package__", "__spec__")))
print(sys.__package__ == "", math.__name__, type(sys.__dict__).__name__, sys.__dict__["__name__"])
print(sys, math.sqrt.__self__ is math)
