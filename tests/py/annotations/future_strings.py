from __future__ import annotations
# With the __future__ import, annotations are stored as strings, normalised as
# CPython's unparser writes them (the same in 3.11-3.14).

def f(a: int, b: Dict[str,int], c: "quoted", d: (int), *args: Tuple[int, ...],
      e: Optional[List[int]] = None, **kw: A | B | None) -> Callable[[int], str]:
    pass
for k, v in f.__annotations__.items():
    print(k, repr(v))

def g(x: a.b.c[d, e:f, ::2], y: f(1, *a, k=2, **kw), z: -x ** 2, w: (a, b),
      v: [1, 2.5, 'single', "double", b'bytes'], u: {1: 2, **m}, t: {1, 2},
      s: lambda p: p + 1, r: x if y else z, q: not a and (b or c), p: a < b <= c,
      o: (a + b) * c - d / e // f % g @ h, n: 2 ** -1, m: ~a << 2 >> 1 & 3 ^ 4,
      l: [i for i in range(3) if i], k: {i: j for i, j in x}, j: (i for i in y),
      i: a[()], h: a[(1,)], g: 1e300 * 10, fl: 0.1, cplx: 2j, big: 12345678901234567890123,
      neg: -1, attr: (1).real, star: tuple[*Ts], fs: f"x{y!r:>{w}}z", none: None,
      ell: ..., t2: ()):
    pass
for k, v in g.__annotations__.items():
    print(k, repr(v))

class C:
    x: int
    y: List[C] = []
    def m(self) -> C:
        pass
print(C.__annotations__)
print(C.m.__annotations__)

v: Undefined
w: int = 3
print(__annotations__)

def local():
    inner: NotEvaluated = 1
    return inner
print(local())
