# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Binary, reflected (subclass first), in-place and unary operator dunders.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V" + repr(self.c)
    def __add__(self, o):
        if isinstance(o, V):
            return V(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[a + o for a in self.c])
        return NotImplemented
    def __radd__(self, o):
        return self.__add__(o)
    def __sub__(self, o):
        return V(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        if isinstance(k, V):
            return sum(a * b for a, b in zip(self.c, k.c))
        return V(*[a * k for a in self.c])
    def __rmul__(self, k):
        return V(*[k * a for a in self.c])
    def __truediv__(self, k):
        return V(*[a / k for a in self.c])
    def __floordiv__(self, k):
        return V(*[a // k for a in self.c])
    def __mod__(self, k):
        return V(*[a % k for a in self.c])
    def __pow__(self, k, mod=None):
        return V(*[pow(a, k, mod) for a in self.c])
    def __matmul__(self, o):
        return ("matmul", self.c, o.c)
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __pos__(self):
        return self
    def __abs__(self):
        return V(*[abs(a) for a in self.c])
    def __invert__(self):
        return V(*[~a for a in self.c])
    def __divmod__(self, k):
        return (self // k, self % k)
    def __rdivmod__(self, k):
        return ("rdivmod", k)
    def __lshift__(self, n):
        return V(*[a << n for a in self.c])
    def __rshift__(self, n):
        return V(*[a >> n for a in self.c])
    def __and__(self, o):
        return "and"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
    def __rsub__(self, o):
        return ("rsub", o)
    def __rpow__(self, o):
        return ("rpow", o)

a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a - b, a * b, a * 3, 3 * a)
print(b / 2, b // 2, b % 2, a ** 2, pow(b, 2, 5), a @ b)
print(-a, +a is a, abs(V(-1, 2)), ~a, divmod(b, 2), divmod(7, a))
print(a << 2, b >> 1, a & b, a | b, a ^ b, 10 - a, 2 ** a)
print(sum([a, b, V(10, 10)]))

# in-place: __iadd__ used when defined, falls back to __add__
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        return NotImplemented
    def __sub__(self, x):
        return "sub fallback"
acc = Acc()
ref = acc
acc += 1
acc += 2
print(acc is ref, acc.items)
acc -= 1
print(acc)
v = V(1, 1)
w = v
v += V(1, 1)
print(v, w, v is w)
v *= 2
print(v)

# reflected: subclass overriding the reflected method is tried first
class Money:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        return f"Money.__add__({type(o).__name__})"
    def __radd__(self, o):
        return f"Money.__radd__({type(o).__name__})"
class Euro(Money):
    def __radd__(self, o):
        return f"Euro.__radd__({type(o).__name__})"
class Plain(Money):
    pass
print(Money(1) + Euro(2), Euro(2) + Money(1), Money(1) + Plain(1))

# NotImplemented on both sides -> TypeError
class N:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
for expr in (lambda: N() + N(), lambda: N() + 1, lambda: 1 + N(), lambda: N() - 1,
             lambda: -N(), lambda: N() * "s", lambda: ~N()):
    try:
        expr()
    except TypeError as e:
        print(type(e).__name__, e)
x = N()
try:
    x += 1
except TypeError as e:
    print(type(e).__name__, e)

# builtins defer to user reflected methods
class R:
    def __radd__(self, o):
        return ("R.radd", o)
    def __rmul__(self, o):
        return ("R.rmul", o)
    def __rtruediv__(self, o):
        return ("R.rtruediv", o)
print(1 + R(), 2.5 + R(), "s" + R(), [1] * R(), 1 / R(), (1, 2) + R())
