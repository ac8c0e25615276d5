# str methods on strings holding lone surrogates: search, split, strip, replace, join,
# padding, case maps, predicates, translate/maketrans.
s = "ab\ud800cd\ud800ef\udc00"
print(s.find("\ud800"), s.rfind("\ud800"), s.index("\udc00"), s.count("\ud800"), s.find("\ufffd"))
print(s.startswith("ab\ud800"), s.endswith("\udc00"), s.endswith(("x", "f\udc00")), s.startswith("\ud800", 2))
print(repr(s.split("\ud800")), repr(s.rsplit("\ud800", 1)), repr(s.partition("\ud800")), repr(s.rpartition("\ud800")))
print(repr(s.replace("\ud800", "-")), repr(s.replace("d", "\udfff")), repr(s.replace("\ufffd", "!")))
print(repr("\ud800 x \udc00\n y".split()), repr("a\ud800\nb\udc00\r\nc".splitlines(True)))
print(repr("\ud800\ud800x\ud800".strip("\ud800")), repr(" \udc00 ".strip()), repr("\udc00ab".lstrip("\udc00a")))
print(repr("xy\ud800".removesuffix("\ud800")), repr("\ud800xy".removeprefix("\ud800")), repr("\ud800".removeprefix("\ufffd")))
print(repr("\ud800".join(["a", "b", "c"])), repr("-".join(["\udc00", "x"])), repr("".join(["\ud83d", "\ude00"])))
print(repr("\ud800".center(5, "*")), repr("ab".center(6, "\udc00")), repr("\ud800".ljust(3)), repr("\ud800".rjust(3, "\ud801")))
print(repr("\ud800".zfill(4)), repr("-\udc00".zfill(4)), repr("\ud800\tx".expandtabs(4)))
print(repr("a\ud800B".upper()), repr("a\ud800B".lower()), repr("a\ud800B".swapcase()), repr("\ud800ab cd".title()))
print(repr("\ud800ab".capitalize()), repr("A\ud800SS".casefold()))
for t in ["\ud800", "a\ud800", "1\ud800", " \ud800", "A\ud800", "\ud800"[:0]]:
    print(ascii(t), t.isalpha(), t.isalnum(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isspace(),
          t.isprintable(), t.isascii(), t.isidentifier(), t.islower(), t.isupper(), t.istitle())
print(repr("a\ud800b".translate({ord("a"): "\udc00", 0xd800: None})), repr("xyz".translate({ord("y"): 0xdfff})))
print(repr("a\ud800".translate(str.maketrans("\ud800", "Z"))), sorted(str.maketrans("\ud800a", "b\udc00").items()))
print(repr("q\udc80".translate(str.maketrans({"\udc80": "w"}))), repr("xx".translate(str.maketrans("x", "\ud800"))))
print(repr("{}-{}".format(*"\ud800\udc00")), repr("a\ud800".encode("utf-16-le", "surrogatepass")))
print(repr(s.casefold().upper()), s.isprintable(), repr(str.__add__("\ud800", "\udc00")), "\ud800".__eq__("\ud800"))
print(repr("%(k)s|%(k)r" % {"k": "\ud800"}), repr("{0[0]}{0[1]!a}".format(["\udc00", "\ud800"])), repr("{k}".format_map({"k": "\udfff"})))
print(repr("%s %s" % ("\ud800", 1)), repr("%s" % ["\ud800"]), repr("{}".format(("\udc00",))), repr("%-3s|" % "\ud800"))
t = "\ud800ab"
print(t.strip() is t, t.replace("x", "y") is t, t.ljust(2) is t, t.split()[0] is t, t.partition("\ud800")[1] is t)
print(ascii("{0[0][0]}|{d[k]}".format([["\ud800"]], d={"k": "\udc00"})), ascii("%(a)s%(b)c" % {"a": "\udfff", "b": 0xd800}))
