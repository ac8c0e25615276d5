__all__ = ["cm_to_m", "FACTOR"]
FACTOR = 100


def cm_to_m(x):
    return x / FACTOR


def not_exported():
    return "hidden by __all__"
