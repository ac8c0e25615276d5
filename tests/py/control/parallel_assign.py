# Multiple assignment compiled without a tuple: every right-hand side is evaluated first,
# then the targets are assigned left to right, with each target's own subexpressions
# evaluated when it is stored.
log = []


def note(tag, value):
    log.append(tag)
    return value


a, b = 1, 2
a, b = b, a
print(a, b)

a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
[a, b] = b, a
print(a, b)

x = [10, 20, 30, 40]
i, j = 0, 3
x[i], x[j] = x[j], x[i]
print(x)

# The index of the second target is read after the first target was assigned.
i, x[i] = 2, 99
print(i, x)

# Evaluation order with side effects: right side left to right, then targets.
d = {}
d[note("k1", "p")], d[note("k2", "q")] = note("v1", 1), note("v2", 2)
print(log, d)

# A right-hand side that reads a name assigned by an earlier target sees the old value.
p, q = 5, 6
p, q = q, p + q
print(p, q)


# Swaps of locals in a function, and a loop of swaps (reversal).
def reverse(seq):
    s = list(seq)
    lo, hi = 0, len(s) - 1
    while lo < hi:
        s[lo], s[hi] = s[hi], s[lo]
        lo, hi = lo + 1, hi - 1
    return s


print(reverse(range(7)), reverse("abcd"))


# Nested targets and attribute-like targets still unpack.
(m, n), o = (1, 2), 3
print(m, n, o)


def unbound_swap():
    u, v = v, 1
    return u


try:
    unbound_swap()
except UnboundLocalError as e:
    print(type(e).__name__)

# Unpacking exact tuples and lists (straight into slots), and other iterables.
t = (7, 8, 9)
e, f, g = t
print(e, f, g)
e, f = [4, 5]
print(e, f)
e, f = "xy"
print(e, f)
e, f = {"k": 1, "l": 2}
print(e, f)
for k, v in [(1, "one"), (2, "two")]:
    print(k, v)
for k, v in [[3, "three"]]:
    print(k, v)
try:
    e, f = [1, 2, 3]
except ValueError:
    print("ValueError: too many")
try:
    e, f, g = (1, 2)
except ValueError as err:
    print(err)
try:
    e, f = 5
except TypeError as err:
    print(err)
