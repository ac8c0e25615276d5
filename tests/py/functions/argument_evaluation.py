# evaluation order of callee, positional args, keyword args, *args and **kwargs; defaults bound at def time
log = []
def note(tag, value=None):
    log.append(tag)
    return value if value is not None else tag
def target(*args, **kwargs):
    return args, kwargs
def get_target():
    log.append("callee")
    return target
result = get_target()(note("a"), note("b"), *[note("star")], k=note("k"), **{"kw": note("dstar")})
print(result)
print(log)
log.clear()
x = note("left", 1) + note("right", 2) * note("third", 3)
print(x, log)
log.clear()
d = {note("k1"): note("v1"), note("k2"): note("v2")}
print(d, log)
log.clear()
lst = [note("e1"), note("e2")]
lst[note("idx", 0)] = note("rhs")
print(lst, log)
log.clear()
a = note("cond", 0) and note("never")
b = note("first", 0) or note("second")
print(a, b, log)
log.clear()
counter = [0]
def make(default=counter.append(1) or len(counter)):
    return default
print(make(), make(), counter)
def defaults_are_shared(x, seen={}):
    seen[x] = len(seen)
    return seen
print(defaults_are_shared("a"), defaults_are_shared("b"))
log.clear()
def f(a, b, c):
    return a, b, c
print(f(c=note("c"), a=note("a"), b=note("b")), log)
log.clear()
print(note("cmp1", 1) < note("cmp2", 2) < note("cmp3", 3), log)
log.clear()
t = (note("t1"), *[note("t2"), note("t3")], note("t4"))
print(t, log)
log.clear()
s = f"{note('f1')}-{note('f2')}"
print(s, log)
