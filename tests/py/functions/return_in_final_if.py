# A function whose body ends in `if ...: return x` returns None when the test fails.
def find(items, wanted):
    for x in items:
        if x == wanted:
            return x


def maybe(flag):
    value = flag and "yes"
    if value is not None and flag:
        return (value, flag)


class Box:
    registry = {}

    def peek(self):
        info = Box.registry.get(self)
        obj = info if info is not None else None
        if obj is not None:
            return obj


print(find([1, 2, 3], 2), find([1, 2, 3], 5))
print(maybe(True), maybe(False), maybe(0))
print(Box().peek())
