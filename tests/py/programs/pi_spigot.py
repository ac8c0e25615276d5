# digits of pi with Gibbons' unbounded spigot (big-int heavy generator)
def pi_digits():
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while True:
        if 4 * q + r - t < n * t:
            yield n
            q, r, t, k, n, l = 10 * q, 10 * (r - n * t), t, k, (10 * (3 * q + r)) // t - 10 * n, l
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
digits = []
for d in pi_digits():
    digits.append(str(d))
    if len(digits) == 300:
        break
text = digits[0] + "." + "".join(digits[1:])
for i in range(0, len(text), 60):
    print(text[i:i + 60])
counts = {}
for ch in text[2:]:
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
