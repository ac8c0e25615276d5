# expected: python3.13 (3.13+ generator.close() returns the value a generator returns on GeneratorExit)
# generator send, throw and close, GeneratorExit handling, state attributes
def echo():
    received = []
    while True:
        try:
            value = yield len(received)
        except ValueError as e:
            print("  caught inside:", e)
            value = "from-throw"
        if value is None:
            break
        received.append(value)
    return received
g = echo()
print(next(g))
print(g.send("a"), g.send("b"))
print(g.throw(ValueError("oops")))
try:
    g.send(None)
except StopIteration as e:
    print("finished with", e.value)
g = echo()
try:
    g.send("x")
except TypeError as e:
    print("TypeError", e)
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
    finally:
        print("  finally in closer")
c = closer()
next(c)
c.close()
c.close()
print("closed", list(c))
def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
b = bad_closer()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError", e)
def throws_through():
    yield 1
t = throws_through()
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated before start", e)
t2 = throws_through()
next(t2)
try:
    t2.throw(IndexError("idx"))
except IndexError as e:
    print("IndexError propagated", e)
print(next(t2, "exhausted"))
unstarted = closer()
unstarted.close()
print("closing unstarted generator runs nothing")
def close_return():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
cr = close_return()
next(cr)
print(cr.close())
