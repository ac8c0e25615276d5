# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# Frames outermost first; "return f(...)" lines get no carets, a module-level call does.
def inner(values):
    return values["missing"]

def middle(values):
    return inner(values)

def outer():
    data = {"present": 1}
    result = middle(data) + 1
    return result

outer()
