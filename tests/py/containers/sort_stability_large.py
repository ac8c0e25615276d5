# Timsort on large inputs: stability with many equal keys, presorted runs, reverse runs, key/reverse combos
def merge_sort(items, key):
    if len(items) <= 1:
        return items[:]
    mid = len(items) // 2
    left, right = merge_sort(items[:mid], key), merge_sort(items[mid:], key)
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    return out + left[i:] + right[j:]
state = 2024
records = []
for i in range(6000):
    state = (state * 1103515245 + 12345) % 2 ** 31
    records.append((state % 37, i))
by_key = sorted(records, key=lambda r: r[0])
print(by_key == merge_sort(records, lambda r: r[0]), by_key[:5], by_key[-3:])
rev = sorted(records, key=lambda r: r[0], reverse=True)
print(rev[:4], [r[1] for r in rev if r[0] == 36][:6] == [r[1] for r in records if r[0] == 36][:6])
runs = list(range(1000)) + list(range(999, -1, -1)) + list(range(500, 1500)) + [7] * 300
print(sorted(runs) == merge_sort(runs, lambda v: v), sorted(runs)[::500], len(runs))
desc = list(range(5000, 0, -1))
desc.sort()
print(desc[:3], desc[-3:])
equal = [(0, i) for i in range(3000)]
equal.sort(key=lambda t: t[0], reverse=True)
print(equal[:3] == [(0, 0), (0, 1), (0, 2)], equal == [(0, i) for i in range(3000)])
strings = ["k%03d" % ((i * 7919) % 1000) for i in range(3000)]
print(sorted(strings)[:4], sorted(strings, key=lambda s: s[-1])[:4], sorted(set(strings)) == sorted(strings)[::3])
floats = [((i * 37) % 101) / 7 for i in range(2000)]
print(sorted(floats)[:3], sorted(floats, reverse=True)[:3], sorted(floats, key=lambda f: -f) == sorted(floats, reverse=True))
mixed_num = [3, 2.5, True, 0, -1.5, 10 ** 20, 7, 2.0, 2]
print(sorted(mixed_num), sorted(mixed_num, key=lambda v: (v % 2, v)))
nested = [[i % 3, -i] for i in range(30)]
nested.sort()
print(nested[:4], nested[-2:])
