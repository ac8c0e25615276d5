# range() of small ints takes a fast path; big bounds, bools and errors behave as before.
print(range(5), range(2, 9), range(9, 2, -3))
print(list(range(2, 10, 3)), list(range(10, 0, -4)), list(range(-3)))
print(len(range(-2**62, 2**62 - 1)), len(range(0, 2**62, 3)))
print(range(2**62 - 1)[-1], range(-2**62, 0)[0])
print(range(True), list(range(False, True)))
print(range(2**70, 2**70 + 2), list(range(2**70, 2**70 + 2)))
print(range(1, 10, 2) == range(1, 11, 2), hash(range(3)) == hash(range(0, 3)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    range()
except TypeError as e:
    print(e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print(e)
r = range(0, 20, 5)
print(r.start, r.stop, r.step, 15 in r, 16 in r, r.index(10), r[1:3])
