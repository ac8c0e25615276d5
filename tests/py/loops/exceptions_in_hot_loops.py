# exceptions raised and caught inside long loops, occasionally and frequently
def parse_all(items):
    good = bad = 0
    for s in items:
        try:
            good += int(s)
        except ValueError:
            bad += 1
    return good, bad
items = [str(i) if i % 50 else "x" + str(i) for i in range(10000)]
print(parse_all(items))
def lookup_all(keys, table):
    hits = misses = 0
    for k in keys:
        try:
            hits += table[k]
        except KeyError:
            misses += 1
    return hits, misses
table = {i: i * 2 for i in range(0, 3000, 3)}
print(lookup_all(range(3000), table))
def divide_all(n):
    total = 0.0
    for i in range(-n, n):
        try:
            total += 1 / i
        except ZeroDivisionError:
            total += 1000
    return round(total, 9)
print(divide_all(5000))
def index_walk(seq):
    i = 0
    count = 0
    while True:
        try:
            seq[i]
        except IndexError:
            return count
        count += 1
        i += 1
print(index_walk(list(range(12345))))
def finally_counter(n):
    c = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                continue
            if i == n - 1:
                break
        finally:
            c += 1
    return c
print(finally_counter(10000))
