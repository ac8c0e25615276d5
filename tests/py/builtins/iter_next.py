# iter/next: default values, sentinel form, iterators over each built-in type, exhaustion
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
data = [5, 4, 3, 0, 2]
pos = iter(data)
print(list(iter(lambda: next(pos), 0)))
calls = [0]
def tick():
    calls[0] += 1
    return calls[0]
print(list(iter(tick, 4)))
for obj in ["ab", b"ab", (1, 2), {"k": 1, "j": 2}, {7}, range(2), bytearray(b"z"), {"a": 1}.items(), frozenset([9])]:
    i = iter(obj)
    print(type(obj).__name__, list(i), list(i), iter(i) is i)
s = "xyz"
i1, i2 = iter(s), iter(s)
print(next(i1), next(i1), next(i2))
lst = [1, 2, 3]
li = iter(lst)
next(li)
lst.append(4)
print(list(li))
lst2 = [1, 2, 3]
li2 = iter(lst2)
next(li2)
lst2.clear()
print(list(li2))
r = reversed([1, 2, 3])
print(next(r), list(r), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
e = enumerate("ab")
print(next(e), next(e), next(e, "end"))
