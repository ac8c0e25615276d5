# expected: hand-written (3.14 message: every int/float division by zero says "division by zero"; 3.11-3.13 differ)
values = [7, 3, 0]
for v in values:
    print(100 // v, 100 % v)
