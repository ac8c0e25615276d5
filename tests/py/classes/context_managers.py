# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# __enter__/__exit__: return values, exception suppression, nesting, exception info.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress

with Tracker("a") as t:
    print("body", t.name)

with Tracker("outer"), Tracker("inner") as inner:
    print("nested body", inner.name)

with Tracker("s", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")

try:
    with Tracker("p"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))

# __exit__ returning a truthy non-bool suppresses
class Truthy:
    def __enter__(self):
        return "entered"
    def __exit__(self, *a):
        return [1]
with Truthy() as v:
    print(v)
    1 / 0
print("suppressed by truthy list")

# exception in __enter__ skips body and __exit__
class FailEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with FailEnter():
        print("never body")
except RuntimeError as e:
    print(type(e).__name__, e)

# exception in __exit__ replaces the body's exception, with context
class FailExit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise TypeError("exit failed")
try:
    with FailExit():
        raise ValueError("body")
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

# return/break/continue inside with still call __exit__
def f():
    with Tracker("ret"):
        return "returned"
print(f())
for i in range(3):
    with Tracker(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done", i)

# a reusable timer-like manager counting entries
class Counter:
    def __init__(self):
        self.depth = 0
        self.max_depth = 0
    def __enter__(self):
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)
        return self
    def __exit__(self, *exc):
        self.depth -= 1
        return False
cnt = Counter()
with cnt:
    with cnt:
        with cnt:
            pass
    with cnt:
        pass
print(cnt.depth, cnt.max_depth)

# a transaction-style manager that rolls back on error
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back:", ev)
            return True
        return False
store = {"a": 1}
with Transaction(store) as s:
    s["b"] = 2
with Transaction(store) as s:
    s["c"] = 3
    raise RuntimeError("boom")
print(sorted(store.items()))

# the __enter__/__exit__ are looked up on the type, not the instance
class OnInstance:
    pass
oi = OnInstance()
oi.__enter__ = lambda: 1
oi.__exit__ = lambda *a: None
try:
    with oi:
        pass
except TypeError as e:
    print(type(e).__name__)  # message changed in 3.14
