# default values, keyword-only and positional-only parameters, argument errors
def f(a, b=2, *, c, d=4):
    return (a, b, c, d)
print(f(1, c=3), f(1, 5, c=3, d=6), f(a=0, c=0), f(c=1, a=2, b=3))
def g(a, b, /, c, *, d):
    return a + b + c + d
print(g(1, 2, 3, d=4), g(1, 2, c=3, d=4))
def h(x, /, y=10, *rest, z=0, **kw):
    return x, y, rest, z, kw
print(h(1), h(1, 2, 3, 4, z=5, w=6), h(1, x=9))
for call in [lambda: f(1), lambda: f(1, 2, 3), lambda: f(c=1), lambda: f(1, c=1, e=2), lambda: f(1, a=1, c=1),
             lambda: g(1, b=2, c=3, d=4), lambda: g(1, 2, 3, 4), lambda: g(1, 2), lambda: h(),
             lambda: f(1, 2, 3, 4, 5, c=0)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
def mutable_default(x, acc=[]):
    acc.append(x)
    return acc
print(mutable_default(1), mutable_default(2), mutable_default(3, []), mutable_default(4))
def evaluated_once(v=print("default evaluated") or 7):
    return v
print(evaluated_once(), evaluated_once(), evaluated_once(1))
def three(a, b, c):
    return a, b, c
try:
    three()
except TypeError as e:
    print("TypeError", e)
try:
    three(1)
except TypeError as e:
    print("TypeError", e)
def kwo(*, k, j):
    pass
try:
    kwo()
except TypeError as e:
    print("TypeError", e)
print(f.__defaults__, f.__kwdefaults__, g.__defaults__, f.__name__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
def none_default(x=None):
    return [] if x is None else x
print(none_default(), none_default([1]))
def zero():
    return "no args"
try:
    zero(1)
except TypeError as e:
    print("TypeError", e)
