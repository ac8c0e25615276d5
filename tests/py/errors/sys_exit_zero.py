# sys.exit() / sys.exit(None) and sys.exit(0) end with status 0 and print nothing
import sys
print("clean exit")
try:
    sys.exit(0)
finally:
    print("finally still runs")
