print("shapes.units runs, package", __package__)
from .. import area as parent_area
from ..area import rect
from .convert import *
