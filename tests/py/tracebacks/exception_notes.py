# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# add_note(): notes are printed after the final line, one per line.
def check(value):
    try:
        int(value)
    except ValueError as error:
        error.add_note(f"while checking {value!r}")
        error.add_note("second note\nspans two lines")
        raise

check("12")
check("twelve")
