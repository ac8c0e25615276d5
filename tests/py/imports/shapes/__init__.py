"""A regular package: relative imports of its own submodules."""
print("shapes/__init__ runs as", __name__, "package", __package__)
from . import area
from .perimeter import square as square_perimeter
__all__ = ["area", "square_perimeter", "VERSION"]
VERSION = (1, 2)
_hidden = "not exported"
