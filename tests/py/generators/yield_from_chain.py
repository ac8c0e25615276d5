# `yield from` chains: values, sends, throws and returns travel through every level.


def leaf(tag):
    total = 0
    while True:
        got = yield f"{tag}:{total}"
        if got is None:
            return total
        total += got


def middle():
    r = yield from leaf("L")
    print("leaf returned", r)
    r2 = yield from leaf("M")
    return r + r2


def top():
    result = yield from middle()
    yield f"top got {result}"


g = top()
print(next(g), g.send(5), g.send(7), next(g), g.send(1), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)


# throw() reaches the innermost generator; it may handle it and go on.
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            yield f"caught {e}"


def relay():
    yield from catcher()


r = relay()
print(next(r), r.throw(ValueError("x")), next(r), r.throw(ValueError("y")))
try:
    r.throw(KeyError("k"))
except KeyError as e:
    print("KeyError came back", e)


# close() closes every level, running finally blocks innermost first.
def level(n):
    try:
        if n == 0:
            yield "bottom"
        else:
            yield from level(n - 1)
    finally:
        print("closing level", n)


c = level(3)
print(next(c))
c.close()
print("closed")


# An exception from the innermost generator propagates through the chain.
def bad():
    yield 1
    raise ZeroDivisionError("deep")


def wrap():
    try:
        yield from bad()
    except ZeroDivisionError as e:
        yield f"wrapped {e}"


print(list(wrap()))

# Delegating to a generator that was already started, or already finished.
s = leaf("S")
print(next(s))


def resume_it():
    return (yield from s)


print(s.send(4))
ri = resume_it()
try:
    next(ri)
except StopIteration as e:
    print("delegating to a started generator sent None: returned", e.value)
done = leaf("D")
for _ in done:
    break
done.close()


def after_closed():
    x = yield from done
    yield f"closed sub gave {x}"


print(list(after_closed()))


# Deep delegation: fine within the limit, RecursionError beyond it.
def chain(n):
    if n == 0:
        yield "end"
        return "ret"
    v = yield from chain(n - 1)
    return v


print(list(chain(200)))


def endless(n):
    yield from endless(n + 1)


try:
    list(endless(0))
except RecursionError as e:
    print("RecursionError", e)


# Sending a value into a just-started sub-generator through yield from.
def starter():
    yield from (x for x in range(3))


st = starter()
print(next(st), st.send(None), list(st))
