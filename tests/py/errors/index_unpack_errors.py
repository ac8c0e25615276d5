# expected: python3.13 (3.14 messages)
# Indexing with bad or huge indices, item assignment and deletion, augmented assignment
# between mismatched types, unpacking errors and ordering comparisons.
cases = r'''
x = [1, 2]; x[10**20]
x = [1, 2]; x[-10**20]
x = "ab"; x[10**20]
x = (1,); x[None]
x = [1]; x[None:1]
x = [1]; x["a":1]
x = [1, 2, 3]; x[::-0]
x = "abc"; x[::0]
x = b"abc"; x[1.5]
x = range(5); x[1.5]
x = range(5); x[10**20]
x = {1: 2}; x[1, 2]
x = [1]; x[1, 2]
x = "a"; x[1, 2]
x = [1, 2]; del x[5]
x = [1, 2]; del x["a"]
x = [1]; x.append = 1
x = 1; x.real = 2
x = 1; del x.real
a, b = None
a, b = 1.5
(a, b), c = [1, 2], 3
(a, b), c = [1], 3
a, *b, c, d = [1, 2]
*a, = 1
a, b = iter([1])
a, b = iter([1, 2, 3])
for a, b in [1]: pass
x = [1]; x += 1
x = (1,); x += [1]
x = "a"; x += 1
x = {1}; x |= [1]
x = {1: 2}; x |= 1
x = {1: 2}; x |= [(3, 4)]
x = [1]; x *= "a"
x = 1; x @= 2
x = "a"; x -= "a"
x = None; x += 1
x = 1; x <<= -1
x = 1; x >>= -1
x = 1; x <<= 10**20
x = 2 ** 10**8 if False else 0; x
list(range(3))[1:2] == [1]
[1, 2] == (1, 2)
sorted([[1], (1,)])
max([1, "a"])
min([None, None])
sorted([None, 1])
sorted([{1}, {2}])
sorted([1j, 2j])
[1j] < [2j]
(1, 1j) < (1, 2j)
{1: 2} == {1: 2.0}
float("nan") in [float("nan")]
x = 1; x <<= 2**62
x = 1; x = x << 10**20
x = 1; x = x << -1
'''

for line in cases.strip().split("\n"):
    try:
        exec(line)
        print(line, "->", "ok")
    except Exception as e:
        print(line, "->", type(e).__name__, e)
