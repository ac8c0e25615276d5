# range.count / range.index / `in` with non-int arguments fall back to equality search
r = range(0, 10, 2)
print(r.count(4.0), r.count(4), r.count(5.0), r.count("4"), r.count(True))
print(r.index(4.0), r.index(True - 1), 4.0 in r, 3.0 in r, "a" in r)
for bad in (5.0, "x", None):
    try:
        r.index(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    r.index(5)
except ValueError as e:
    print("ValueError", e)
big = range(10**20, 10**20 + 5)
print(big.count(float(10**20)), (10**20 + 4) in big, big.index(10**20 + 3))
