# uncaught ZeroDivisionError from true division (the one message unchanged in 3.14); stdout before it is kept
print("before")
values = [4, 2, 1, 0]
for v in values:
    print(12 / v)
print("never printed")
