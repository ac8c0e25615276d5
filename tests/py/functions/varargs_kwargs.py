# *args and **kwargs at definition and call sites, ordering, unpacking rules
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(show(), show(1, 2), show(a=1), show(1, *[2, 3], *(), b=4, **{"c": 5}, **{}))
def pos(a, b, c):
    return a * 100 + b * 10 + c
print(pos(*[1, 2, 3]), pos(1, *(2, 3)), pos(*"", 1, 2, 3), pos(**{"a": 1, "b": 2, "c": 3}), pos(1, **{"c": 3, "b": 2}))
print(pos(*range(3)), pos(*iter([4, 5, 6])), pos(*{7: 0, 8: 0, 9: 0}))
def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, a=2, m=3), kw_order(**{"b": 1}, a=2), kw_order(**dict(x=1, y=2)))
for bad in [lambda: pos(*[1, 2]), lambda: pos(1, 2, 3, *[4]), lambda: pos(**{"a": 1, "b": 2, "c": 3, "d": 4}),
            lambda: pos(1, **{"a": 1, "b": 2, "c": 3}), lambda: show(*5), lambda: show(**5),
            lambda: show(**{1: 2}), lambda: show(**{"a": 1}, **{"a": 2})]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
def collect(first, *rest, last="L", **opts):
    return first, rest, last, opts
print(collect(1), collect(1, 2, 3), collect(1, last="x", extra=True), collect(*"abc", **{"last": "z"}))
def forward(*args, **kwargs):
    return collect(*args, **kwargs)
print(forward(9, 8, flag=1))
def count_args(*a, **k):
    return len(a), len(k)
print(count_args(*range(100), **{str(i): i for i in range(50)}))
args = (1, 2)
kwargs = {"c": 3}
print(pos(*args, **kwargs))
def mutate(*args):
    return type(args).__name__, args
print(mutate(*[1, 2]), mutate())
def kw_shadow(a, **kw):
    return a, kw
print(kw_shadow(1, b=2), kw_shadow(a=1, b=2))
print(max(*[3, 9, 2]), min(4, *[1, 7]), print(*[], sep="x"), "".join([*"ab", *"cd"]))
