# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# A failing call that spans several lines: first and last lines printed, the middle elided.
def combine(a, b, c, d, e):
    return a + b + c + d + e

total = combine(
    1,
    2,
    3,
    4,
    "five",
)
