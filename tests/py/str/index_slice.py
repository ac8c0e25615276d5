# string indexing and slicing, including negative steps, out-of-range slices and unicode
s = "Hello, wörld! ✓ 𝄞"
print(len(s), s[0], s[-1], s[7], s[-3], s[13:])
print(s[::-1])
print(s[::2], s[1::3], s[-5:-1], s[100:], s[:100] == s, s[5:2], s[-100:3])
print(s[::-2], s[10:2:-2], s[:-len(s) - 5:-1] == s[::-1])
for i in range(-3, 3):
    print(i, repr(s[i]), ord(s[i]))
try:
    s[len(s)]
except IndexError as e:
    print("IndexError", e)
try:
    s[1.0]
except TypeError as e:
    print("TypeError", e)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError", e)
e = ""
print(repr(e[:]), repr(e[::-1]), len(e), repr(e[5:10]))
t = "abcdefghij"
print(t[slice(2, 8, 3)], t[slice(None, None, -3)], t[slice(-2, None)], t[3:3], t[::100])
print([t[i:i + 3] for i in range(0, len(t), 3)])
u = "日本語テキスト"
print(u[2:5], u[::-1], len(u), u.index("テ"), u[-1:])
print("abc"[True], "abc"[-True], "xyz"[2 ** 0])
mixed = "a\u00e9\U0001F600b"
print(len(mixed), mixed[2] == "\U0001F600", mixed[1:3], ascii(mixed))
print(s[2:8:2] + u[1:3] * 2)
