# generator functions: laziness, state, StopIteration, return value, exhausted generators
def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")
g = count_up(3)
print("created", type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(g), next(g, "default"))
def with_return():
    yield 1
    return "result"
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value, e.args)
print(list(count_up(2)), sum(count_up(5)), max(count_up(4)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def empty():
    return
    yield
print(list(empty()), iter(empty()).__class__.__name__)
def gen_in_loop():
    for x in range(3):
        for y in "ab":
            yield f"{x}{y}"
print(list(gen_in_loop()))
g2 = (x for x in range(2))
print(iter(g2) is g2, next(g2), list(g2), list(g2))
def independent():
    yield from range(3)
a, b = independent(), independent()
print(next(a), next(a), next(b), list(a), list(b))
def lazy_errors():
    yield 1
    raise ValueError("after first")
lz = lazy_errors()
print(next(lz))
try:
    next(lz)
except ValueError as e:
    print("ValueError", e)
print(list(lz))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
print(list(gen_with_finally()))
print(g.__name__, count_up.__name__, fib().gi_running, fib().gi_frame is not None)
