# replace (with count), translate and maketrans
s = "the cat sat on the mat"
print(s.replace("at", "og"), s.replace("at", "og", 2), s.replace("the", ""), s.replace("x", "y"))
print("aaa".replace("a", "bb"), "aaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("".replace("", "x"), "abc".replace("b", "b"), "ééé".replace("é", "e", 1), s.replace("at", "og", -1), s.replace("at", "og", 0))
print("hello".replace(old="l", new="L") if False else "kw-skip")
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table), table == {97: 120, 98: 121, 99: 122})
table2 = str.maketrans("ab", "AB", "xy")
print("axbycz".translate(table2))
table3 = str.maketrans({"a": "1", "b": None, "c": "333", ord("d"): 100})
print("abcd".translate(table3))
print("hello".translate({ord("l"): "L"}), "héllo".translate({ord("é"): "e"}))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print("ValueError", e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print("ValueError", e)
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Hello, World!".translate(rot13)
print(msg, msg.translate(rot13))
print("x" * 0, "ab" * 3, 3 * "-", "a" * -1, "" * 100)
