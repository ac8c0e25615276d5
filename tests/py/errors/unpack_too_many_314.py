# expected: hand-written (3.14 adds the actual count for list/tuple/dict right-hand sides)
a, b = (1, 2)
print(a, b)
first, second = [1, 2, 3]
