# uncaught RecursionError must not crash the process
def down(n):
    return down(n + 1) + 1
print("recursing")
down(0)
