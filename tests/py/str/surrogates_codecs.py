# Encoding and decoding strings with lone surrogates under each error handler.
s = "a\ud800b\udcffc"
for errors in ["surrogatepass", "surrogateescape", "backslashreplace", "xmlcharrefreplace", "replace", "ignore", "strict"]:
    try:
        print(errors, s.encode("utf-8", errors))
    except UnicodeEncodeError as e:
        print(errors, "UnicodeEncodeError:", e)
print(repr(b"x\xed\xa0\x80y".decode("utf-8", "surrogatepass")), repr(b"\xff\xfe".decode("utf-8", "surrogateescape")))
print(repr(b"\xff\xfe".decode("ascii", "surrogateescape")), repr(b"ok\x80".decode("latin-1")))
raw = b"caf\xe9 \xff"
text = raw.decode("utf-8", "surrogateescape")
print(repr(text), len(text), text.encode("utf-8", "surrogateescape") == raw, ascii(text))
try:
    b"\xed\xa0\x80".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "x\udc80".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "\ud83d\ude00".encode("utf-16")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("\ud800".encode("utf-16-be", "surrogatepass"), b"\xd8\x00".decode("utf-16-be", "surrogatepass") == "\ud800")
print("\udc00".encode("utf-32-le", "surrogatepass"), repr(b"\x00\xdc\x00\x00".decode("utf-32-le", "surrogatepass")))
print("\ud800".encode("unicode_escape"), "\ud800".encode("raw_unicode_escape"), "\udcff".encode("latin-1", "surrogateescape"))
print(repr(b"\\ud800".decode("unicode_escape")), repr(str(b"\xed\xb0\x80", "utf-8", "surrogatepass")))
print(bytes("\ud800", "utf-8", "surrogatepass"), bytearray("z\udcfe", "utf-8", "surrogateescape"))
print("\ud800x".encode("utf-8", "replace"), "\ud800x".encode("ascii", "xmlcharrefreplace"), "\udcc1".encode("ascii", "surrogateescape"))
import sys
print(sys.stderr.write("stderr \ud800\n"), "written")
try:
    sys.stdout.write("\ud800")
except UnicodeEncodeError as e:
    print("stdout:", e)
