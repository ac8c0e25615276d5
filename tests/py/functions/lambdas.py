# lambda expressions: defaults, varargs, nesting, immediate calls, in data structures
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, b=2), (lambda a, b=3: a + b)(1))
print((lambda x: (lambda y: x + y))(10)(5), sq.__name__, (lambda: 0).__name__)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
print(sorted([(1, "b"), (2, "a")], key=lambda p: p[1]), list(map(lambda v: v + 1, [1, 2])), list(filter(lambda v: v % 2, range(6))))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print((lambda *, k: k)(k="kw"), (lambda a, /, b: (a, b))(1, b=2))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
print((lambda: (yield))().__class__.__name__ if False else "skip", (lambda x: [x] * 2)("y"))
funcs = [lambda x, n=n: x ** n for n in range(4)]
print([f(2) for f in funcs])
print((lambda: [i for i in range(3)])(), (lambda v: v if v else "empty")(""))
try:
    (lambda a: a)()
except TypeError as e:
    print("TypeError", e)
print(type(sq).__name__, callable(sq), sq.__code__.co_argcount, (lambda x=[]: x)() == [])
