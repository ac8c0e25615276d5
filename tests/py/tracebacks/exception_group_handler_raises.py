# expected: python3.13 (3.14 traceback format, which 3.13 shares for these cases; checked against notes/cpython-errors-and-cli.md §1-3)
# except* handlers that raise: new exceptions and the unhandled rest are combined into one group.
def work():
    raise ExceptionGroup("jobs", [ValueError("bad value"), TypeError("bad type"), KeyError("gone")])

try:
    work()
except* ValueError as group:
    print("handling", [str(e) for e in group.exceptions])
    raise RuntimeError("handler failed")
except* KeyError:
    print("keys ignored")
