"""braid's `copy`: shallow and deep copy operations.

Built-in containers are copied directly; instances use, in order, their
class's __copy__/__deepcopy__, a __reduce_ex__/__reduce__ defined by a class
(not object's), or the default protocol: a new object made with
cls.__new__ (with __getnewargs__ if present), the built-in body of list/
dict/set subclasses, then the state (__getstate__ / __dict__ and __slots__)
given to __setstate__ or put into the new __dict__.
"""

__all__ = ["Error", "copy", "deepcopy", "replace"]


class Error(Exception):
    pass


error = Error

_ATOMIC = frozenset((type(None), int, float, bool, complex, str, bytes,
                     type, range, type(Ellipsis), type(NotImplemented),
                     type(len), type(lambda: 0), property, slice))


def _is_atomic(cls):
    if cls in _ATOMIC:
        return True
    if issubclass(cls, type):
        return True
    name = cls.__name__
    return cls.__module__ == "builtins" and name in (
        "code", "module", "builtin_function_or_method", "weakref",
        "method_descriptor", "wrapper_descriptor", "frame")


def _class_defines(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(cls) or cls in (tuple, frozenset):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _copy_instance(x, cls, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(cls):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _copy_instance(x, cls, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _copy_instance(x, cls, memo):
    deep = memo is not None
    if _class_defines(cls, "__reduce_ex__") or _class_defines(cls, "__reduce__"):
        reductor = getattr(x, "__reduce_ex__", None)
        if _class_defines(cls, "__reduce_ex__"):
            rv = reductor(4)
        else:
            rv = x.__reduce__()
        if isinstance(rv, str):
            return x
        return _reconstruct(x, memo, *rv)

    if hasattr(x, "__getnewargs_ex__"):
        args, kwargs = x.__getnewargs_ex__()
        if deep:
            args, kwargs = deepcopy(args, memo), deepcopy(kwargs, memo)
        y = cls.__new__(cls, *args, **kwargs)
    elif hasattr(x, "__getnewargs__"):
        args = x.__getnewargs__()
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    elif isinstance(x, (tuple, frozenset)):
        # Immutable built-in bodies go to __new__ (a plain copy of them, so
        # the copy never shares the subclass instance itself).
        args = tuple(iter(x))
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, args if isinstance(x, tuple) else frozenset(args))
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y

    if isinstance(x, list) and not isinstance(x, tuple):
        list.extend(y, [deepcopy(v, memo) for v in x] if deep else x)
    elif isinstance(x, dict):
        for key, value in dict.items(x):
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            dict.__setitem__(y, key, value)
    elif isinstance(x, set):
        set.update(y, [deepcopy(v, memo) for v in x] if deep else x)

    if _class_defines(cls, "__getstate__"):
        state = x.__getstate__()
    else:
        state = _default_state(x, cls)
    if state is None:
        return y
    if deep:
        state = deepcopy(state, memo)
    _set_state(y, state)
    return y


def _default_state(x, cls):
    try:
        d = x.__dict__
    except AttributeError:
        d = None
    slots = {}
    for klass in cls.__mro__:
        names = klass.__dict__.get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = f"_{klass.__name__.lstrip('_')}{name}"
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (dict(d) if d else None, slots)
    if d:
        return dict(d)
    return None


def _set_state(y, state):
    if _class_defines(type(y), "__setstate__"):
        y.__setstate__(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values
    (the object's class must define __replace__)."""
    cls = obj.__class__
    func = getattr(cls, "__replace__", None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
