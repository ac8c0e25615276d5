# match: subject evaluation once, binding after failed case, irrefutable rules, match as a soft keyword
calls = []
def subject():
    calls.append(1)
    return [1, 2]
match subject():
    case [0, _]:
        pass
    case [1, x]:
        print("x =", x)
print("subject evaluated", len(calls), "time(s)")
match = "match is a soft keyword"
case = "so is case"
print(match, case)
match = [match]
match match:
    case [str(s)]:
        print("matched on a variable named match:", s[:5])
def interpret(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return f"picking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
        case []:
            return "nothing"
for c in ["go north", "go up", "pick up sword shield", "pick up", "quit", "exit", "", "dance now"]:
    print(repr(c), "->", interpret(c))
def no_match(v):
    match v:
        case 1:
            return "one"
    return "fell through"
print(no_match(2))
results = []
for item in [(1, 2), [3, 4, 5], {"x": 1}, "str", 10]:
    match item:
        case (a, b):
            results.append(("pair", a + b))
        case [a, *rest]:
            results.append(("list", a, rest))
        case {"x": val}:
            results.append(("map", val))
        case str() | int():
            results.append(("scalar", item))
print(results)
match (1, 2):
    case (first_item, 3):
        pass
    case (_, second_item):
        print("second case bound", second_item)
