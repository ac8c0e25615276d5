# io.StringIO and io.BytesIO.
import io

s = io.StringIO()
print(s.write("hello\n"), s.write("w\xf6rld\n"), s.tell())
print(repr(s.getvalue()), repr(s.read()))
s.seek(0)
print(repr(s.read(3)), repr(s.readline()), s.readlines(), repr(s.readline()))
s.seek(0)
print(list(s))
s.seek(0)
print([l for l in s])
print(s.seek(0, 2), s.tell(), s.seek(3), repr(s.read(2)))
s.seek(20)
s.write("x")
print(repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(0)
s.writelines(["A", "B"])
print(repr(s.getvalue()), s.readable(), s.writable(), s.seekable(), s.closed)
for args in [(-1,), (1, 1), (1, 2), (0, 3)]:
    try:
        s.seek(*args)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
s.close()
print(s.closed)
for op in ["read", "getvalue", "tell", "write"]:
    try:
        getattr(s, op)(*(["x"] if op == "write" else []))
    except ValueError as e:
        print(op, e)

print(io.StringIO("a\nb\nc").readlines())
print(io.StringIO("a\r\nb\rc\n").readlines())
print(io.StringIO("a\r\nb\rc\n", newline=None).readlines())
print(io.StringIO("a\r\nb\rc\n", newline="").readlines())
print(repr(io.StringIO("a\nb", newline="\r\n").getvalue()))
print(io.StringIO("a\r\nb", newline="\r\n").readlines())
print(io.StringIO("a\rb", newline="\r").readlines())
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
try:
    io.StringIO(b"x")
except TypeError as e:
    print(e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print(e)
try:
    io.StringIO(newline="x")
except ValueError as e:
    print(e)
print(ascii(io.StringIO("\ud800x").read()))

b = io.BytesIO(b"ab\ncd")
print(b.readline(), b.read(), b.tell(), b.read(), b.getvalue())
b.seek(0)
print(list(b), b.seek(-2, 2), b.read(1), b.seek(1, 1), b.read())
print(b.write(b"XY"), b.getvalue(), b.tell())
b.seek(10)
b.write(b"!")
print(b.getvalue())
print(b.truncate(3), b.getvalue(), b.tell())
b.seek(0)
print(b.read1(2), b.readlines())
print(b.write(bytearray(b"zz")), b.getvalue())
try:
    b.seek(-1)
except ValueError as e:
    print(e)
try:
    b.write("x")
except TypeError as e:
    print(e)
try:
    io.BytesIO("x")
except TypeError as e:
    print(e)
b.close()
try:
    b.read()
except ValueError as e:
    print(e)
with io.BytesIO(b"q") as bb:
    print(bb.read(), bb.readable(), bb.writable(), bb.seekable())
print(bb.closed)
