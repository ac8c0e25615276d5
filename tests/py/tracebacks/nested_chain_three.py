# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# Three exceptions chained: cause then context, printed oldest first.
def level_one():
    return {}["a"]

def level_two():
    try:
        level_one()
    except KeyError as e:
        raise ValueError("level two") from e

def level_three():
    try:
        level_two()
    except ValueError:
        raise TypeError("level three")

level_three()
