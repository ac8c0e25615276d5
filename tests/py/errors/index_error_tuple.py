# uncaught IndexError from a tuple and from a string
pair = (1, 2)
print(pair[1], "ab"[1])
print(pair[2])
