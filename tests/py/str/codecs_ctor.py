# str()/bytes()/bytearray() constructors with encodings, codecs and error handlers
for f in [lambda: str(1, "utf-8"), lambda: str("a", "utf-8"), lambda: str(b"\xff", "utf-8", "replace"), lambda: str(b"\xff", errors="ignore"),
          lambda: str(object=5), lambda: str(b"a", encoding=1), lambda: bytes("a", "utf-8", "strict", 1), lambda: bytearray(1, "x"),
          lambda: bytes(None), lambda: bytes(1.5), lambda: bytes([1, "a"]), lambda: b"abc".decode("ascii", "nope"), lambda: "é".encode("ascii", "replace"),
          lambda: "é€😀".encode("utf-16"), lambda: "é€".encode("utf-32-le"), lambda: b"\xff\xfeA\x00".decode("utf-16"), lambda: "a\\n".encode("unicode_escape"),
          lambda: b"\\u00e9".decode("unicode_escape"), lambda: "é".encode("xmlcharrefreplace"), lambda: "é€".encode("ascii", "xmlcharrefreplace"),
          lambda: "é€".encode("ascii", "backslashreplace"), lambda: b"\xe9x".decode("utf-8", "backslashreplace"), lambda: "\u20ac".encode("latin-1")]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
