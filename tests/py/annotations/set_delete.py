# expected: hand-written (PEP 649/749: assigning and deleting __annotations__ and __annotate__, Python 3.14)

def f(x: int) -> str:
    pass

# Assigning __annotations__ replaces the dict and drops the annotate function.
f.__annotations__ = {"y": float}
print(f.__annotations__, f.__annotate__)
# Deleting it: the next read gives a new empty dict.
del f.__annotations__
print(f.__annotations__, f.__annotate__)
# None works as deletion.
f.__annotations__ = {"z": 1}
f.__annotations__ = None
print(f.__annotations__)
try:
    f.__annotations__ = [1]
except TypeError as e:
    print("TypeError:", e)

# A new annotate function drops the cached dict.
def g(x: int):
    pass
print(g.__annotations__)
g.__annotate__ = lambda format: {"from": "annotate", "format": format}
print(g.__annotations__)
g.__annotate__ = None
print(g.__annotations__, g.__annotate__)
for bad in (1, "x"):
    try:
        g.__annotate__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    del g.__annotate__
except TypeError as e:
    print("TypeError:", e)
g.__annotate__ = lambda format: [format]
g.__annotations__ = None
g.__annotate__ = lambda format: [format]
try:
    g.__annotations__
except TypeError as e:
    print("TypeError:", e)

# The annotations dict is an ordinary dict: it can be changed in place.
def h(a: int):
    pass
h.__annotations__["b"] = bytes
print(h.__annotations__)

# Classes.
class C:
    x: int
C.__annotations__ = {"other": str}
print(C.__annotations__, C.__annotate__)
class D:
    y: float
print(D.__annotations__)
D.__annotate__ = lambda format: {"new": format}
print(D.__annotations__)
try:
    D.__annotate__ = 5
except TypeError as e:
    print("TypeError:", e)
print("__annotate__" in D.__dict__)
del C.__annotations__
print(C.__annotations__)
try:
    del C.__annotations__
    del C.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
