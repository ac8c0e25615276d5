# function objects: names, qualnames, defaults (mutable), docstrings, module, code object basics, __dict__
def outer(a, b=2, *args, c, d=4, **kw):
    """Outer docstring."""
    def inner(x):
        return x
    return inner
inner = outer(1, c=3)
print(outer.__name__, outer.__qualname__, inner.__name__, inner.__qualname__, outer.__module__)
print(outer.__doc__, inner.__doc__, outer.__defaults__, outer.__kwdefaults__)
print(outer.__code__.co_name, outer.__code__.co_argcount, outer.__code__.co_kwonlyargcount, outer.__code__.co_posonlyargcount)
print(outer.__code__.co_varnames[:6], inner.__code__.co_varnames)
lam = lambda q, r=5: q + r
print(lam.__name__, lam.__qualname__, lam.__defaults__, lam(1))
lam.__defaults__ = (100,)
print(lam(1))
def kw_only(*, k=1):
    return k
kw_only.__kwdefaults__ = {"k": 42}
print(kw_only())
outer.tag = "custom"
print(outer.tag, outer.__dict__, hasattr(inner, "tag"))
def renamed():
    return "r"
renamed.__name__ = "new_name"
renamed.__qualname__ = "Qual.new_name"
print(renamed.__name__, renamed.__qualname__, renamed())
try:
    renamed.__name__ = 5
except TypeError as e:
    print("TypeError", e)
def gen():
    yield
async_like = [gen.__name__, type(gen).__name__, type(gen()).__name__]
print(async_like)
def nested_levels():
    def level1():
        def level2():
            return level2.__qualname__
        return level2()
    return level1()
print(nested_levels())
print(callable(outer), type(outer.__code__).__name__, outer.__code__.co_filename.endswith("function_attributes.py"))
print((lambda: 0).__code__.co_argcount, (lambda *a: 0).__code__.co_argcount, (lambda a, /, b: 0).__code__.co_posonlyargcount)
