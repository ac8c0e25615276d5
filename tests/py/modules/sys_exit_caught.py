# SystemExit raised by sys.exit can be caught; its code attribute and args
import sys
for arg in [None, 0, 3, "message", [1], True]:
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code, e.args)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(5)
    except Exception:
        print("not caught by Exception")
except SystemExit as e:
    print("caught by SystemExit", e.code)
def cleanup():
    try:
        sys.exit(7)
    finally:
        print("finally runs on sys.exit")
try:
    cleanup()
except SystemExit as e:
    print("code", e.code)
