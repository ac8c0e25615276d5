# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# Exceptions raised inside dunder methods propagate out of the operation that called them.
class Boom(Exception):
    pass

class Bad:
    def __init__(self, where):
        self.where = where
    def _check(self, name):
        if self.where == name:
            raise Boom(name)
    def __eq__(self, o):
        self._check("eq")
        return False
    def __hash__(self):
        self._check("hash")
        return 1
    def __lt__(self, o):
        self._check("lt")
        return False
    def __len__(self):
        self._check("len")
        return 0
    def __iter__(self):
        self._check("iter")
        return iter([1, 2])
    def __getitem__(self, i):
        self._check("getitem")
        return i
    def __contains__(self, x):
        self._check("contains")
        return False
    def __repr__(self):
        self._check("repr")
        return "Bad()"
    def __bool__(self):
        self._check("bool")
        return True
    def __add__(self, o):
        self._check("add")
        return 0
    def __call__(self):
        self._check("call")
    def __enter__(self):
        self._check("enter")
        return self
    def __exit__(self, *a):
        self._check("exit")
        return False
    def __index__(self):
        self._check("index")
        return 0

cases = {
    "eq": lambda b: [1, b].index(b) if False else (b == 1),
    "hash": lambda b: {b: 1},
    "lt": lambda b: sorted([b, Bad("none")]),
    "len": lambda b: len(b),
    "iter": lambda b: list(b),
    "getitem": lambda b: b[0],
    "contains": lambda b: 1 in b,
    "repr": lambda b: print([b]),
    "bool": lambda b: "yes" if b else "no",
    "add": lambda b: b + 1,
    "call": lambda b: b(),
    "index": lambda b: [1, 2][b],
}
for name, op in cases.items():
    try:
        op(Bad(name))
        print(name, "no exception")
    except Boom as e:
        print(name, "raised", type(e).__name__, e)

for where in ("enter", "exit"):
    try:
        with Bad(where):
            print("  body for", where)
    except Boom as e:
        print(where, "raised", e)

# in __init__: the object is not bound
class FailInit:
    def __init__(self):
        self.partial = True
        raise Boom("init")
obj = None
try:
    obj = FailInit()
except Boom as e:
    print("init raised", e, obj)

# in a property getter, through getattr with default (only AttributeError is swallowed)
class Prop:
    @property
    def p(self):
        raise Boom("property")
try:
    getattr(Prop(), "p", None)
except Boom as e:
    print("getattr default does not swallow", e)

# in __eq__ during dict lookup after a hash match
class Key:
    def __hash__(self):
        return 5
    def __eq__(self, o):
        raise Boom("dict eq")
d = {Key(): 1}
try:
    d[Key()]
except Boom as e:
    print("dict lookup raised", e)

# finally blocks in methods run while the exception passes through
class Res:
    log = []
    def use(self):
        try:
            self.log.append("start")
            raise Boom("use")
        finally:
            self.log.append("cleanup")
try:
    Res().use()
except Boom:
    print(Res.log)

# exception in __next__ ends a for loop
class Flaky:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise Boom("next")
        return self.i
got = []
try:
    for v in Flaky():
        got.append(v)
except Boom as e:
    print(got, e)
