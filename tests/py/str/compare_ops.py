# string comparison, concatenation, repetition, membership, iteration, min/max, sorting
print("a" < "b", "a" < "B", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z", "日" > "本")
print("abc" == "abc", "abc" != "ABC", "a" * 3 == "aaa", "abc" is not None)
print(sorted(["banana", "Apple", "cherry", "apple", "éclair", "Banana", ""]))
print(sorted("hello world"), min("hello"), max("hello"), max(["b", "ab", "abc"], key=len))
print("ab" + "cd", "ab" * 0, "ab" * 2 + "c", "x" in "xyz", "xz" in "xyz", "" in "abc")
print(list("héllo"), tuple("ab"), set("aaa"), list(reversed("abc")), "".join(reversed("abc")))
print([c for c in "a1b2" if c.isdigit()], "-".join(c.upper() for c in "abc"))
print(ord("a"), ord("é"), ord("✓"), ord("𝄞"), chr(97), chr(233), chr(10003), chr(119070))
try:
    "a" < 1
except TypeError as e:
    print("TypeError", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError", e)
print(str.__len__("abc"), "abc".__contains__("b"), "abc".__getitem__(1), "ab".__add__("c"), "ab".__mul__(2))
print("abc".__eq__(1), "a".__lt__("b"), hash("") == 0, type(hash("x")).__name__)
s = ""
for i in range(5):
    s += str(i)
print(s, s[::-1] * 2, len(s * 1000))
