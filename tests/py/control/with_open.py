# with statement using file objects as context managers
path = "/tmp/braid_e2e_control_with_open.txt"
with open(path, "w") as f:
    print("closed inside?", f.closed)
    f.write("line one\n")
    f.write("line two\n")
print("closed after?", f.closed)

with open(path) as f:
    print(f.read(), end="")

with open(path) as a, open(path) as b:
    print(a.readline() == b.readline(), a.readline(), end="")
print(a.closed, b.closed)

try:
    with open(path) as f:
        first = f.readline()
        raise ValueError("inside with")
except ValueError as e:
    print("caught", e, "file closed:", f.closed, "first:", first.strip())

def read_first():
    with open(path) as f:
        return f.readline().strip()
print(read_first(), f.closed)

for i in range(3):
    with open(path, "a") as f:
        if i == 1:
            continue
        f.write(f"append {i}\n")
with open(path) as f:
    print(f.read().splitlines())

with (open(path) as f1,
      open(path) as f2):
    print(len(f1.readlines()), len(f2.read()))
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
with open(path, "w") as f:
    pass
with open(path) as f:
    print(repr(f.read()))
# Remove the file when an os module exists (braid's first runtime has only sys, math and time);
# otherwise leave it empty.
try:
    from os import remove
except ImportError:
    def remove(name):
        open(name, "w").close()
remove(path)
