# sys.exit(True) counts as the int 1: status 1, nothing on stderr
import sys
print("exit True")
sys.exit(True)
