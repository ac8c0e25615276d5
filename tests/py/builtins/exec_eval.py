# exec and eval: expressions, statements, globals/locals dicts, compile, errors
print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'a' * 3"), eval(" 42 "))
x = 10
print(eval("x + 1"), eval("x + y", {"x": 1, "y": 2}), eval("x", {}, {"x": "local"}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b\n", ns)
print(ns["a"], ns["b"], ns["f"](1), sorted(k for k in ns if not k.startswith("__")))
exec("print('exec prints', 1 + 1)")
exec("z = 99")
print(z)
code = compile("3 ** 4", "<expr>", "eval")
print(eval(code), type(code).__name__)
code2 = compile("for i in range(3): total = total + i", "<stmt>", "exec")
env = {"total": 0}
exec(code2, env)
print(env["total"])
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("undefined_thing")
except NameError as e:
    print("NameError", e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError", e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
print(eval("len"), eval("len")("abc"), eval("(lambda v: v[::-1])('abc')"))
g = {"__builtins__": {}}
try:
    eval("len('x')", g)
except NameError as e:
    print("NameError", e)
loc = {}
exec("import math\nr = math.sqrt(16)", {}, loc)
print(loc["r"], "math" in loc)
print(eval("1_000 + 0x10"), eval("-(2 ** 10)"), eval("{'k': [1, 2]}")["k"], eval("(1,)"))
