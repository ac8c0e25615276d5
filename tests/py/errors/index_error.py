# uncaught IndexError in a loop
items = [10, 20, 30]
for i in range(5):
    print(items[i])
