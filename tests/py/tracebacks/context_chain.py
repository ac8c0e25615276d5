# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# Implicit chaining: "During handling of the above exception, another exception occurred:"
def parse(text):
    try:
        return int(text)
    except ValueError:
        return fallback[text]

fallback = {}
print(parse("12"))
parse("x")
