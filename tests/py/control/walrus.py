# assignment expressions (PEP 572) in many positions
data = [1, 4, 9, 16, 25, 36]
if (n := len(data)) > 3:
    print("long list", n)

values = [y for x in data if (y := x % 7) > 2]
print(values, "y leaked:", y)

i = 0
while (chunk := data[i:i + 2]):
    print("chunk", chunk)
    i += 2

print((a := 10) + a, a)
total = 0
print([total := total + x for x in range(5)], total)

def f(x):
    return (z := x * 3) + z
print(f(4))

print(any((hit := x) > 10 for x in data), hit)
print(all((miss := x) < 20 for x in data), miss)

pairs = {k: (sq := k * k) for k in range(4)}
print(pairs, sq)
print([(w := c.upper()) + w for c in "ab"])

def counter():
    results = []
    for word in ["apple", "kiwi", "banana", "fig"]:
        if (length := len(word)) > 3:
            results.append((word, length))
    return results, length
print(counter())
x = (q := 5, 6)
print(x, q)
print(f"{(r := 3)!r:>4}", r)
