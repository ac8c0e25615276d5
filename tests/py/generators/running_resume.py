# A running generator cannot be resumed, sent to, thrown into or closed from inside.
def selfish():
    yield next(me)

me = selfish()
try:
    next(me)
except ValueError as e:
    print("next:", e)
print("after failed resume:", me.gi_running, me.gi_suspended)


def sender():
    try:
        me2.send(1)
    except ValueError as e:
        print("send:", e)
    try:
        me2.throw(KeyError("k"))
    except ValueError as e:
        print("throw:", e)
    try:
        me2.close()
    except ValueError as e:
        print("close:", e)
    print("running inside:", me2.gi_running)
    yield 1
    yield 2

me2 = sender()
print(next(me2))
print(me2.gi_running, me2.gi_suspended)
print(next(me2))
me2.close()
print(me2.gi_running, me2.gi_suspended)


# A for loop over a generator that resumes itself through the loop.
def looper():
    for x in me3:
        yield x
    yield 0

me3 = looper()
try:
    for v in me3:
        print(v)
except ValueError as e:
    print("for:", e)


# yield from into a running generator.
def outer():
    yield from inner_gen

def inner():
    yield next(outer_gen)

inner_gen = inner()
outer_gen = outer()
try:
    next(outer_gen)
except ValueError as e:
    print("yield from:", e)
print(outer_gen.gi_running, inner_gen.gi_running)

# close() of a generator that never started, then resume it.
g = (i for i in range(3))
g.close()
print(list(g))
