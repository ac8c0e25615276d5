# sys.exit(-1) gives status 255 on POSIX
import sys
print("negative exit")
sys.exit(-1)
