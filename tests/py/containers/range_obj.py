# range objects: iteration, indexing, slicing, len, membership, equality, repr, errors
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], list(r[::-2]), 5 in r, 6 in r, r.index(11), r.count(8))
print(range(5), range(0), range(-3), list(range(5, 0, -1)), list(range(0, -10, -3)), range(1, 10, 2)[1:])
try:
    len(range(10 ** 20))
except OverflowError:
    print("OverflowError from len()")
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), range(0, 10 ** 30, 7)[10 ** 20])
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 2, 5) == range(1, 6, 10), range(3) == [0, 1, 2])
print(list(range(10)[2:8:2]), range(10)[::-1], range(10)[-3:], range(1, 4)[5:], bool(range(0)), bool(range(1)))
print(hash(range(3)) == hash(range(0, 3, 1)), list(reversed(range(4))), sum(range(101)), max(range(5)), min(range(1, 5)))
print(r.start, r.stop, r.step, range(7).step, 2.0 in range(3), 2.5 in range(3))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError", e)
try:
    range(3).index(7)
except ValueError as e:
    print("ValueError", e)
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
print([i for i in range(3, -4, -2)], list(range(-5, -1)), range(True, 3), list(range(int("4"))))
print(repr(range(0, 5, 1)), str(range(1, 2, -1)), list(range(1, 2, -1)), len(range(10, 0, -3)))
