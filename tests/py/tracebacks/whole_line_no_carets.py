# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# A raise statement that is the whole line gets no caret line; an assert inside a function neither.
def validate(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n

validate(1)
validate(-5)
