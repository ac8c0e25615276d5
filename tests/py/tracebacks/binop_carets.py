# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# A binary operation inside an expression gets ~ under the operands and ^ under the operator.
def ratio(a, b):
    scaled = a * 100
    return scaled / b + 1
print(ratio(1, 4))
print(ratio(3, 0))
