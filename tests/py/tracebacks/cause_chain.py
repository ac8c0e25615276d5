# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# Explicit chaining with raise ... from: "The above exception was the direct cause ..."
def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as error:
        raise RuntimeError(f"setting {key!r} is required") from error

read_setting({"a": 1}, "a")
read_setting({}, "b")
