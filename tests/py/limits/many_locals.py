# Functions with more locals than 16-bit registers address, and unpacking assignments
# with more targets than fit in registers, compile and behave as CPython's.
N = 70_000

# A function with 70,000 locals: each assigned, read back, one deleted.
src = ["def f(a, b=2):"]
src += [f"    v{i} = a + {i}" for i in range(N)]
src.append(f"    total = v0 + v{N - 1} + v{N // 2} + b")
src.append(f"    del v{N - 1}")
src.append("    try:")
src.append(f"        v{N - 1}")
src.append("    except UnboundLocalError as e:")
src.append("        print(type(e).__name__, e)")
src.append(f"    v{N - 1} = 'again'")
src.append(f"    return total, v{N - 1}, v{N - 2}")
ns = {}
exec("\n".join(src), ns)
print(ns["f"](1))
print(ns["f"](10, b=0))

# A function with 70,000 parameters: positional, keyword and default arguments.
params = ", ".join(f"p{i}" for i in range(N - 1))
exec(f"def many(q, {params}, last=-1):\n    del p5\n    return q, p0, p{N - 2}, last, p40000 + p69998", ns)
print(ns["many"](*range(N)))
print(ns["many"](*range(N), last=7))
print(ns["many"](*range(N - 1), **{f"p{N - 2}": 5, "last": "L"}))
try:
    ns["many"](*range(10))
except TypeError as e:
    print(type(e).__name__, str(e)[:60])

# Reading a spilled local before assignment.
src = ["def g(flag):"]
src += [f"    if flag: w{i} = {i}" for i in range(N)]
src.append(f"    return w{N - 5}")
exec("\n".join(src), ns)
print(ns["g"](True))
try:
    ns["g"](False)
except UnboundLocalError as e:
    print(type(e).__name__, e)

# Augmented assignment, loops, comprehension and nested function over spilled locals.
src = ["def h():"]
src += [f"    x{i} = {i}" for i in range(N)]
src.append(f"    x{N - 1} += 1")
src.append(f"    for x{N - 2} in range(3): pass")
src.append(f"    s = [x{N - 3} + k for k in range(2)]")
src.append(f"    def inner(): return x{N - 4}")
src.append(f"    return x{N - 1}, x{N - 2}, s, inner()")
exec("\n".join(src), ns)
print(ns["h"]())

# Generator with many locals.
src = ["def gen():"]
src += [f"    y{i} = {i}" for i in range(N)]
src.append(f"    yield y{N - 1}")
src.append(f"    y{N - 1} = 'after'")
src.append(f"    yield y{N - 1}")
exec("\n".join(src), ns)
print(list(ns["gen"]()))

# Unpacking into 70,000 targets (module level and in a function).
names = ", ".join(f"u{i}" for i in range(N))
exec(f"{names} = range({N})", ns)
print(ns["u0"], ns[f"u{N - 1}"])
exec(f"def unpack(seq):\n    {names} = seq\n    return u0, u{N // 3}, u{N - 1}", ns)
print(ns["unpack"](list(range(N))))
for bad in (range(N - 1), range(N + 1), 5):
    try:
        ns["unpack"](bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Star-unpacking with more than 255 names after the star.
after = ", ".join(f"t{i}" for i in range(300))
exec(f"first, *mid, {after} = range(310)", ns)
print(ns["first"], ns["mid"], ns["t0"], ns["t299"])
try:
    exec(f"first, *mid, {after} = range(100)", ns)
except ValueError as e:
    print(type(e).__name__, e)
try:
    exec(", ".join(f"p{i}" for i in range(300)) + ", *rest = range(400)", ns)
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# Parallel assignment with many names.
exec(f"{names} = ({', '.join(str(i) for i in range(N))},)", ns)
print(ns["u1"], ns[f"u{N - 2}"])
