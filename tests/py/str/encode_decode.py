# str.encode and bytes.decode with utf-8, ascii, latin-1 and error handlers
s = "héllo wörld ✓ 𝄞"
b = s.encode()
print(b, len(b), len(s), b.decode() == s, s.encode("utf-8") == b, s.encode("UTF8") == b)
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"))
print(s.encode("ascii", "xmlcharrefreplace"), "é".encode("latin-1"), "é".encode("utf-16-le"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    "✓".encode("latin-1")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
bad = b"abc\xff\xfedef"
try:
    bad.decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(bad.decode("utf-8", "ignore"), bad.decode("utf-8", "replace"), bad.decode("utf-8", "backslashreplace"))
print(bad.decode("latin-1"), b"\xc3\xa9".decode("latin-1"), b"\xe2\x9c\x93".decode())
try:
    b"\xe2\x9c".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(str(b"\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"x\xffy", "utf-8", "replace"))
print(repr("\ud800".encode("utf-8", "surrogatepass")), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
try:
    "\ud800".encode()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
print("abc".encode("ascii"), "".encode(), b"".decode(), bytes("é", "utf-8"), bytearray("é", "utf-8"))
print([hex(c) for c in "𝄞".encode("utf-8")], "𝄞".encode("utf-16-be").hex(), "A".encode("utf-32-le"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError", e)
