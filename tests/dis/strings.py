# f-strings and t-strings.
def fmt(x, w):
    return f"{x!r:>{w}} and {x}", t"{x!s:{w}} {x}"
