# expected: hand-written (CPython 3.14's "while calling deallocator" header; 3.13 says "in:")
class Hook:
    """A callable with a fixed repr, so the report's header has no address."""

    def __repr__(self):
        return "<Hook>"

    def __call__(self):
        raise RuntimeError("cleanup failed")


class Owner:
    __del__ = Hook()


o = Owner()
del o
print("after")
