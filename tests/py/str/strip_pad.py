# strip family, removeprefix/removesuffix, padding: center/ljust/rjust/zfill, expandtabs
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" \t")))
print("xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("yx"), "abc".strip(""), "abc".strip(None))
print(repr("\u3000\u2003 uni \u00a0".strip()), repr("\x1c\x1d\x1e\x1fx\x85".strip()))
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("nope"), "a.py".removesuffix(".py"), "a.py".removesuffix(""))
for w in [0, 3, 7, 8, 11]:
    print(repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "-")), repr("ab".center(w, ".")))
print("abcd".center(7), "|" + "abcd".center(8) + "|", "|" + "a".center(4) + "|", "|" + "ab".center(5) + "|")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "".zfill(3), "-".zfill(3), "12345".zfill(2))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
print(repr("a\tb\tc".expandtabs()), repr("a\tbb\tccc\t".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\n\tc".expandtabs(3)))
print(repr("日本".center(6, "＊")), repr("é".ljust(3, "✓")))
print("  x  ".strip() == "x", "".strip() == "", " ".lstrip() == "")
