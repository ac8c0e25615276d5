# uncaught ValueError from unpacking too few values
a, b = 1, 2
print(a, b)
x, y, z = [1, 2]
