# is* predicates over ASCII and non-ASCII characters
samples = ["abc", "ABC", "abc123", "123", "12.5", "", " ", "\t\n", "Ünïcode", "日本", "٣", "²", "½",
           "Ⅻ", "_x", "x_1", "1x", "def", "hello world", "Title Case", "\x00", "\x7f", "é", "ﬁ", "\u00a0"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(),
          s.isspace(), s.isidentifier(), s.isprintable(), s.isascii(), s.islower(), s.isupper())
print("abc".isascii(), "é".isascii(), "".isascii(), "\x7f".isascii(), "\x80".isascii())
print("if".isidentifier(), "None".isidentifier(), "π".isidentifier(), "a-b".isidentifier(), "_".isidentifier())
print("\n".isprintable(), " ".isprintable(), "\u200b".isprintable(), "\u3000".isspace(), "\x1c".isspace())
