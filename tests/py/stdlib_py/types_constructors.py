# types.MethodType and types.MappingProxyType called directly, with CPython's argument errors.
import types
class A:
    pass
def f(self, x):
    return (type(self).__name__, x)
m = types.MethodType(f, A())
print(m(3), m.__func__ is f, type(m).__name__)
for args in [(f,), (1, A()), (f, None)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError", e)
p = types.MappingProxyType({"a": 1})
print(p["a"], list(p), len(p), "a" in p, p.get("b", 0), type(p).__name__, p)
try:
    p["b"] = 2
except TypeError as e:
    print("TypeError", e)
for bad in ([1], (1,), "ab", 5):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    types.MappingProxyType()
except TypeError as e:
    print("TypeError", e)
print(types.MappingProxyType(mapping={"k": 2})["k"])
