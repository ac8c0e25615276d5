# expected: hand-written (PEP 649/749 deferred annotations, Python 3.14 semantics)
# Annotations are evaluated when __annotations__ is first read, not at definition.

def f(a: Later, b: int = 3, *args: str, c: "quoted" = None, **kw: float) -> list[Later]:
    return a

class Later:
    pass

print(f.__annotations__)
print(f.__annotations__ is f.__annotations__)
print(list(f.__annotations__))

# No annotations: __annotate__ is None, __annotations__ an empty dict.
def plain(x, y=1):
    pass
print(plain.__annotate__, plain.__annotations__)

# A name never defined fails only when the annotations are read.
def broken(x: NotDefinedAnywhere) -> None:
    return x
print(broken(5))
try:
    broken.__annotations__
except NameError as e:
    print("NameError:", e)
# The failure is not cached: define the name and read again.
NotDefinedAnywhere = bytes
print(broken.__annotations__)

# Annotations of local variables are never evaluated.
def locals_only():
    x: UndefinedLocalAnnotation = 1
    y: AlsoUndefined
    return x
print(locals_only())

# Annotation side effects happen at each __annotate__ call, not at def time.
calls = []
def mark(v):
    calls.append(v)
    return v
def g(x: mark("x")) -> mark("ret"):
    pass
print(calls)
print(g.__annotations__, calls)
print(g.__annotations__, calls)
print(g.__annotate__(1), calls)

# Closures: the annotation sees the enclosing function's variable as it is when read.
def outer():
    T = int
    def inner(x: T) -> T:
        return x
    T = str
    return inner
print(outer().__annotations__)

# Classes: evaluated on first access, class-body names are visible.
class C:
    Alias = int
    x: Alias
    y: "forward"
    z: Undef2
    w: list[C] = []
    def method(self, v: Alias) -> C:
        return self
Undef2 = complex
print(C.__annotations__)
print(C.method.__annotations__)
print(C.w)

# Not inherited: a subclass without annotations has none of its own.
class D(C):
    pass
print(D.__annotations__, D.__annotate__)
class E(C):
    extra: bytes
print(E.__annotations__)

# Annotations inside control flow of the class body are collected.
class F:
    if True:
        a: int
    for _ in range(1):
        b: str
    try:
        c: float
    except Exception:
        pass
print(list(F.__annotations__))

# A class without annotations.
class G:
    x = 1
print(G.__annotations__, G.__annotate__)

# Built-in types have no annotations.
try:
    int.__annotations__
except AttributeError as e:
    print("AttributeError:", e)

# Decorators see __annotate__ already attached.
def show(fn):
    print("decorating", fn.__name__, fn.__annotate__ is not None)
    return fn
@show
def decorated(x: int) -> str:
    return str(x)
print(decorated.__annotations__)

# Lambdas have no annotations.
print((lambda x: x).__annotations__)

# CPython's order: ordinary parameters, positional-only, *args, keyword-only, **kwargs.
def order(a: 1, /, b: 2, *c: 3, d: 4, **e: 5) -> 6:
    pass
print(order.__annotations__)

# Annotations inside blocks count only if the block ran (3.14's conditional annotations).
TYPE_CHECKING = False
class Cond:
    a: int
    if TYPE_CHECKING:
        b: NeverDefined
    else:
        c: str
    for _ in range(0):
        d: float
    e: bytes
print(Cond.__annotations__)
import dataclasses
@dataclasses.dataclass
class DC:
    x: int
    if TYPE_CHECKING:
        y: NeverDefined
print([f.name for f in dataclasses.fields(DC)])

# A class inside a function: its annotations read the class body's names first,
# then the function's variables.
def make():
    class Inner:
        v = "class"
        x: v
        y: w
    v = "function"
    w = "function"
    return Inner
print(make().__annotations__)

# yield, await and := are not allowed in annotations.
for src in ("def f(x: (yield)): pass", "def f(x: (y := 1)): pass", "class K:\n    a: (await b)"):
    try:
        compile(src, "<annotation>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
