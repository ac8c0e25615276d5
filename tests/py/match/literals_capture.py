# match: literal patterns, capture, wildcard, None/True/False, negative and complex literals, strings
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case -1 + 2j:
            return "complex literal"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case other:
            return f"other: {other!r}"
for v in [0, 1, 3, -1, 1.5, 2j, -1 + 2j, "hello", b"raw", None, True, False, 4, "x", 0.0, 1.0, [], (1,)]:
    print(repr(v), "->", describe(v))
match 42:
    case _:
        print("wildcard matched")
match "text":
    case captured:
        print("captured", captured)
print("captured still bound:", captured)
def truthy_vs_literal(v):
    match v:
        case True:
            return "is True"
        case 1:
            return "equals 1"
        case _:
            return "neither"
print(truthy_vs_literal(1), truthy_vs_literal(True), truthy_vs_literal(1.0), truthy_vs_literal("1"))
match "abc":
    case "a" "bc":
        print("implicit concatenation literal")
match -0.0:
    case 0:
        print("-0.0 matches 0")
