# name resolution: LEGB, class-free shadowing of builtins, globals(), locals(), del of globals
print(len("abc"))
def shadow_builtin():
    len = lambda x: "shadowed"
    return len("abc")
print(shadow_builtin(), len("abc"))
len = lambda x: "global shadow"
print(len("abc"))
del len
print(len("abc"))
x = "global"
def read_global():
    return x
def local_only():
    x = "local"
    return x
print(read_global(), local_only(), x)
def enclosing():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(enclosing())
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
print("x" in globals(), globals()["x"], "nonexistent" in globals())
globals()["dynamic"] = 42
print(dynamic)
def comprehension_scope():
    y = 10
    return [y + i for i in range(3)], [[y * j for j in range(2)] for _ in range(2)]
print(comprehension_scope())
def conditional_def(flag):
    if flag:
        def f():
            return "first"
    else:
        def f():
            return "second"
    return f()
print(conditional_def(True), conditional_def(False))
def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak())
def exception_var_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return "UnboundLocalError"
print(exception_var_cleared())
import sys
print(type(__builtins__).__name__ in ("module", "dict"), __name__, "sys" in globals())
