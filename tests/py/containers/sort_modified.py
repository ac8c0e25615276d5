# A key function or comparison that changes the list being sorted is detected.
l = [3, 1, 2]


def grow(x):
    l.append(x)
    return x


try:
    l.sort(key=grow)
except ValueError as e:
    print("ValueError:", e)
print(l)


class Item:
    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __lt__(self, other):
        self.target.append(0)
        return self.v < other.v


m = []
m.extend([Item(2, m), Item(1, m)])
try:
    m.sort()
except ValueError as e:
    print("ValueError:", e)
print([i.v for i in m])

# Reading the list during the sort sees it empty, which is allowed.
n = [3, 1, 2]
print(sorted(n, key=lambda x: (len(n), x)) == [1, 2, 3], n)
n.sort(key=lambda x: len(n) + x)
print(n)
