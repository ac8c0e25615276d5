# KeyboardInterrupt can be raised and caught like any BaseException; then an uncaught OverflowError
try:
    raise KeyboardInterrupt
except KeyboardInterrupt:
    print("caught KeyboardInterrupt")
import math
print(math.exp(10))
math.exp(1000)
