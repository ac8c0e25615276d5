import sys
print("cyc.first starts; in sys.modules:", "cyc.first" in sys.modules)
from cyc import second
VALUE = "first"
print("cyc.first ends; second sees", second.seen)
