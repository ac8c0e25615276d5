# expected: python3.13 (3.13 names the half-built module's file as 3.14 does)
# Circular imports: the partially initialised module is visible in sys.modules.
import sys

ROOT = __file__.rsplit("/", 2)[0] + "/"

import cyc.first
print(cyc.first.VALUE, cyc.second.seen)
print("cyc.first" in sys.modules, "cyc.second" in sys.modules)

try:
    import cyc.bad_a
except ImportError as e:
    print(type(e).__name__, e.args[0].replace(ROOT, ""))
    print(e.name, e.path.replace(ROOT, ""))
# A module whose code raised is removed from sys.modules; the one it imported stays
# half-built only if its own code failed too.
print("cyc.bad_a" in sys.modules, "cyc.bad_b" in sys.modules)

# A failing module is removed from sys.modules, and importing it again runs it again.
for attempt in range(2):
    try:
        import broken.raises
    except IndexError as e:
        print(attempt, "IndexError:", e, "broken.raises" in sys.modules)
print(hasattr(sys.modules["broken"], "raises"))

try:
    import broken.syntax_err
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename.replace(ROOT, ""), e.lineno)
print("broken.syntax_err" in sys.modules)
