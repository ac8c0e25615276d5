class CM:
    def __enter__(self): return self
    def __exit__(self, *a): raise ValueError("x")
def f():
    with CM() as c, \
         CM():
        pass
f()
