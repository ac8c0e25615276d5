# uncaught UnboundLocalError
def f():
    print("in f")
    print(value)
    value = 1
f()
