# open() in text mode: write, read, readline(s), iteration, append, seek/tell, encoding, newlines
path = "/tmp/braid_e2e_builtins_open_text.txt"
f = open(path, "w", encoding="utf-8")
print(f.write("first line\n"), f.write("second é ✓\n"), f.write("third"), f.closed, f.name == path, f.mode)
f.close()
print(f.closed)
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
with open(path, encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path, encoding="utf-8") as f:
    print(f.readlines())
with open(path, encoding="utf-8") as f:
    for number, line in enumerate(f, 1):
        print(number, line.rstrip("\n"))
with open(path, "a", encoding="utf-8") as f:
    f.write("\nappended")
with open(path, encoding="utf-8") as f:
    print(f.read().splitlines())
with open(path, encoding="utf-8") as f:
    print(repr(f.read(5)), repr(f.read(6)), f.tell())
    f.seek(0)
    print(repr(f.read(3)))
with open(path, "w") as f:
    f.writelines(["a\n", "b\r\n", "c\rd"])
with open(path) as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path, "r+") as f:
    f.write("Z")
with open(path) as f:
    print(repr(f.readline()))
with open(path, "w") as f:
    print(f.write(""), f.writable(), f.readable())
with open(path) as f:
    print(repr(f.read()), f.readable(), f.writable(), repr(f.readline()))
try:
    open("/nonexistent_dir_braid/x.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename)
try:
    open(path, "rw")
except ValueError as e:
    print("ValueError", e)
with open(path, "x" if False else "w") as f:
    f.write("done\n")
with open(path) as f:
    print(f.read(), end="")
# Remove the file when an os module exists (braid's first runtime has only sys, math and time);
# otherwise leave it empty.
try:
    from os import remove
except ImportError:
    def remove(name):
        open(name, "w").close()
remove(path)
