# match: sequence patterns with fixed length, star patterns, nesting; str/bytes are not sequences here
def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one({a})"
        case [a, b]:
            return f"two({a},{b})"
        case [first, *middle, last] if len(middle) > 2:
            return f"long({first}..{last}, {len(middle)} inside)"
        case [0, *rest]:
            return f"starts with zero, rest={rest}"
        case [*init, 9]:
            return f"ends with nine, init={init}"
        case [_, _, *_]:
            return "three or more"
print([shape(v) for v in [[], [1], (1, 2), [1, 2, 3], [0, 5, 6], [5, 6, 9], list(range(8)), range(3)]])
for v in ["ab", b"ab", bytearray(b"ab"), {"a": 1}, {1, 2}, iter([1, 2]), (x for x in [1, 2])]:
    match v:
        case [x, y]:
            print(type(v).__name__, "matched as sequence", x, y)
        case _:
            print(type(v).__name__, "not a sequence pattern match")
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print("nested", a, b, c, d)
match (1, 2, 3):
    case [1, *rest]:
        print("tuple matched list pattern", rest, type(rest).__name__)
match [1, 2]:
    case (a, b):
        print("list matched tuple pattern", a, b)
match []:
    case [*everything]:
        print("star captures empty", everything)
def points(p):
    match p:
        case (0, 0):
            return "origin"
        case (x, 0):
            return f"on x axis at {x}"
        case (0, y):
            return f"on y axis at {y}"
        case (x, y) if x == y:
            return "diagonal"
        case (x, y):
            return f"point {x},{y}"
        case _:
            return "not a point"
print([points(p) for p in [(0, 0), (3, 0), (0, -2), (4, 4), (1, 2), (1, 2, 3), "xy"]])
match [1, 2, 3, 4, 5]:
    case [a, b, *_, e]:
        print(a, b, e)
