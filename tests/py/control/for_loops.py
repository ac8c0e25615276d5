# for loops over many iterables, else clauses, break/continue, loop variable after loop
for i in range(3):
    print("range", i)
print("after loop i =", i)

for ch in "héllo":
    print(ch, end="|")
print()

for k in {"b": 1, "a": 2, "c": 3}:
    print("key", k)

for a, b in [(1, 2), (3, 4)]:
    print("pair", a, b)

for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print("nested", a, b, c)

for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print("for-else ran")

for x in [1, 5, 3]:
    if x == 5:
        print("breaking at", x)
        break
else:
    print("not printed")

for x in []:
    print("never")
else:
    print("empty for-else ran")

primes = []
for n in range(2, 40):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)

result = []
for i in range(10):
    if i % 3 == 0:
        continue
    result.append(i)
print(result)

lst = [1, 2, 3]
for item in lst:
    if item < 4:
        lst.append(item + 3)
print(lst)

d = {}
for d["key"] in range(3):
    pass
print(d)
for i in range(5, 0, -2):
    print("down", i)
