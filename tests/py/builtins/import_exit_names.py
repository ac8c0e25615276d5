# expected: python3.11 and python3.13 agree on all of it
# __import__, delattr, exit/quit and the True/False names of the builtins module.
import builtins
m = __import__("math")
print(m.sqrt(16.0), __import__("sys") is builtins.__import__("sys"), getattr(builtins, "True"), getattr(builtins, "False"))
for bad in [(1,), ("",), ("math", None, None, (), -1), ("no_such_module_xyz",)]:
    try:
        __import__(*bad)
    except (TypeError, ValueError, ImportError) as e:
        print(type(e).__name__, e)
for args in [(), (1,), (1, 2, 3), ([], "append")]:
    try:
        delattr(*args)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    quit()
except SystemExit as e:
    print("SystemExit", e.code)
try:
    exit("bye")
except SystemExit as e:
    print("SystemExit", e.code)
