# del on names, items, slices and attributes of built-in containers
x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)

lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)

a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())

nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)

def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())

t = [1, 2, 3]
try:
    del t[5]
except IndexError as e:
    print(e)
(p, q) = (3, 4)
del (p, q)
print("p" in globals())
ba = bytearray(b"abcdef")
del ba[1::2]
print(ba)
