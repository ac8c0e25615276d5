print("shapes.area runs as", __name__, "package", __package__)


def square(side):
    return side * side


def rect(w, h):
    return w * h
