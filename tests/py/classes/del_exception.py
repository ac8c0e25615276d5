# expected: python3.13 (an exception in __del__ is reported on stderr and ignored)
class Bad:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("Bad.__del__", self.n)
        raise ValueError("boom %d" % self.n)


b = Bad(1)
del b
print("still running")


def f():
    x = Bad(2)
    return "returned"


print(f())
try:
    b = Bad(3)
    del b
    print("no exception reaches the caller")
except ValueError:
    print("not reached")
print("done")
