# sys.stdin/stdout/stderr are text streams; print() and input() use whatever
# sys.stdout/sys.stdin currently are.
import io
import sys

print(sys.stdout, sys.stderr, sys.stdin)
print(sys.stdin.buffer.raw, sys.stdin.buffer)
print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors, sys.stdin.errors)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.mode, sys.stdin.mode, sys.stdout.name, sys.stdout.buffer.name)
print(sys.stdout is sys.__stdout__, sys.stdout.writable(), sys.stdin.readable(), sys.stdout.readable())
print(sys.stdout.write("written\n"))
sys.stdout.flush()

old = sys.stdout
sys.stdout = io.StringIO()
print("captured", 1, 2)
print("more", end="", flush=True)
print("a", "b", sep="-")
val = sys.stdout.getvalue()
sys.stdout = old
print(repr(val))

sys.stdout = None
print("dropped")
sys.stdout = old
print("back")

sys.stdin = io.StringIO("line one\nline two\r\n")
sys.stdout = io.StringIO()
a = input("prompt> ")
b = input()
cap = sys.stdout.getvalue()
sys.stdout = old
print(repr(a), repr(b), repr(cap))
try:
    input()
except EOFError as e:
    print("EOFError", e)
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print(e)
sys.stdin = sys.__stdin__
sys.stdout = None
try:
    input()
except RuntimeError as e:
    sys.stdout = old
    print(e)

del sys.stdout
try:
    print("x")
except RuntimeError as e:
    sys.stdout = sys.__stdout__
    print(e)

buf = io.StringIO()
print("to a file", file=buf, flush=True)
print(repr(buf.getvalue()))
sys.stdout.reconfigure(line_buffering=False)
print(sys.stdout.line_buffering)
