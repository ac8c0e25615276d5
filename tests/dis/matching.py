# Structural pattern matching.
def match(subject):
    match subject:
        case [1, *rest]:
            return rest
        case (x, y):
            return x + y
        case {"k": v, **others}:
            return v, others
        case Point(1, y=2):
            return 0
        case str() | bytes():
            return 1
        case _:
            return None
