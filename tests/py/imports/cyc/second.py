import sys

ROOT = __file__.rsplit("/", 3)[0] + "/"
import cyc.first
first = sys.modules["cyc.first"]
seen = sorted(k for k in vars(first) if not k.startswith("__"))
print("cyc.second ran while first had", seen)
try:
    cyc.first
except AttributeError as e:
    print("AttributeError:", e)
try:
    first.VALUE
except AttributeError as e:
    print("AttributeError:", str(e).replace(ROOT, ""))
