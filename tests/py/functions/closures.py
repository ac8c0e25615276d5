# closures: captured cells, late binding, counters, shared cells, closures over loop variables
def make_adder(n):
    def add(x):
        return x + n
    return add
add5, add10 = make_adder(5), make_adder(10)
print(add5(1), add10(1), add5(add10(0)))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(); inc()
print(get())
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def early():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return [f() for f in fs]
print(early())
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()
print(outer())
def cell_after_return():
    v = "before"
    def read():
        return v
    v = "after"
    return read
print(cell_after_return()())
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
print(compose(str, lambda v: v * 2, abs)(-21))
def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def free_var_error():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print("NameError", e)
    later = 1
    return inner()
print(free_var_error())
print(add5.__closure__[0].cell_contents, add5.__code__.co_freevars, make_adder.__code__.co_cellvars)
def accumulate():
    total = []
    return lambda v: total.append(v) or sum(total)
acc = accumulate()
print(acc(1), acc(2), acc(10))
