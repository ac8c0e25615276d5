# `except E as name:` unbinds name at the end of the handler, even if the body deleted or rebound it.
try:
    1 / 0
except ZeroDivisionError as e:
    del e
print("ok1")
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        del e
    return "ok2"
print(f())
try:
    raise KeyError
except KeyError as e:
    e = 5
print("ok3")
try:
    print(e)
except NameError as x:
    print("NameError", x)
