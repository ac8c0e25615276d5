# set methods and operators, subset relations, errors
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a.union(b, [9]), a.intersection(b, {4}), a.difference([1], (2,)))
print(a.symmetric_difference([4, 6]), a <= b, {3} <= b, {3} < b, b < b, b <= b, a >= {1, 2}, a > a, a.issubset(range(10)), a.issuperset([1]))
print(a.isdisjoint({9}), a.isdisjoint(b), a == {4, 3, 2, 1}, a != b, 3 in a, 9 not in a)
c = set(a)
c.update([10, 11], {12})
c.intersection_update(range(0, 20, 2))
print(c)
c.difference_update({2})
c.symmetric_difference_update({4, 100})
print(c)
c.add(7)
c.add(7)
print(c, len(c))
try:
    c.remove(999)
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {1} | [2]
except TypeError as e:
    print("TypeError", e)
try:
    {1} < [2]
except TypeError as e:
    print("TypeError", e)
try:
    {[1]}
except TypeError:
    print("TypeError unhashable")
d = a.copy()
d.clear()
print(d, a)
e = {1, 2}
e |= {3}
e &= {2, 3, 4}
e -= {9}
e ^= {2, 7}
print(e)
print(set("hello") == set("olleh"), len(set("mississippi")), sorted(set("mississippi")))
try:
    for x in e:
        e.add(x + 100)
except RuntimeError as err:
    print("RuntimeError", err)
print(set.union({1}, {2}), {1, 2}.__contains__(1), {1}.__len__(), type({1}).__name__)
print(min({5, 3, 9}), max({5, 3, 9}), sum({1, 2, 3}), sorted({3, 1, 2}, reverse=True), any(set()), all(set()))
