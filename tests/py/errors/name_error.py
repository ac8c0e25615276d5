# uncaught NameError with a "Did you mean" suggestion appended by the traceback printer
counter = 3
print("start")
print(countr)
