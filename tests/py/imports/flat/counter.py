import flatmod
flatmod.COUNT[0] += 1
print("counter runs, count", flatmod.COUNT[0])
