def outer(n):
    return inner(n) + 1


def inner(n):
    return {"a": 1}[n]
