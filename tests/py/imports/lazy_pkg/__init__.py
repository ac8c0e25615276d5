"""A package whose missing attributes come from a module __getattr__ (PEP 562)."""
_computed = {"answer": 42}


def __getattr__(name):
    if name in _computed:
        return _computed[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
