# while loops with else, break, continue and complex conditions
i = 0
total = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    total += i
print("odd sum", total)

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz 27 steps", steps)

def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print("not found", target)

find([4, 8, 15, 16, 23, 42], 16)
find([4, 8, 15, 16, 23, 42], 7)
find([], 1)

k = 0
while True:
    k += 1
    if k > 100:
        break
print("k", k)

a, b = 0, 1
fibs = []
while a < 200:
    fibs.append(a)
    a, b = b, a + b
print(fibs)

count = 3
while count:
    print("countdown", count)
    count -= 1
else:
    print("liftoff")

outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            inner += 1
            continue
        print(outer, inner, end="; ")
        inner += 1
    outer += 1
print()
