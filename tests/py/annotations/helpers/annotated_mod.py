count: int
name: "str" = "x"
later: Later
if False:
    skipped: int
if True:
    cond: float

def uses(x: Later) -> Later:
    return x

class Later:
    pass
