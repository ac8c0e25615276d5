# functions as values: map/filter/sorted with functions, builtins as callables, function attributes
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v * 3, 2), apply_twice(str.upper, "a"), apply_twice(len, "abc") if False else "skip")
funcs = [abs, str, len, sorted, bool, int, float]
print([f.__name__ for f in funcs])
print(list(map(int, ["1", "22", "-3"])), list(map(pow, [2, 3], [5, 2])), list(map(lambda a, b: a + b, "ab", "xyz")))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b22")))
def pipeline(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run
p = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(p("  Hello World  "))
def fold(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
print(fold(lambda a, b: a * b, range(1, 11), 1), fold(lambda a, b: b + a, "abc", ""))
def counter_factory():
    calls = {"n": 0}
    def f():
        calls["n"] += 1
        return calls["n"]
    return f
c = counter_factory()
print(c(), c(), c())
def describe(f):
    return f.__name__, f.__code__.co_argcount, f.__defaults__, f.__doc__
def sample(a, b=1):
    "doc here"
    return a
print(describe(sample))
sample.custom = "attr"
print(sample.custom, sorted(k for k in vars(sample)))
print(callable(sample), callable(3), callable(print), callable(lambda: 0), callable("s"), callable(int))
method = "abc".upper
print(method(), [].append.__name__, (1).__add__(2), getattr("x", "upper")())
print(max(["aa", "b", "cccc"], key=len), min({"x": 3, "y": 1}.items(), key=lambda kv: kv[1]))
print(sorted(range(10), key=lambda n: (n % 3, -n)), list(map(str, range(3))), tuple(map(abs, (-1, -2))))
