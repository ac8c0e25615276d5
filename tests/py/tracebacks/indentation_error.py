# expected: python3.13 (3.14 SyntaxError layout, which 3.13 shares; checked against notes/cpython-errors-and-cli.md §2.1)
# An IndentationError names the statement that opened the block.
print("never")
if True:
print("not indented")
