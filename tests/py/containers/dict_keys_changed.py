# Iterating a dict whose keys are replaced (same size) is detected.
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)

d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d.values():
        d.pop("a", None)
        d["z" + str(k)] = k
except RuntimeError as e:
    print("RuntimeError:", e)

d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
