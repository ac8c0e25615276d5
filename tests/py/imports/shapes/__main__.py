import sys
from . import area
print("shapes run as a program:", __name__, __package__, __spec__.name)
print("argv:", sys.argv[1:], "area:", area.square(3))
