# OSError subclasses from errno, with errno/strerror/filename and CPython's str.
P = "/tmp/braid_e2e_io_os_errors"
for path, mode in [("/nonexistent/x", "r"), ("/tmp", "r"), ("/tmp", "w"), ("/proc/self/nope/x", "w")]:
    try:
        open(path, mode)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
        print(isinstance(e, OSError), e.args)
open(P, "w").close()
try:
    open(P, "x")
except FileExistsError as e:
    print(str(e).replace(P, "P"))
try:
    open(P + "/sub")
except NotADirectoryError as e:
    print(str(e).replace(P, "P"))
try:
    open("/dev/full", "w").write("x" * 10000)
except OSError as e:
    print(type(e).__name__, e)
f = open("/dev/full", "wb")
f.write(b"x")
try:
    f.flush()
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    f.close()
except OSError as e:
    print("close:", e)
print(f.closed)
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(BrokenPipeError, ConnectionError), issubclass(FileNotFoundError, OSError))
