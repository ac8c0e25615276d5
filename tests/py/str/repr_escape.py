# repr and ascii of strings: quote choice, escapes, printable unicode
cases = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnewline\ncr\r", "back\\slash",
         "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad", "é✓日本", "\u200b\u2028\ufeff", "\U0001F600",
         "\ud800", "\U000e0041", "", "'", '"', "\a\b\f\v", "\x1b[0m"]
for s in cases:
    print(repr(s), ascii(s), len(repr(s)))
print(repr("a" * 3), str("a'b"), repr(["it's", 'x"y']), repr(("é",)), repr({"k": "\n"}))
print(ascii("é"), ascii(["é", 1]), ascii("\U0001F600"), ascii("\xff"), ascii("\u0100"))
print(str("x"), str(""), str(5), str([1, "a"]), str(None), str(str), repr(repr("q")))
print("%r" % "\t", "{!r}".format("\\"), f"{chr(0)!r}", repr(chr(0x10FFFF)), repr(chr(0xE000)))
