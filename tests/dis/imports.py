# Imports.
import os.path
from sys import argv as args
from math import *
