# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# Since 3.12 comprehensions are inlined: the failing frame is the enclosing function.
def reciprocals(values):
    return [1 / v for v in values]

def report():
    table = {v: r for v, r in zip([1, 2], reciprocals([1, 2]))}
    return table, reciprocals([4, 0])

report()
