# generator pipelines, lazy evaluation order, infinite generators with early exit
log = []
def numbers(n):
    for i in range(n):
        log.append(f"produce {i}")
        yield i
def squares(it):
    for x in it:
        log.append(f"square {x}")
        yield x * x
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(3, squares(numbers(10)))))
print(log)
def naturals():
    n = 0
    while True:
        yield n
        n += 1
evens = (n for n in naturals() if n % 2 == 0)
first = [next(evens) for _ in range(5)]
print(first)
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
p = primes()
print([next(p) for _ in range(15)])
total = sum(x * x for x in range(1000) if x % 7 == 3)
print(total)
lines = ["a=1", "# comment", "b = 2", "", "c=3"]
pairs = (line.split("=") for line in lines if line and not line.startswith("#"))
print(dict((k.strip(), int(v)) for k, v in pairs))
def windows(seq, n):
    it = iter(seq)
    window = []
    for x in it:
        window.append(x)
        if len(window) == n:
            yield tuple(window)
            window.pop(0)
print(list(windows(range(6), 3)))
gen = (i for i in range(3))
print(sum(gen), sum(gen))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
def running_sum(it):
    s = 0
    for x in it:
        s += x
        yield s
print(list(running_sum(range(1, 11))))
print(any(x > 3 for x in naturals()), next(x for x in naturals() if x * x > 200))
