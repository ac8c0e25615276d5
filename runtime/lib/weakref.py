"""Weak references (braid's own `weakref`).

`ref`, `proxy`, `getweakrefcount` and `getweakrefs` come from the native `_weakref`
(runtime/src/builtins/weakref/). This file builds the containers on them:
`WeakValueDictionary`, `WeakKeyDictionary`, `WeakSet`, plus `WeakMethod` (a subclass of
`ref`) and `finalize`.

The containers keep plain dicts and sets of references whose callbacks remove the
entry when the referent dies. They iterate over a snapshot of their entries, so an
entry that dies while a loop runs is skipped instead of changing the container under
the loop.
"""

import sys
from _weakref import (ref, proxy, getweakrefcount, getweakrefs, ReferenceType,
                      ProxyType, CallableProxyType)
from _collections_abc import MutableMapping, MutableSet

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]

ProxyTypes = (ProxyType, CallableProxyType)


class WeakMethod(ref):
    """A weak reference to a bound method: alive while both the instance and the
    function are; calling it rebuilds the bound method (or gives None)."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None

        def died(_):
            me = self_ref()
            if me is not None and me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)

        self = ref.__new__(cls, obj, died)
        self._func_ref = ref(func, died)
        self._meth_type = type(meth)
        self._alive = True
        self_ref = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return super().__eq__(other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return super().__ne__(other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


def _mapping_or(self, other):
    if isinstance(other, MutableMapping) or isinstance(other, dict):
        c = self.copy()
        c.update(other)
        return c
    return NotImplemented


def _mapping_ror(self, other):
    if isinstance(other, MutableMapping) or isinstance(other, dict):
        c = self.__class__()
        c.update(other)
        c.update(self)
        return c
    return NotImplemented


def _mapping_ior(self, other):
    self.update(other)
    return self


class WeakValueDictionary(MutableMapping):
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self_ref = ref(self)

        def remove(wr, key, self_ref=self_ref):
            me = self_ref()
            if me is not None and me.data.get(key) is wr:
                del me.data[key]

        self._remove = remove
        self.update(other, **kw)

    def _ref(self, key, value):
        remove = self._remove
        return ref(value, lambda wr, key=key: remove(wr, key))

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def keys(self):
        return iter(self)

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def values(self):
        for wr in list(self.data.values()):
            v = wr()
            if v is not None:
                yield v

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            if args:
                return args[0]
            raise
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def copy(self):
        new = self.__class__()
        for key, o in self.items():
            new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, o in self.items():
            new[deepcopy(key, memo)] = o
        return new

    # `|`, `|=` as dict's, shared by both weak dictionaries.
    __or__ = _mapping_or
    __ror__ = _mapping_ror
    __ior__ = _mapping_ior


class WeakKeyDictionary(MutableMapping):
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        self_ref = ref(self)

        def remove(wr, self_ref=self_ref):
            me = self_ref()
            if me is not None:
                try:
                    del me.data[wr]
                except KeyError:
                    pass

        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def keys(self):
        return iter(self)

    def items(self):
        for wr, value in list(self.data.items()):
            o = wr()
            if o is not None:
                yield o, value

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        try:
            return self.data.get(ref(key), default)
        except TypeError:
            return default

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            o = wr()
            if o is not None:
                return o, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def copy(self):
        new = self.__class__()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.items():
            new[key] = deepcopy(value, memo)
        return new

    # `|`, `|=` as dict's, shared by both weak dictionaries.
    __or__ = _mapping_or
    __ror__ = _mapping_ror
    __ior__ = _mapping_ior


class WeakSet(MutableSet):
    """A set whose members are held weakly: a member goes when it dies."""

    def __init__(self, data=None):
        self.data = set()
        self_ref = ref(self)

        def remove(wr, self_ref=self_ref):
            me = self_ref()
            if me is not None:
                me.data.discard(wr)

        self._remove = remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, set(self))

    def __reduce__(self):
        return self.__class__, (list(self),), self.__getstate__() if hasattr(self, "__getstate__") else None

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            o = wr()
            if o is not None:
                return o

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class _FinalizeInfo:
    __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")


class finalize:
    """`finalize(obj, func, /, *args, **kwargs)`: calls `func(*args, **kwargs)` once,
    when `obj` dies, when the finalizer is called, or at exit (unless `atexit` is
    False), whichever comes first."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _counter = [0]
    _dirty = False
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = _FinalizeInfo()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._counter[0] += 1
        info.index = finalize._counter[0]
        finalize._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """Calls the function unless it already ran or the finalizer was detached."""
        info = finalize._registry.pop(self, None)
        if info is not None and not finalize._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """`(obj, func, args, kwargs)` and the finalizer is dead, or None if it was."""
        info = finalize._registry.get(self)
        obj = info.weakref() if info is not None else None
        if obj is not None and finalize._registry.pop(self, None) is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """`(obj, func, args, kwargs)` while alive, else None."""
        info = finalize._registry.get(self)
        obj = info.weakref() if info is not None else None
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer will still call its function."""
        return self in finalize._registry

    @property
    def atexit(self):
        """Whether the function is called at exit if the finalizer is still alive."""
        info = finalize._registry.get(self)
        return info is not None and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info is not None:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info.weakref() if info is not None else None
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        chosen = [(f, i) for (f, i) in list(cls._registry.items()) if i.atexit]
        chosen.sort(key=lambda item: item[1].index)
        return [f for (f, i) in chosen]

    @classmethod
    def _exitfunc(cls):
        # Most recently created first; a finalizer created meanwhile is picked up.
        try:
            pending = None
            while cls._registry:
                if pending is None or finalize._dirty:
                    pending = cls._select_for_exit()
                    finalize._dirty = False
                if not pending:
                    break
                f = pending.pop()
                try:
                    f()
                except Exception:
                    sys.excepthook(*sys.exc_info())
        finally:
            finalize._shutdown = True
