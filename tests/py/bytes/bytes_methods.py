# bytes methods mirroring str: split/join/strip/find/replace/case/predicates
b = b"  The quick brown fox  "
print(b.strip(), b.lstrip(), b.rstrip(), b.split(), b.split(b" ", 3), b.rsplit(None, 1))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.strip().capitalize())
print(b.find(b"quick"), b.find(b"z"), b.rfind(b"o"), b.index(b"T"), b.count(b" "), b.count(b"o"), b.find(111))
print(b.replace(b" ", b"_"), b.replace(b"o", b"0", 1), b.startswith(b"  T"), b.endswith((b"x", b"  ")))
print(b"-".join([b"a", b"b", b"c"]), b"".join([b"x", bytearray(b"y")]), b",".join([]))
print(b"a,b,,c".split(b","), b"a\nb\r\nc".splitlines(), b"a\nb\n".splitlines(True))
print(b"key=val".partition(b"="), b"a.b.c".rpartition(b"."), b"abc".partition(b"x"))
print(b"abc".center(9, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"42".zfill(5), b"-7".zfill(4))
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b"xxhixx".strip(b"x"), b"prefix-body".removeprefix(b"prefix-"), b"file.txt".removesuffix(b".txt"))
print(b"a\tb".expandtabs(4), b"hello".translate(None, b"l"), b"abc".translate(bytes.maketrans(b"abc", b"xyz")))
print(b"hello world".title(), b"\xc3\xa9t\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"))
try:
    b"abc".split(b"")
except ValueError as e:
    print("ValueError", e)
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError", e)
try:
    b",".join([b"a", "b"])
except TypeError as e:
    print("TypeError", e)
print(b"abcabc".count(b"bc", 2), b"abcabc".rindex(b"a"), b"abc".find(b"", 10), b"Ab".upper().lower())
