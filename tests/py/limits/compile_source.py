# compile() takes source as str or bytes (decoded as a file is, PEP 263), and big
# literals and displays compile.
code = compile(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n", "<bytes>", "exec")
ns = {}
exec(code, ns)
print(ns["x"], len(ns["x"]))
print(eval(compile(bytearray(b"1 + 2"), "<ba>", "eval")))
try:
    compile(b"x = (", "<bad>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.lineno)
try:
    compile(b"x = 1" + b"1" * 5000, "<big>", "exec")
except SyntaxError as e:
    print(e.msg[:60])
print(eval("0x" + "f" * 5000).bit_length())
print(len(eval("[" + ",".join(str(i) for i in range(5000)) + "]")))
print(len(eval("{" + ",".join("%d: %d" % (i, i) for i in range(5000)) + "}")))
print(eval("max(" + ",".join(str(i) for i in range(5000)) + ")"))
