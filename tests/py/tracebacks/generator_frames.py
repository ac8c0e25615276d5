# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# Frames inside generators are named after the generator function; lambda frames are <lambda>.
def numbers():
    yield 1
    yield 2 / 0

convert = lambda it: [x * 2 for x in it]
print(convert(numbers()))
