# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# An uncaught ExceptionGroup is printed in the box format with numbered sub-exceptions.
def validate(items):
    errors = []
    for item in items:
        if not isinstance(item, int):
            errors.append(TypeError(f"not an int: {item!r}"))
        elif item < 0:
            errors.append(ValueError(f"negative: {item}"))
    if errors:
        raise ExceptionGroup("validation failed", errors)

validate([1, 2])
validate([1, "x", -3])
