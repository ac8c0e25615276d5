# match: class patterns on built-in types, OR patterns, AS patterns, guards, value patterns
import math
def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(0) | float(0.0):
            return "numeric zero"
        case int(n):
            return f"int {n}"
        case float(f) if math.isnan(f):
            return "nan"
        case float(f):
            return f"float {f}"
        case complex(real=r, imag=i):
            return f"complex {r} {i}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s}"
        case bytes(b) | bytearray(b):
            return f"binary {b!r}"
        case list([]) | tuple(()):
            return "empty sequence"
        case list(items) | tuple(items):
            return f"sequence of {len(items)}"
        case dict(d):
            return f"dict with {len(d)}"
        case set() | frozenset():
            return "a set"
        case None:
            return "None"
        case _:
            return f"other {type(x).__name__}"
for v in [True, -4, 0, 0.0, 7, float("nan"), 2.5, 3 + 4j, "", "hi", b"b", bytearray(b"ba"), [], (), [1, 2], (1,),
          {"a": 1}, {1}, frozenset(), None, range(2), print]:
    print(repr(v), "->", kind(v))
def constant(v):
    match v:
        case math.pi:
            return "pi"
        case math.e:
            return "e"
        case math.inf:
            return "inf"
        case _:
            return "other"
print(constant(math.pi), constant(2.718281828459045), constant(float("inf")), constant(3))
match [1, (2, 3)]:
    case [1 | 2 as first, (2 | 3, _) as pair]:
        print("as patterns", first, pair)
match 5:
    case int() as n if n > 10:
        print("big")
    case int() as n if n > 3:
        print("medium", n)
match (1, "a"):
    case (int(), str()) | (str(), int()):
        print("mixed pair")
match 3.0:
    case int():
        print("not int")
    case float(3):
        print("float(3) matches 3.0")
guard_calls = []
def g(v):
    guard_calls.append(v)
    return False
match 1:
    case 1 if g("first"):
        pass
    case 1 if g("second"):
        pass
    case _:
        print("guards evaluated:", guard_calls)
match "s":
    case str(x) if (y := x * 2):
        print("walrus in guard", y)
