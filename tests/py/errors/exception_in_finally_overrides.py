# an exception raised in finally replaces the one in flight
def f():
    try:
        raise ValueError("first")
    finally:
        print("finally")
        raise TypeError("second")
f()
