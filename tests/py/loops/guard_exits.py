# loops that mostly take one branch and occasionally another, at varying iteration counts
def classify_all(n):
    counts = [0, 0, 0, 0]
    for i in range(n):
        if i % 97 == 0:
            counts[0] += 1
        elif i % 13 == 0:
            counts[1] += 1
        elif i & 1:
            counts[2] += 1
        else:
            counts[3] += 1
    return counts
for n in (1, 2, 13, 97, 98, 1000, 20000):
    print(n, classify_all(n))
def first_negative(values):
    for i, v in enumerate(values):
        if v < 0:
            return i
    return -1
data = list(range(5000))
print(first_negative(data))
data[4321] = -1
print(first_negative(data))
data[7] = -5
print(first_negative(data))
def sum_until(limit):
    total = 0
    i = 0
    while True:
        total += i
        i += 1
        if total > limit:
            break
    return i, total
print([sum_until(l) for l in (0, 1, 10, 10 ** 4, 10 ** 6)])
def nested(n):
    out = 0
    for i in range(n):
        for j in range(i):
            if j == 50:
                break
            if (i + j) % 7 == 0:
                continue
            out += i * j
    return out
print(nested(10), nested(100), nested(400))
