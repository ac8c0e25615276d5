# Deeply nested containers: repr, str, comparison, hashing and `in` raise RecursionError
# (never crash); building and freeing them works at any depth.


def nest(depth, wrap):
    x = []
    for _ in range(depth):
        x = wrap(x)
    return x


kinds = [("list", lambda x: [x]), ("tuple", lambda x: (x,)), ("dict", lambda x: {"k": x})]
for name, wrap in kinds:
    a, b = nest(100000, wrap), nest(100000, wrap)
    checks = [
        ("repr", lambda: repr(a)),
        ("str", lambda: str(a)),
        ("==", lambda: a == b),
        ("in", lambda: a in [b]),
    ]
    if name == "list":
        checks.append(("<", lambda: a < b))
    for what, check in checks:
        try:
            check()
            print(name, what, "no error")
        except RecursionError as e:
            print(name, what, "RecursionError:", e)
    del a, b
    print(name, "freed")

# Shallow nesting is fine, and the guard leaves no state behind after an error.
print(repr(nest(50, lambda x: [x])) == "[" * 51 + "]" * 51)
print(nest(50, lambda x: (x,)) == nest(50, lambda x: (x,)), str(nest(3, lambda x: {"k": x})))
t = nest(100000, lambda x: (x, 1))
try:
    hash(t)
except (RecursionError, TypeError) as e:
    print(type(e).__name__)
del t
print("done")
