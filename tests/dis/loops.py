# Loops: one loop header per loop, every back-edge (loop end, `continue`) jumps to it.
def count(n):
    i = 0
    total = 0
    while i < n:
        i += 1
        if i % 2:
            continue
        total += i
    for j in range(n):
        if j == 5:
            break
        total += j
    else:
        total = -1
    return total
