# bytes literals, indexing (ints), slicing, repr, concatenation, comparison, constructors
b = b"hello\x00\xff\n\t'\""
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[5], type(b[0]).__name__)
print(bytes(5), bytes([65, 66, 67]), bytes(range(3)), bytes("é", "utf-8"), bytes(b"x"), bytes())
print(b"a" + b"b", b"ab" * 3, b"a" in b"cab", 97 in b"abc", b"" in b"x", b"abc" < b"abd", b"a" == "a")
print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), b"\xde\xad".hex(), b"abc".hex(":"), b"abcdef".hex("-", 2))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\\"), repr(bytes(range(30, 35))), repr(b"\x7f\x80"))
print(list(b"abc"), tuple(b"\x01\x02"), [c for c in b"hi"], sum(b"\x01\x02\x03"))
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    bytes([-1])
except ValueError as e:
    print("ValueError", e)
try:
    b"abc"[5]
except IndexError as e:
    print("IndexError", e)
try:
    b"a"[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError", e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError", e)
print(hash(b"") == hash(""), b"abc" == bytearray(b"abc"), b"abc" is not bytearray(b"abc"))
print(b"x".__class__.__name__, isinstance(b"", bytes), bytes is not bytearray)
print(str(b"abc"), f"{b'z'}", "%s" % b"q", ascii(b"\xff"))
print(b"%d-%s-%05.1f" % (1, b"two", 3.14159), b"%x%%" % 255, b"%(k)s" % {b"k": b"v"})
print(sorted([b"b", b"a", b"ab", b""]), max(b"hello"), min(b"hello"), b"abc"[::2], b"abcdef"[-2:])
