# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# A user exception with no arguments prints only its qualified name; the context chain shows
# the handler's exception first.
class Empty(Exception):
    pass

class Other(Exception):
    def __str__(self):
        return "custom str"

def handler():
    try:
        raise Other()
    except Other:
        raise Empty

handler()
