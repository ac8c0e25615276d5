# open(): every mode, reads that read what they need, seek/tell, truncate, the layers.
P = "/tmp/braid_e2e_io_open_modes"

with open(P, "w") as f:
    print(f.write("hello\nworld\n"), f.tell())
    print(f.closed, f.name == P, f.mode, f.encoding, f.errors, f.line_buffering)
    print(f.readable(), f.writable(), f.seekable(), f.isatty())
print(f.closed)

with open(P) as f:
    print(repr(f.read(3)), f.tell(), repr(f.readline()), f.tell(), repr(f.readline()), repr(f.readline()))
    f.seek(0)
    print(list(f))
    f.seek(0)
    print(f.readlines())
    f.seek(0)
    print(repr(f.readline(2)), repr(f.readline(100)))
    cookie = f.tell()
    rest = f.read()
    f.seek(cookie)
    print(f.read() == rest, repr(rest))

with open(P, "a") as f:
    print(f.tell(), f.write("tail"), f.tell())
with open(P, "rb") as f:
    print(f.read())

with open(P, "r+") as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write("HELLO")
    f.seek(0)
    print(repr(f.read()))

with open(P, "w+") as f:
    f.write("0123456789")
    f.seek(0)
    print(repr(f.read(4)), f.truncate(6), f.tell())
    f.seek(0)
    print(repr(f.read()))

with open(P, "rb") as f:
    print(f.read(2), f.tell(), f.readline(), f.peek(2)[:2], f.read1(2), list(f), f.read())
    print(f.readable(), f.writable(), f.seekable())
    print(f.seek(-3, 2), f.read(), f.seek(1), f.seek(2, 1), f.read(1))

with open(P, "wb") as f:
    print(f.write(b"ab\ncd\n"), f.write(bytearray(b"ef")), f.tell())
with open(P, "rb", buffering=0) as f:
    print(f.read(2), f.readline(), f.readall())
with open(P, "r+b") as f:
    f.seek(1)
    f.write(b"X")
    print(f.tell(), f.read())
with open(P, "xb" if False else "ab") as f:
    f.writelines([b"1", b"2"])
with open(P, "rb") as f:
    print(f.read())

try:
    open(P, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)

f = open(P, "w")
f.close()
f.close()
for op in ["read", "readline", "write", "flush", "tell", "seek", "truncate"]:
    try:
        args = {"write": ["x"], "seek": [0]}.get(op, [])
        getattr(f, op)(*args)
    except ValueError as e:
        print(op, e)
try:
    iter(f)
except ValueError as e:
    print("iter", e)
try:
    with f:
        pass
except ValueError as e:
    print("with", e)

with open(P, "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.write(b"x")
    except TypeError as e:
        print(e)
with open(P, "rb") as f:
    try:
        f.write(b"x")
    except OSError as e:
        print(type(e).__name__, e)
with open(P, "wb") as f:
    try:
        f.write("x")
    except TypeError as e:
        print(e)
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)

for bad in [dict(mode="rw"), dict(mode="rbt"), dict(mode="z"), dict(mode="rr"), dict(mode="b"),
            dict(mode="rb", encoding="utf-8"), dict(mode="rb", errors="strict"), dict(mode="rb", newline=""),
            dict(mode="r", buffering=0), dict(mode="r", newline="x")]:
    try:
        open(P, **bad)
    except ValueError as e:
        print(bad, e)
try:
    open(P, encoding="no-such-codec")
except LookupError as e:
    print(e)
try:
    open(1.5)
except TypeError as e:
    print(e)

open(P, "w").close()
