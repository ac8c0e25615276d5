# uncaught TypeError: subscripting None
def find(x):
    return None
print("found", find(1))
find(1)[0]
