# expected: python3.13 (3.14 messages)
# Error messages and edge-case results of built-in functions, operators, indexing and unpacking:
# each case is evaluated and its result or `ExceptionType message` printed.
cases = r'''
len()
len(1)
len([], [])
abs()
abs("x")
divmod(1)
divmod("a", 1)
pow()
pow(2, -1, 5)
pow(2, 3, 0)
pow(2.0, 3, 5)
round("x")
round(1.5, "x")
int("x")
int("1", 99)
int("1", 1)
int(1, 10)
int([])
int(None)
int("")
int(" ")
int("1.5")
int(1.5e400)
int(float("nan"))
float("x")
float("")
float([])
float(None)
str(b"x", "zz")
str(1, "utf-8")
bytes(-1)
bytes("x")
bytes([256])
bytes([-1])
bytes(["a"])
bytes(1.5)
bytearray(-1)
bytearray("x")
list(1)
list(1, 2)
tuple(1)
dict(1)
dict([1])
dict([(1,2,3)])
dict([[1]])
set(1)
frozenset(1)
range()
range(1, 2, 0)
range(1.5)
range("a")
range(1,2,3,4)
slice()
enumerate()
enumerate(1)
zip(1)
map(len)
map(len, 1)
filter(len)
filter(None, 1)
reversed(1)
sorted(1)
sorted()
sorted([1, "a"])
min()
min(1)
min(1, 2, key=3)
max([], default=1, key=None)
min(1, 2, default=3)
sum()
sum(["a", "b"], "")
sum([1, "a"])
sum([[1]])
any(1)
all(1)
iter(1)
iter()
iter(1, 2)
next(1)
next(iter([]))
isinstance(1, 1)
isinstance(1)
issubclass(1, int)
getattr(1)
getattr(1, "zz")
format(1, "x")
format(1, "zz")
format("a", "d")
format(1.5, "d")
format([], "x")
chr(-1)
chr(0x110000)
chr("a")
chr(1.5)
ord("ab")
ord("")
ord(1)
ord(b"ab")
hex(1.5)
oct("a")
bin(None)
repr()
ascii()
print(sep=1)
print(end=1)
print(file=1)
callable()
id()
type()
type(1, 2)
vars(1)
dir(1, 2)
1 / 0
(-8.0) ** (1/3)
1 + "a"
"a" + 1
[] + ()
() + []
"a" * "b"
1 - "a"
None + 1
1 < "a"
"a" < 1
[] < ()
None < None
{} < {}
1j < 1j
-"a"
+"a"
~"a"
[1][5]
x = [1]; x["a"]
(1,)[5]
"a"[5]
x = "a"; x["x"]
b"a"[5]
range(3)[5]
{}[1]
x = []; x[1.5]
x = "a"; x[1.5]
[1,2][::0]
[1,2][1:"a"]
x = 1; x[0]
x = None; x[0]
len(range(2**100))
a, b = 1
a, b = [1]
a, *b, c = [1]
complex("zz")
complex(1, "a")
complex("1", 2)
"%d" % "x"
"%d %d" % 1
"%d" % (1, 2)
"%z" % 1
"%(a)s" % 1
"%(a)s" % {}
"%c" % -1
"%s %s" % (1,)
"%" % ()
"%*d" % ("a", 1)
b"%d" % b"x"
b"%s" % "x"
b"x" + "y"
"y" + b"x"
{1} | [1]
{1} - [1]
{1} ^ 1
{1} & "a"
{1: 2} | [1]
range(0, 10, 2)[1:2:0]
range(3)["a"]
del_unbound
x = 1; x(2)
x = "a"; x()
x = None; x()
ord(chr(0x10ffff) + "a")
[1, 2, 3][3]
[1][-2]
x = [1]; x[1] = 2
x = [1]; del x[1]
x = (1,); x[0] = 2
x = "a"; x[0] = "b"
x = {}; del x[1]
x = [1, 2, 3]; x[::2] = [1]
x = [1]; x["a"] = 1
slice()
slice(1, 2, 3, 4)
iter()
iter(1, 2, 3)
type()
type(1, 2)
dir(1, 2)
int("12", base=2)
int("z", 36)
int("0x1f", 0)
int("0b12", 0)
int("1_000")
int("1__0")
int("_1")
int(b"12")
float("1_0.5")
float("inf") == float("infinity")
float(" 1.5 ")
float("1e500")
"abc"[10:]
"abc"[::-1]
"abc"[1:2:0]
"a" * -1
[1] * -1
"%s" % ()
"%s" % []
"%.2f" % "x"
"%i" % True
f"{1:{'>'}{5}}"
format(1.5, ",")
format(3, "c")
format(-1, "c")
format("a", "=5")
format(1, "=+5")
format(1.5, "x")
format(True, "s")
round(2.5)
round(-0.5)
round(1.25, 1)
round(12345, -2)
round(float("inf"))
round(float("nan"))
round(1e300, 2)
divmod(-7, 2)
divmod(7.5, -2)
pow(3, 4, -5)
pow(2, -1, 7)
pow(4, -1, 6)
pow(2, 0.5, 3)
abs(-0.0)
abs(-5)
abs(complex(3, 4))
min([1, 2], [3])
max("abc")
max(1, 2, key=lambda x: -x)
min([], default=None)
sum(range(10), start=5)
sum([1], [])
sorted([3, 1], key=None)
sorted("cba")
list(reversed(range(3)))
list(zip([1], [2, 3], strict=True))
list(zip([1, 2], [3], strict=True))
list(map(lambda a, b: a + b, [1], [2, 3]))
list(enumerate("ab", start=1.5))
list(enumerate("ab", 5))
list(filter(None, [0, 1, "", "a"]))
next(iter([]), 5)
isinstance(1, (int, str))
isinstance(True, int)
isinstance(1, int | str)
chr(65)
ord("€")
hex(-255)
oct(8)
bin(-5)
hex(True)
repr("a'b\"c")
ascii("é€😀")
1 == "1"
(1, 2) < (1, "a")
[1, 2] < [1, 2, 3]
{1} < {1, 2}
{1} < [1]
None == None
1 < None
(1 < 2) < 3
1 in "a"
b"a" in b"abc"
97 in b"abc"
256 in b"abc"
"a" in b"a"
int("4" * 5000)
str(10 ** 5000)
float(10 ** 400)
1e308 * 10
2.0 ** 10000
math_pi = 3.14; math_pi.real = 1
(1).real = 2
len(5 for _ in [])
sorted([1], key=1)
sorted([1, 2], key=1)
"%5.2s|" % "abc"
"%-5d|" % 3
"%x" % 255
"%#o" % 8
"%g" % 1e-5
"%r" % "a"
"%a" % "é"
"%c" % 65
"%c" % "a"
"%%" % ()
"%s" % {"a": 1}
"%(a)d" % {"a": "x"}
"%.*f" % (2, 1.234)
"%d" % 10**20
"%d" % True
"%s %s" % [1, 2]
b"abc"[1]
b"abc"[5:]
b"a" * 3
b"a" * "b"
bytes(3)
bytes("abc", "ascii")
bytes("é", "ascii")
bytes(b"x", "ascii")
bytes([1], "ascii")
bytes(1, 2, 3, 4)
bytearray(b"ab")[5]
bytearray(b"ab")[0] = 256
bytearray(b"ab") + "x"
bytearray(3)
{1, 2} | {3}
frozenset([1]) | {2}
{2} | frozenset([1])
{1} <= 1
set(1, 2)
set([1], x=1)
frozenset(x=1)
int("1" * 10, 2)
int("  12  ")
int("+12")
int("- 12")
int("12", 0)
int("012", 0)
int("00", 0)
int(12.9)
int(-12.9)
int(True)
int("1e5")
float("1e5")
float("nan")
float("-inf")
float("0x1p3")
complex("1+2j")
complex("1 + 2j")
complex(1, 2) + "a"
complex(1, 2) < 1
abs(1+1j)
(1j) ** 2
divmod(1j, 1)
1j // 1
1j % 1
int(1j)
float(1j)
range(0, 10, 3)[-1]
range(10)[2:8:2]
range(10)[100]
len(range(0, 10, -1))
range(1, 2, 3, 4)
range(1.0, 2)
range(1, 2.0)
range(1, 2, 1.0)
list(range(5, 0, -2))
5 in range(10)
"a" in range(10)
range(3) == range(0, 3)
slice(1, 2) == slice(1, 2)
a, b, c = "ab"
a, b = "abc"
a, b = {1: 2}
(a, b), c = 1, 2
a, *b = 1
[a] = []
[a, b] = range(2)
*a, b = "xyz"
min([])
max([])
x = [1, 2]; x[0:1] = 1
'''

for line in cases.strip().split("\n"):
    try:
        target = line.split("=")[0]
        if "=" in line and "==" not in line and "lambda" not in line and "(" not in target.replace("(a, b)", "") and "{" not in target:
            exec(line)
            print(line, "->", "ok")
        else:
            print(line, "->", repr(eval(line)))
    except Exception as e:
        print(line, "->", type(e).__name__, e)
