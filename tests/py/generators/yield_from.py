# yield from: delegation, return values, send/throw pass-through, iterables
def inner():
    x = yield 1
    print("  inner got", x)
    y = yield 2
    print("  inner got", y)
    return "inner-result"
def outer():
    result = yield from inner()
    print("  outer got result", result)
    yield 3
g = outer()
print(next(g), g.send("a"), g.send("b"))
print(list(g))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x * 10 for x in range(2)), {"k": 1})))
def tree(n):
    if n == 0:
        yield "leaf"
        return
    yield f"node{n}"
    yield from tree(n - 1)
    yield from tree(n - 1)
print(list(tree(2)))
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield f"handled {e}"
def delegator():
    yield from catcher()
d = delegator()
print(next(d), d.throw(ValueError("v1")), next(d), d.throw(ValueError("v2")))
def returns_values():
    a = yield from range(0)
    b = yield from iter([])
    c = yield from (lambda: (yield "lam"))()
    return a, b, c
r = returns_values()
print(next(r))
try:
    r.send("sent")
except StopIteration as e:
    print("StopIteration value", e.value)
def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, (2, [3, (4,)]), [[[]]], 5])))
def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("  inner finally")
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("  outer finally")
co = closing_outer()
next(co)
co.close()
print("done")
