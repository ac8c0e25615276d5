# if/elif/else chains, truthiness of every built-in kind of value
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in [-5, 0, 3, 9, 10, 1000]:
    print(n, classify(n))

values = [0, 1, -1, 0.0, -0.0, 0.5, 0j, 1j, "", "a", " ", [], [0], (), (None,),
          {}, {0: 0}, set(), {0}, None, True, False, range(0), range(1), b"", b"\x00",
          bytearray(), frozenset(), float("nan")]
for v in values:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

x = 5
if x > 3:
    if x > 4:
        print("nested both")
    else:
        print("nested outer only")
if not x:
    print("not reached")
elif x == 5 and x != 4 or x / 0:
    print("short-circuit avoided division")
y = 0
if y:
    pass
else:
    print("else taken")
if (z := x * 2) > 8:
    print("walrus in if", z)
print("done")
