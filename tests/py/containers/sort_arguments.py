# sorted()/list.sort() keyword handling: reverse must be an int (bools are ints).
print(sorted([3, 1, 2], reverse=1), sorted([3, 1, 2], reverse=False), sorted("bca", reverse=True))
for bad in [None, 1.5, "yes"]:
    try:
        sorted([2, 1], reverse=bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        [2, 1].sort(reverse=bad)
    except TypeError as e:
        print("TypeError", e)
l = [("b", 2), ("a", 2), ("c", 1)]
l.sort(key=lambda p: p[1], reverse=True)
print(l)
