# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# AttributeError on an instance suggests the closest attribute name.
class Point:
    def __init__(self, x, y):
        self.x_coord = x
        self.y_coord = y

p = Point(1, 2)
print(p.x_coord)
print(p.x_cord)
