# Raising, handlers, except*, assert, with.
def handlers(f, m):
    try:
        f()
    except ValueError as e:
        raise RuntimeError("wrapped") from e
    except Exception:
        raise
    finally:
        m()
    assert f, "message"
    assert m
    with m as cm:
        f(cm)


def groups(f):
    try:
        f()
    except* ValueError:
        raise TypeError("from group")
    except* OSError:
        pass
