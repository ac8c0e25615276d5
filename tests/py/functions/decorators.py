# function decorators (no classes): wrapping, arguments, stacking, attributes
def trace(f):
    def wrapper(*args, **kwargs):
        print("call", f.__name__, args, kwargs)
        result = f(*args, **kwargs)
        print("ret", result)
        return result
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
add(5)
def repeat(n):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))
def tag(t):
    def deco(f):
        return lambda *a: f"<{t}>{f(*a)}</{t}>"
    return deco
@tag("b")
@tag("i")
def text(s):
    return s
print(text("bold italic"))
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def one():
    return 1
@register
def two():
    return 2
print(registry, one(), two())
def count_calls(f):
    def wrapper(*a):
        wrapper.calls += 1
        return f(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def square(x):
    return x * x
print([square(i) for i in range(4)], square.calls)
def deco_order(label):
    print("creating", label)
    def d(f):
        print("applying", label)
        return f
    return d
@deco_order("outer")
@deco_order("inner")
def decorated():
    return "body"
print(decorated())
print(add.__name__, hello.__name__, square.__name__)
@(lambda f: f())
def run_immediately():
    return "ran"
print(run_immediately)
