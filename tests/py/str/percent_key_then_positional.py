# After a %(key) conversion the mapping's value has been used: a later positional
# conversion has no argument left.
def show(fmt, arg):
    try:
        print(repr(fmt % arg))
    except Exception as e:
        print(type(e).__name__, e)


show("%(a)s %s", {"a": 1})
show("%(a)s %d", {"a": 1})
show("%s %(a)s", {"a": 1})
show("%(a)s %%", {"a": 1})
show("%(a)s %(b)s", {"a": 1, "b": 2})
show("%(a)s", ({"a": 1},))
show("%s", {"a": 1})
