# uncaught NameError without a close match
def f():
    return zzz_unknown_name * 2
print("calling")
f()
