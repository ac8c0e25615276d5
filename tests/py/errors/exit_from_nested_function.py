# sys.exit deep inside calls and loops runs finally blocks on the way out
import sys
def inner(n):
    try:
        if n == 2:
            sys.exit(4)
        return n
    finally:
        print("inner finally", n)
for i in range(5):
    print("result", inner(i))
