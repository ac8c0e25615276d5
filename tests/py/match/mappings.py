# match: mapping patterns, **rest, key lookup without consuming, nested mappings, non-dict mappings
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={rest}"
        case {"type": "scroll", "delta": int() | float() as d}:
            return f"scroll {d}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty or untyped mapping"
        case _:
            return "not a mapping"
events = [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "q", "mods": ["ctrl"], "t": 1},
          {"type": "scroll", "delta": -3.5}, {"type": "scroll", "delta": "x"}, {"other": 1}, {},
          [("type", "click")], {"type": "click", "pos": (1, 2), "extra": True}]
for e in events:
    print(handle(e))
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **others}:
        print("others", others)
match {1: "int key", "1": "str key"}:
    case {1: v1, "1": v2}:
        print(v1, "|", v2)
match {"outer": {"inner": [1, {"deep": "found"}]}}:
    case {"outer": {"inner": [_, {"deep": value}]}}:
        print(value)
match {"k": None}:
    case {"k": None}:
        print("None value matched")
match {}:
    case {"k": _}:
        print("not here")
    case {**rest}:
        print("empty rest", rest)
match {True: "t"}:
    case {1: v}:
        print("True key matched by 1:", v)
