# expected: python3.13 (3.14 messages, which 3.13 shares here): str/bytes/bytearray method errors and edge results
KEY = "x"
tests = [
 lambda: "a".find(), lambda: "a".find("a", 1, 2, 3), lambda: "a".split(",", 1, 2), lambda: "a".strip(1),
 lambda: "a".center(), lambda: "a".center(5, "ab"), lambda: "a".zfill("x"), lambda: "a".replace("a"),
 lambda: "a".lower(1), lambda: "a".encode("nope"), lambda: "\xe9".encode("ascii"), lambda: b"\xff".decode(),
 lambda: "a".partition(""), lambda: "a".count(1), lambda: "a".join(5), lambda: "a" + 1, lambda: "a" * "b",
 lambda: b"a" + "b", lambda: bytes("a"), lambda: bytes(-1), lambda: bytearray(b"a").pop(5), lambda: bytearray().remove(1),
 lambda: b"abc"[10], lambda: bytearray(b"a")[3], lambda: b"a"[KEY], lambda: bytes.fromhex("zz"), lambda: "{".format(),
 lambda: "}".format(), lambda: "{0:d}".format("x"), lambda: "{!x}".format(1), lambda: "%s %s" % (1,), lambda: "%s" % (1, 2),
 lambda: "%z" % 1, lambda: format("a", "d"), lambda: "a".removeprefix(1), lambda: "abc"[5], lambda: "a".expandtabs("x"),
 lambda: str.maketrans("ab", "c"), lambda: "a".startswith(("a", 1)), lambda: b"a".startswith("a"), lambda: hash(bytearray()),
 lambda: "a".split(sep=1), lambda: "a".split(x=1), lambda: b"%s" % "x", lambda: b"%c" % 300, lambda: int.from_bytes(b"\x01\x00", "little"),
 lambda: (1024).to_bytes(2, "big"), lambda: (1024).to_bytes(1, "big"), lambda: "a".format_map({}), lambda: "{x}".format_map({}),
 lambda: bytearray(b"ab").extend("cd"), lambda: b" a ".strip(), lambda: b"a,b".split(b","), lambda: b"x".center(5, b"-"),
 lambda: ord(""), lambda: ord("ab"), lambda: chr(-1), lambda: b"abc".find(98), lambda: b"abc".count(b""),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
