# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Names in class bodies: 'global x' skips the class namespace; comprehensions inlined into a
# class body (PEP 709) do not see class-level names, generator expressions neither.
x = "g"
class C:
    global x
    x = "set by class"
    y = x
print(x, C.y, "x" in C.__dict__)
z = "gz"
class D:
    z = "dz"
    a = [z for _ in range(1)]
    b = [q + z for q in "ab"]
    c = {z: k for k in range(1)}
    d = list(z for _ in range(1))
    e = [[z for _ in range(1)] for _ in range(1)]
    f = [k for k in range(2) if k != len(z)]
print(D.a, D.b, D.c, D.d, D.e, D.f)
n = 3
class F:
    n = 10
    items = [i * n for i in range(n)]
    pairs = {(i, j) for i in range(2) for j in range(n) if j < i}
    n += 1
    def m(self):
        return [n for _ in range(1)]
print(F.items, sorted(F.pairs), F.n, F().m())
class G:
    global fresh
    fresh = "made in G"
    del fresh
print("fresh" in globals())
