# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# A SyntaxError raised by exec() prints the traceback, then the File block of the bad code.
try:
    compile("x = = 1", "generated.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)

def run(code):
    exec(code)

run("values = (1,\n  2,\n")
