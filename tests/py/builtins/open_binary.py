# open() in binary mode: bytes in/out, seek/tell, read sizes, mixing str and bytes errors
path = "/tmp/braid_e2e_builtins_open_binary.bin"
with open(path, "wb") as f:
    print(f.write(b"\x00\x01\x02hello\xff"), f.write(bytes(range(250, 256))), f.write(bytearray(b"!")))
with open(path, "rb") as f:
    data = f.read()
print(data, len(data), type(data).__name__)
with open(path, "rb") as f:
    print(f.read(3), f.tell(), f.read(5), f.seek(-2, 2), f.read(), f.read(), f.seek(0), f.read(1))
with open(path, "ab") as f:
    f.write(b"tail")
with open(path, "rb") as f:
    print(f.read()[-6:])
with open(path, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError", e)
with open(path, "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print("TypeError", e)
with open(path, "wb") as f:
    f.write("é✓\n".encode("utf-8"))
    f.write(b"line2\n")
with open(path, "rb") as f:
    print(f.readline(), f.readline(), f.readline())
with open(path, "rb") as f:
    print(list(f))
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
with open(path, "rb") as f:
    print(f.read().decode("utf-8").split())
# Remove the file when an os module exists (braid's first runtime has only sys, math and time);
# otherwise leave it empty.
try:
    from os import remove
except ImportError:
    def remove(name):
        open(name, "w").close()
remove(path)
try:
    open(path + ".does-not-exist", "rb")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
