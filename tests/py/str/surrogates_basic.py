# Lone surrogates (U+D800..U+DFFF) in str: literals, chr/ord, len, indexing, slicing,
# iteration, comparison, hashing, dict/set keys, concatenation and repetition.
# Strings holding surrogates are shown with repr()/ascii() so stdout stays encodable.
hi, lo = "\ud83d", "\ude00"
pair = hi + lo
print(len(hi), len(pair), repr(pair), ascii(pair), pair == "\U0001f600", pair != "\U0001f600")
print(ord(hi), ord(lo), hex(ord(chr(0xdfff))), chr(0xd800) == "\ud800", repr(chr(0xdc80)))
s = "a\ud800b\udfffc\U0001f600"
print(len(s), repr(s[1]), repr(s[3]), repr(s[-1]), repr(s[1:4]), repr(s[::2]), repr(s[::-1]))
print([repr(c) for c in s], [ord(c) for c in s])
print(list(map(ascii, reversed(s))), repr("".join(sorted(s))))
# comparisons follow code points: U+D7FF < U+D800 < U+DFFF < U+E000 < U+FFFD < U+10000
order = ["\ud7ff", "\ud800", "\udbff", "\udc00", "\udfff", "\ue000", "\ufffd", "\U00010000"]
print(sorted(order, reverse=True) == order[::-1], sorted(order) == order, min(order) == "\ud7ff")
print("\ud800" < "\ud801", "\udfff" > "\ud800", "\ud800" < "\ue000", "\ud800" > "\ud7ff", "\ud800" < "\U00010000")
print("\ud800" == "\udc00", "\ud800" == "\ufffd", "\ufffd" != "\ud800", "a\ud800" == "a" + chr(0xd800))
print(hash("\ud800") == hash(chr(0xd800)), "\ud800" in {"\udc00", "\ud800"}, "\ufffd" in {"\ud800"})
d = {"\ud800": 1, "\udc00": 2, "\ufffd": 3}
print(len(d), d["\ud800"], d[chr(0xdc00)], d["\ufffd"], sorted(map(ascii, d)))
print(len({"\ud800", "\ud800" + "", chr(0xd800)}), "\ud800" in "x\ud800y", "\ud800" in "x\ufffdy")
print(repr(hi * 3), repr(3 * lo), repr(hi + "x" + lo), repr("" + hi), repr(hi + ""))
acc = ""
for c in "ab":
    acc += c + "\udcff"
print(repr(acc), len(acc), acc.count("\udcff"))
print(repr(f"<{hi}>"), repr(f"{lo!r}"), repr(f"{hi:>4}"), repr(f"{s!a}"), repr(f"{'x'}{lo}"))
print(repr(str(hi)), repr("%s|%r|%a|%3s" % (hi, lo, hi, lo)), repr("{0}{1}{0!r}".format(hi, lo)))
print(repr(format(hi, "^5")), repr("{:*<3}".format(lo)), repr(max("\ud800", "\ufffd")), bool("\ud800"))
# %c and the c format type make surrogates from ints
print(ascii('%c' % 0xd800), ascii('%3c|%-3c|' % (0xdc00, 65)), ascii('x%cy%s' % (0xdfff, 'z')))
print(ascii('{:c}'.format(0xd800)), ascii('{:>4c}{}'.format(0xdc80, 'q')), ascii(format(0xd801, '^5c')), ascii(f'{0xdbff:c}|{55296:3c}'))
print(ascii('{:c}{}'.format(0xd800, '\udc00')), ascii('%c%s' % (0xd800, '\udc00')), ascii('%s' % 'c'), ascii('%(c)s' % {'c': 1}))
