# PEP 479: StopIteration raised inside a generator becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration("explicit")
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", repr(e.__cause__), "| context:", type(e.__context__).__name__)
def next_on_empty():
    it = iter([])
    yield next(it)
try:
    list(next_on_empty())
except RuntimeError as e:
    print("RuntimeError", e)
def guarded():
    it = iter([1, 2])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return "clean"
print(list(guarded()))
def in_genexpr():
    return list(x for x in [1, 2, 3] if x < 3)
print(in_genexpr())
def returns_stop():
    return StopIteration("just a value")
    yield
print(list(returns_stop()))
def stop_in_yield_from():
    yield from [1]
    raise StopIteration
try:
    print(list(stop_in_yield_from()))
except RuntimeError as e:
    print("RuntimeError", e)
def caught_inside():
    try:
        raise StopIteration
    except StopIteration:
        yield "caught own StopIteration"
print(list(caught_inside()))
it = iter([1])
next(it)
try:
    next(it)
except StopIteration as e:
    print("plain StopIteration outside generators", e.value, e.args)
