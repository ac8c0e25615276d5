class A(metaclass=1, **k, b): pass
