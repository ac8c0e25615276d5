# uncaught ValueError from converting a huge int to str (message differs across versions; only the type is fixed here)
n = 10 ** 5000
print(n.bit_length())
try:
    str(n)
except ValueError as e:
    print("caught", type(e).__name__)
print(len(hex(n)))
int("1" * 5000)
