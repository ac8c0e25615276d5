# floor division and modulo follow the sign of the divisor, for ints and floats
for a in [7, -7, 0, 1, -1, 13, -13]:
    row = []
    for b in [3, -3, 1, -1, 7, -7]:
        row.append((a // b, a % b))
    print(a, row)
for a in [7.5, -7.5, 0.0, -0.0]:
    print(a, a // 2, a % 2, a // -2, a % -2, divmod(a, 2.5), divmod(a, -2.5))
print(-1 % 10 ** 20, -(10 ** 20) % 7, (10 ** 20) // -3, -(10 ** 20) // 3)
print(divmod(-10 ** 30, 7), divmod(10 ** 30, -7))
print(5 % 1.5, -5 % 1.5, 5 // 1.5, -5 // 1.5)
print(1e300 % 3, -1e-300 % 1.0, 1e-300 % -1.0)
print(6 // 0.1, 6 % 0.1)
print(3 % -0.0 if False else "skip", -0.0 % 1.0, 0.0 % -1.0)
for op in [lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1.0 // 0, lambda: 1.0 % 0.0, lambda: 5 // 0.0]:
    try:
        op()
    except ZeroDivisionError:
        print("ZeroDivisionError")
print(True // 2, True % 2, -True // 2, -True % 2)
big = 2 ** 100 + 1
print(big // 3, big % 3, -big // 3, -big % 3, big // -big, big % -big)
print(divmod(big, 2 ** 50), divmod(-big, 2 ** 50))
