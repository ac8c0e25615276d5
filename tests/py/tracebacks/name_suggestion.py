# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# NameError with a "Did you mean" suggestion from the locals of the failing frame.
def total_price(items):
    subtotal = sum(items)
    return subtotl * 1.2

print(total_price([1, 2]))
