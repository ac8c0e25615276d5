# sys.exit with an int: no traceback, no stderr, that exit status
import sys
print("exiting with 3")
sys.exit(3)
print("unreachable")
