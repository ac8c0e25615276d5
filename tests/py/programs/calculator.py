# a tokenizer and recursive-descent evaluator for arithmetic expressions with ints and floats
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif c in "+-*/%()^":
            tokens.append(("op", c))
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    tokens.append(("end", None))
    return tokens

def parse(tokens):
    pos = 0
    def peek():
        return tokens[pos]
    def take():
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        return tok
    def expr():
        value = term()
        while peek() in (("op", "+"), ("op", "-")):
            op = take()[1]
            rhs = term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term():
        value = power()
        while peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = take()[1]
            rhs = power()
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value
    def power():
        base = unary()
        if peek() == ("op", "^"):
            take()
            return base ** power()
        return base
    def unary():
        if peek() == ("op", "-"):
            take()
            return -unary()
        return atom()
    def atom():
        kind, value = take()
        if kind == "num":
            return value
        if (kind, value) == ("op", "("):
            inner = expr()
            if take() != ("op", ")"):
                raise SyntaxError("expected )")
            return inner
        raise SyntaxError(f"unexpected {value!r}")
    result = expr()
    if peek()[0] != "end":
        raise SyntaxError("trailing input")
    return result

for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "7 / 2", "7 % 3 + 0.5", "2 ^ 100",
            "((((1))))", "1.5 * 4", "10 - 2 - 3", "3 * (2 + (4 - 1) * 2) / 4", "1 / 0", "2 +", "4 $ 4", "(1"]:
    try:
        print(f"{src!r:35} = {parse(tokenize(src))!r}")
    except ZeroDivisionError:
        print(f"{src!r:35} ! ZeroDivisionError")
    except SyntaxError as e:
        print(f"{src!r:35} ! SyntaxError {e.msg}")
