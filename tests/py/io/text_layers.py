# TextIOWrapper over BufferedWriter over FileIO: attributes, reprs, detach, reconfigure,
# newline translation and encodings.
import io

P = "/tmp/braid_e2e_io_text_layers"

with open(P, "w") as f:
    print(repr(f).replace(P, "P"))
    print(repr(f.buffer).replace(P, "P"), repr(f.buffer.raw).replace(P, "P"))
    print(type(f) is io.TextIOWrapper, type(f.buffer) is io.BufferedWriter, type(f.buffer.raw) is io.FileIO)
    print(f.buffer.mode, f.buffer.raw.mode, f.buffer.raw.closefd)
with open(P, "rb") as f:
    print(repr(f).replace(P, "P"), type(f) is io.BufferedReader)
with open(P, "w+b") as f:
    print(repr(f).replace(P, "P"), type(f) is io.BufferedRandom, f.mode)
with open(P, "a+b") as f:
    print(f.mode, f.raw.mode)
with open(P, "rb", buffering=0) as f:
    print(repr(f).replace(P, "P"))
print(repr(f))
f = open(P, "w", encoding="utf-8")
print(repr(f).replace(P, "P"))
f.close()
print(repr(f).replace(P, "P"))

with open(P, "wb") as f:
    f.write(b"hello\nworld\r\nx\ry\r")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(P, newline=nl) as f:
        print(repr(nl), list(f))
    with open(P, newline=nl) as f:
        print(repr(nl), repr(f.read()), repr(f.read(3)))
with open(P) as f:
    print(repr(f.read()), f.newlines)
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(P, "w", newline=nl) as f:
        f.write("a\nb\r\nc\r")
    with open(P, "rb") as f:
        print(repr(nl), f.read())

with open(P, "w", encoding="latin-1") as f:
    f.write("caf\xe9\n")
with open(P, "rb") as f:
    print(f.read())
with open(P, encoding="latin-1") as f:
    print(repr(f.read()), f.encoding)

with open(P, "w") as f:
    f.write("\xe9t\xe9 \u20ac \U0001f600\n" * 3000)
with open(P) as f:
    n = 0
    for line in f:
        n += len(line)
    print(n, f.tell())
with open(P) as f:
    f.read(5)
    pos = f.tell()
    a = f.read(7)
    f.seek(pos)
    print(a == f.read(7), repr(a))

with open(P, "wb") as f:
    f.write(b"ok\xff\xfe\n\xc3\xa9\n")
with open(P, errors="surrogateescape") as f:
    s = f.readline()
    print(ascii(s), f.tell(), repr(f.readline()))
with open(P, errors="replace") as f:
    print(repr(f.read()))
with open(P, errors="ignore") as f:
    print(repr(f.read()))
try:
    with open(P) as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open(P, "w") as f:
    try:
        f.write("\ud800")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)

t = open(P)
b = t.detach()
print(repr(b).replace(P, "P"))
try:
    t.read()
except ValueError as e:
    print(e)
b.close()

with open(P, "w") as f:
    f.reconfigure(newline="\r\n", line_buffering=True)
    print(f.line_buffering, f.write("z\n"))
    with open(P, "rb") as g:
        print(g.read())
with open(P, "w", buffering=1) as f:
    f.write("no newline")
    with open(P) as g:
        print(repr(g.read()))
    f.write(" then one\n")
    with open(P) as g:
        print(repr(g.read()))

t = io.TextIOWrapper(io.BytesIO(b"ab\ncd\r\nef"))
print(t.readlines(), repr(t))
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\r\n")
t.write("x\ny")
t.flush()
print(t.buffer.getvalue())
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.TextIOWrapper, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.FileIO)
print(io.open is open)

open(P, "w").close()
