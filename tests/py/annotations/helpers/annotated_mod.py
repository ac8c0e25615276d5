count: int
name: "str" = "x"
later: Later
if True:
    cond: float

def uses(x: Later) -> Later:
    return x

class Later:
    pass
