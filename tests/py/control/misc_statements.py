# pass, Ellipsis, semicolons, multiple targets, line continuation, docstrings, __name__
def nothing():
    pass
print(nothing())
def doc():
    "A docstring."
    return doc.__doc__
print(doc())
print(..., Ellipsis is ..., type(...).__name__)
a = b = c = [1]
print(a is b is c)
x = 1; y = 2; z = x + \
    y
print(z)
total = (1 +
         2 +
         3)
print(total)
print(__name__)
if True: print("one-line if")
for i in range(2): print("one-line for", i)
i = 0
while i < 2: i += 1
print(i)
def f(): return "one-line def"
print(f())
items = [
    1,
    2,
    3,
]
print(items)
s = ("implicit "
     "concatenation")
print(s)
print(type(None).__name__, None.__class__.__name__)
print(0x1F, 0o17, 0b101, 1_000_000, 1e3, 1_0.5_0, 0xdead_beef)
print(10 - -3, - - 4, + - 2, ~5, ~-1)
print(2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(7 // 2 * 2 + 7 % 2, 1 + 2 * 3 - 4 / 2)
print(1 << 2 + 1, 1 & 3 | 4 ^ 6, not 1 == 2)
