# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# A tiny interpreter: tokenizer, AST node classes with eval methods, environments, errors.
class LangError(Exception):
    pass
class ParseError(LangError):
    pass
class RuntimeErr(LangError):
    pass

class Node:
    def __repr__(self):
        fields = ", ".join(repr(v) for v in self.__dict__.values())
        return f"{type(self).__name__}({fields})"
class Num(Node):
    def __init__(self, v):
        self.v = v
    def eval(self, env):
        return self.v
class Var(Node):
    def __init__(self, name):
        self.name = name
    def eval(self, env):
        return env.lookup(self.name)
class BinOp(Node):
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a // b, "<": lambda a, b: int(a < b)}
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
    def eval(self, env):
        a, b = self.left.eval(env), self.right.eval(env)
        if self.op == "/" and b == 0:
            raise RuntimeErr("division by zero")
        return self.OPS[self.op](a, b)
class Let(Node):
    def __init__(self, name, value, body):
        self.name, self.value, self.body = name, value, body
    def eval(self, env):
        return self.body.eval(env.child({self.name: self.value.eval(env)}))
class If(Node):
    def __init__(self, cond, then, other):
        self.cond, self.then, self.other = cond, then, other
    def eval(self, env):
        return (self.then if self.cond.eval(env) else self.other).eval(env)

class Env:
    def __init__(self, vars=None, parent=None):
        self.vars = vars or {}
        self.parent = parent
    def lookup(self, name):
        env = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise RuntimeErr(f"unbound variable {name!r}")
    def child(self, vars):
        return Env(vars, self)

class Parser:
    def __init__(self, text):
        self.toks = text.replace("(", " ( ").replace(")", " ) ").split()
        self.pos = 0
    def next(self):
        if self.pos >= len(self.toks):
            raise ParseError("unexpected end")
        t = self.toks[self.pos]
        self.pos += 1
        return t
    def parse(self):
        t = self.next()
        if t == "(":
            head = self.next()
            if head == "let":
                name = self.next()
                node = Let(name, self.parse(), self.parse())
            elif head == "if":
                node = If(self.parse(), self.parse(), self.parse())
            elif head in BinOp.OPS:
                node = BinOp(head, self.parse(), self.parse())
            else:
                raise ParseError(f"unknown form {head!r}")
            if self.next() != ")":
                raise ParseError("expected )")
            return node
        if t.lstrip("-").isdigit():
            return Num(int(t))
        if t == ")":
            raise ParseError("unexpected )")
        return Var(t)

def run(src, env=Env({"ten": 10})):
    try:
        tree = Parser(src).parse()
        return tree.eval(env)
    except LangError as e:
        return f"{type(e).__name__}: {e}"

programs = ["(+ 1 2)", "(let x 5 (* x (+ x ten)))", "(if (< 1 2) 100 200)",
            "(let a 3 (let b 4 (+ (* a a) (* b b))))", "(/ 7 0)", "(+ y 1)", "(foo 1 2)",
            "(+ 1", "(let n 6 (if (< n 5) n (- n 5)))", ")"]
for p in programs:
    print(p, "=>", run(p))
print(Parser("(let x 1 (+ x 2))").parse())
print(issubclass(ParseError, LangError), [c.__name__ for c in RuntimeErr.__mro__])
