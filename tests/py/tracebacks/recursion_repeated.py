# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# RecursionError: identical frames collapse into "[Previous line repeated N more times]".
def countdown(n):
    return countdown(n - 1)

countdown(10)
