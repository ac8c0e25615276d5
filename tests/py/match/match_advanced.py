# match: nested combinations of sequence, mapping, class, OR and AS patterns; bindings in alternatives
def evaluate(node):
    match node:
        case int(n) | float(n):
            return n
        case ("+", left, right):
            return evaluate(left) + evaluate(right)
        case ("*", left, right):
            return evaluate(left) * evaluate(right)
        case ("-", operand):
            return -evaluate(operand)
        case ("sum", *operands) if operands:
            return sum(evaluate(o) for o in operands)
        case {"op": "max", "args": [first, *rest]}:
            return max([evaluate(first)] + [evaluate(r) for r in rest])
        case {"const": str() as name} if name in ("pi", "e"):
            return {"pi": 3.14159, "e": 2.71828}[name]
        case _:
            raise ValueError(f"bad node {node!r}")
tree = ("+", 1, ("*", 2, ("-", 3)))
print(evaluate(tree))
print(evaluate(("sum", 1, 2, 3.5, ("-", 1))))
print(evaluate({"op": "max", "args": [1, ("*", 3, 3), 4]}))
print(evaluate({"const": "pi"}), evaluate(("*", {"const": "e"}, 2)))
for bad in [("sum",), {"const": "tau"}, ("?", 1, 2), [1, 2, 3]]:
    try:
        evaluate(bad)
    except ValueError as e:
        print(e)
def where(point):
    match point:
        case [x, y] | (x, y, 0):
            return f"2d-ish {x},{y}"
        case [x, y, z] if z > 0:
            return f"above {x},{y},{z}"
        case [*coords]:
            return f"{len(coords)} coords"
        case {"x": x, "y": y, **extra} if not extra:
            return f"dict point {x},{y}"
        case {"x": x, **extra}:
            return f"dict with extras {sorted(extra)}"
print([where(p) for p in [[1, 2], (1, 2, 0), (1, 2, 3), (1, 2, -3), [], {"x": 1, "y": 2}, {"x": 1, "z": 0, "w": 1}]])
match {"user": {"name": "ann", "roles": ["admin", "dev"]}}:
    case {"user": {"name": str(name), "roles": [*_, "dev"] as roles}}:
        print(name, roles)
match [(1, 2), (3, 4)]:
    case [(a, b), (c, d)] if a < c:
        print(a + b + c + d)
match 42:
    case (1 | 2 | 3) as small:
        print("small", small)
    case (40 | 41 | 42) as near:
        print("near forty", near)
