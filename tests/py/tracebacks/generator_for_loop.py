# expected: python3.13 with the 3.14 message "division by zero" for int // (notes/cpython-errors-and-cli.md)
# An uncaught error raised inside a generator that a for loop is driving: the traceback
# shows the loop line, then the generator's frames.
def inner(n):
    for i in range(n):
        yield 10 // (2 - i)


def outer(n):
    for v in inner(n):
        yield v + 1


def main():
    total = 0
    for v in outer(5):
        total += v
    return total


main()
