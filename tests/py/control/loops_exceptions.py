# exceptions interacting with loops, break/continue inside try/except, nested handlers
results = []
for x in [2, 0, "a", 5, None, 4]:
    try:
        results.append(10 // x)
    except ZeroDivisionError:
        results.append("div0")
        continue
    except TypeError:
        results.append("type")
        if x is None:
            break
    else:
        results.append("ok")
print(results)

def first_int(items):
    for item in items:
        try:
            return int(item)
        except ValueError:
            print("skip", repr(item))
    return None
print(first_int(["x", "1.5", " 12 ", "3"]))
print(first_int([]))

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError("retry")
        print("succeeded after", attempts)
        break
    except ConnectionError as e:
        print("attempt", attempts, e)

def depth(n):
    try:
        if n == 0:
            raise LookupError("bottom")
        return depth(n - 1)
    finally:
        print("unwind", n)
try:
    depth(3)
except LookupError as e:
    print("caught", e)

count = 0
for i in range(3):
    for j in range(3):
        try:
            if j == 1:
                break
            count += 1
        finally:
            count += 100
print(count)
errors = {}
for name in ["int", "float", "x"]:
    try:
        {"int": int, "float": float}[name]("bad")
    except (ValueError, KeyError) as e:
        errors[name] = type(e).__name__
print(errors)
