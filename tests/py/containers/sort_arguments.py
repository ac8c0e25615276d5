# expected: python3.13 (3.12+ takes any object's truth value for reverse=; 3.11 wanted an int)
# sorted()/list.sort() keyword handling.
print(sorted([3, 1, 2], reverse=1), sorted([3, 1, 2], reverse=False), sorted("bca", reverse=True))
for flag in [None, 1.5, "yes", "", [], [0]]:
    l = [2, 3, 1]
    l.sort(reverse=flag)
    print(repr(flag), sorted([2, 3, 1], reverse=flag), l)
l = [("b", 2), ("a", 2), ("c", 1)]
l.sort(key=lambda p: p[1], reverse=True)
print(l)
