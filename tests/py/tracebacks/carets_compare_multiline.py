# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# Comparisons are not anchored (all ^); a binary operation spanning lines gets carets on each line.
def check(limit, value):
    if value < limit:
        return "low"
    return "high"

def total(a, b):
    return (a +
            b)

print(check(3, 5))
try:
    check(3, "x")
except TypeError as e:
    print("caught", e)
total(1,
      "two")
