# bytes formatting with %, hex()/fromhex() with separators, comparisons, bytes from iterables, count/find with ints
print(b"%s" % b"abc", b"%5s|%-5s|" % (b"ab", b"cd"), b"%d %i %x %X %o" % (255, -3, 255, 255, 8))
print(b"%c%c" % (104, b"i"), b"%.2f" % 3.14159, b"%e" % 1234.5, b"%%" % (), b"%(a)s-%(b)d" % {b"a": b"x", b"b": 7})
print(b"%r" % b"q", b"%a" % "é", b"%b" % b"bytes", b"%b" % bytearray(b"ba"))
try:
    b"%s" % "text"
except TypeError:
    print("TypeError for str in bytes %s")
print(bytes.fromhex("00ff10"), bytes.fromhex(" 01 02\t03\n"), bytearray.fromhex("aBcD"))
data = bytes(range(0, 256, 17))
print(data.hex(), data.hex(" "), data.hex(":", 4), data.hex("-", -4), data.hex(b"|", 1))
print(b"\x00\x01".hex().upper(), len(bytes(range(256)).hex()), bytes(range(256)).hex()[-6:])
print(b"abc" < b"abd", b"ab" < b"abc", b"" < b"\x00", b"\xff" > b"\x7f", bytearray(b"a") == b"a", b"a" != bytearray(b"b"))
print(bytes([1, 2, 3]), bytes((x * 2 for x in range(4))), bytes(bytearray(b"zz")), bytes(memoryview(b"mv")) if False else b"mv")
print(b"banana".count(b"a"), b"banana".count(97), b"banana".find(110), b"banana".rfind(b"an"), b"banana".index(98), 110 in b"banana")
print(b"a-b-c".split(b"-", 1), b"  x  ".strip(), b"x".join([b"1", b"2", b"3"]), b"abc".replace(b"b", b"BB"))
print(list(b"\x00\x7f\x80\xff"), b"\x00\x7f\x80\xff".decode("latin-1"), b"caf\xc3\xa9".decode())
print(bytearray(b"xyz")[1], bytearray(b"xyz")[1:], bytearray(b"xyz")[::-1], bytes(3) + b"!", b"ab" * 2)
