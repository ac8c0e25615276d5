# function calls inside hot loops: closures, defaults, recursion, generators, methods of builtins
def make_scaler(k):
    def scale(v):
        return v * k
    return scale
double = make_scaler(2)
total = 0
for i in range(20000):
    total += double(i)
print(total)
def with_defaults(a, b=10, *, c=100):
    return a + b + c
acc = 0
for i in range(5000):
    acc += with_defaults(i) + with_defaults(i, 1) + with_defaults(i, c=0)
print(acc)
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(sum(fact(i % 25) for i in range(2000)) % 1000000007)
def gen(n):
    for i in range(n):
        yield i * i
s = 0
for j in range(200):
    for v in gen(50):
        s += v
print(s)
parts = []
for i in range(3000):
    parts.append(str(i).zfill(4)[::-1])
print(len("".join(parts)), parts[123], parts[-1])
calls = 0
def counted(x):
    global calls
    calls += 1
    return x
for i in range(10000):
    counted(i)
print(calls)
funcs = [abs, lambda v: -v, make_scaler(3), str, len]
out = []
for i in range(10):
    for f in funcs[:4]:
        out.append(f(i - 5))
print(out[:12], out[-4:])
