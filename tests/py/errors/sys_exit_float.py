# sys.exit with a non-int, non-None value prints str(value) to stderr and exits 1
import sys
print("exit with a float")
sys.exit(3.5)
