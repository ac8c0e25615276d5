# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# Chained user exceptions (raise from), a note, and a nested exception class.
class Store:
    class NotFound(LookupError):
        pass

    def __init__(self):
        self.data = {}

    def get(self, key):
        try:
            return self.data[key]
        except KeyError as e:
            err = Store.NotFound(key)
            err.add_note(f"store has {len(self.data)} keys")
            raise err from e

Store().get("missing")
