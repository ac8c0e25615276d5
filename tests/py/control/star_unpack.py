# star-unpacking in assignments, displays and calls
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
first, *_, last = [10]*1 + [20, 30]
print(first, last, _)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
[x, [y, *z]] = [1, [2, 3, 4]]
print(x, y, z)
print([*range(3), *"ab", *(9,)])
print((*[1, 2], 3))
print({*[1, 2], *(2, 3)})
print({**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2, 3], sep="-")
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"x": 1}, y=2, **{"z": 3}))
head, *tail = "hello"
print(head, tail)
for p, *q in [(1, 2, 3), (4,), (5, 6)]:
    print(p, q)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError raised")
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
a = b = [1, 2]
a, b = b, a
print(a is b)
x, y = 1, 2
x, y = y, x
print(x, y)
a, b, c = {"k1": 1, "k2": 2, "k3": 3}
print(a, b, c)
