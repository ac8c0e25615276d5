# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# AttributeError suggestion and carets under the attribute access.
items = [3, 1, 2]
items.sort()
items.apend(4)
