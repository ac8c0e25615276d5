from functools import singledispatch, singledispatchmethod
from typing import get_type_hints, Optional, List

@singledispatch
def describe(x):
    return f"something: {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register
def _(x: str, extra=None):
    return f"str {x!r}"
@describe.register
def _(x: list | tuple):
    return f"sequence of {len(x)}"
print(describe(1), describe("a"), describe([1, 2]), describe((1,)), describe(2.5), describe(True))
try:
    @describe.register
    def _(x): return 0
except TypeError as e: print(str(e).split(":")[0])
@describe.register
def _(x: "float"): return f"float {x}"
print(describe(2.5))

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"obj {arg}"
    @fmt.register
    def _(self, arg: int):
        return f"int {arg:03d}"
    @fmt.register(float)
    def _(self, arg):
        return f"float {arg:.1f}"
f = Formatter()
print(f.fmt(7), f.fmt(2.25), f.fmt("z"))

def func(a: int, b: "Optional[str]" = None) -> List[int]:
    return [a]
hints = get_type_hints(func)
print(list(hints), hints['a'], hints['return'] == List[int], hints['b'] == Optional[str])
class Rec:
    name: str
    size: "int"
class Sub(Rec):
    extra: float
print(get_type_hints(Sub))
