def g():
    try:
        print("body start")
        yield 1
    except ValueError:
        print("handler saw it")
        yield 2
    finally:
        print("finally")
gen = g()
try:
    gen.throw(ValueError("x"))
except ValueError as e:
    print("raised at start:", e)
print(next(gen, "exhausted"))
gen = g()
print(gen.close())
print(next(gen, "exhausted"))
gen = g()
print(next(gen))
print(gen.throw(ValueError("y")))
try:
    next(gen)
except StopIteration:
    print("stop")
try:
    gen.throw(KeyError("z"))
except KeyError as e:
    print("finished throw", repr(e))
print(gen.close())
def g2():
    yield 1
    return 5
gen = g2()
next(gen)
print(gen.close())
gen = g2()
