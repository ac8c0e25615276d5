# `for` loops over generators: the generator frame runs inside the caller's loop.
# Break and later resume, nested loops over one generator, re-entry, PEP 479,
# exceptions in either frame, finally blocks, deep recursive generators.


def count(n):
    i = 0
    try:
        while i < n:
            yield i
            i += 1
    finally:
        print("count finally at", i)


g = count(5)
for x in g:
    if x == 2:
        break
print("broke at", x, "then", next(g), list(g))

# Two loops sharing one generator interleave its items.
g = count(6)
pairs = []
for a in g:
    for b in g:
        pairs.append((a, b))
        break
print(pairs)

# A generator that iterates itself while running.
def selfish():
    yield 1
    for _ in me:
        yield 2

me = selfish()
try:
    for v in me:
        print("selfish", v)
except ValueError as e:
    print("ValueError", e)

# PEP 479 inside a for loop.
def leaky():
    yield 1
    raise StopIteration("oops")

try:
    for v in leaky():
        print("leaky", v)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)

# An exception from the generator, caught by the loop's caller; the generator is done.
def boom():
    yield "a"
    raise KeyError("k")

b = boom()
try:
    for v in b:
        print("got", v)
except KeyError as e:
    print("KeyError", e, next(b, "exhausted"))

# An exception in the loop body leaves the generator suspended.
def letters():
    yield from "xyz"

l = letters()
try:
    for c in l:
        raise IndexError(c)
except IndexError as e:
    print("IndexError", e, next(l))

# Return values end the loop; else clauses run.
def ret():
    yield 1
    return 99

for v in ret():
    print("ret", v)
else:
    print("loop else")

# Deep recursive generators (each level a for loop over the next).
def walk(n):
    if n == 0:
        yield 0
        return
    for v in walk(n - 1):
        yield v + 1

print(list(walk(300)), sum(walk(50)))

def forever(n):
    for v in forever(n + 1):
        yield v
    yield n

try:
    for v in forever(0):
        pass
except RecursionError as e:
    print("RecursionError", e)

# gi_running while the frame runs inside the loop; send after a loop broke.
def state():
    x = yield me2.gi_running
    while True:
        x = yield x

me2 = state()
for v in me2:
    print("gi_running", v)
    break
print(me2.send(5), me2.send(6), me2.gi_running)
me2.close()

# Comprehensions and generator expressions over generators.
print([v * 2 for v in count(3)], sum(v for v in count(4) if v % 2))
