# A reverse iterator over a sequence that shrank ends instead of raising IndexError.
l = [1, 2, 3]
r = reversed(l)
l.pop()
print(list(r))

l = [1, 2, 3]
r = reversed(l)
print(next(r))
l.clear()
print(list(r))


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10


s = Seq(3)
r = reversed(s)
s.n = 1
print(list(r))
