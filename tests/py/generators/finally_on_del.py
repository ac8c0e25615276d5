# A suspended generator's finally runs as soon as the last reference goes (`del`), at
# module level and in a function, before the next statement.
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)


g = gen("global")
next(g)
del g
print("after del of a global")


def f():
    g = gen("local")
    next(g)
    del g
    print("after del of a local")


f()
items = [gen("in list")]
next(items[0])
del items[0]
print("after del of an item")
