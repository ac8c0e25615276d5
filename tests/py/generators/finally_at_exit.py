# Generators still suspended when the program ends are closed at exit, in the order of
# the module's globals; an unstarted one has nothing to run.
def gen(name):
    try:
        yield 1
    finally:
        print("finally", name)


b = gen("b")
next(b)
_a = gen("_a")
next(_a)
a = gen("a")
next(a)
unstarted = gen("unstarted")
finished = gen("finished")
for _ in finished:
    pass
print("end of program")
