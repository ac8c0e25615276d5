# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# raise ... from None hides the context entirely.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(key) from None

lookup({}, "k")
