"""Abstract base classes: braid's own `abc` module.

ABCMeta keeps, per class, the set of abstract method names, the classes
registered as virtual subclasses and a small positive/negative cache for
subclass checks.  Instantiation of a class that still has abstract methods is
refused in ABCMeta.__call__ (braid has no flag on object.__new__ for it).
"""


def abstractmethod(funcobj):
    """Mark a method as abstract; ABCMeta refuses to instantiate its class."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    """Deprecated spelling of classmethod(abstractmethod(f))."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """Deprecated spelling of staticmethod(abstractmethod(f))."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated spelling of property(abstractmethod(f))."""
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    for attr in ("__func__", "fget", "fset", "fdel"):
        inner = getattr(value, attr, None)
        if inner is not None and getattr(inner, "__isabstractmethod__", False):
            return True
    return False


def _compute_abstracts(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in base.__dict__.get("__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for abstract base classes (register, isinstance hooks)."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_registry = []
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__dict__.get("__abstractmethods__")
        if abstracts:
            names = sorted(abstracts)
            quoted = ", ".join("'%s'" % n for n in names)
            plural = "s" if len(names) > 1 else ""
            raise TypeError(
                "Can't instantiate abstract class %s without an implementation "
                "for abstract method%s %s" % (cls.__name__, plural, quoted))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; returns the subclass."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _invalidate_all()
        return subclass

    def __instancecheck__(cls, instance):
        subclass = type(instance)
        if subclass in cls._abc_cache:
            return True
        klass = getattr(instance, "__class__", subclass)
        if klass is not subclass and cls.__subclasscheck__(klass):
            return True
        return cls.__subclasscheck__(subclass)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_cache:
            return True
        if subclass in cls._abc_negative_cache:
            return False
        result = _check(cls, subclass)
        if result:
            cls._abc_cache.add(subclass)
        else:
            cls._abc_negative_cache.add(subclass)
        return result

    def _dump_registry(cls, file=None):
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        print("_abc_registry: %r" % (cls._abc_registry,), file=file)


_all_abcs = []


def _invalidate_all():
    for klass in _all_abcs:
        klass._abc_cache.clear()
        klass._abc_negative_cache.clear()


def _check(cls, subclass):
    if cls not in _all_abcs:
        _all_abcs.append(cls)
    hook = cls.__dict__.get("__subclasshook__")
    if hook is None:
        for base in cls.__mro__[1:]:
            if "__subclasshook__" in base.__dict__:
                hook = base.__dict__["__subclasshook__"]
                break
    if hook is not None:
        func = getattr(hook, "__func__", hook)
        ok = func(cls, subclass)
        if ok is not NotImplemented:
            return bool(ok)
    if cls in subclass.__mro__:
        return True
    for registered in cls._abc_registry:
        if registered is subclass or issubclass(subclass, registered):
            return True
    for scls in type.__subclasses__(cls) if hasattr(type, "__subclasses__") else ():
        if issubclass(subclass, scls):
            return True
    return False


def get_cache_token():
    return len(_all_abcs)


class ABC(metaclass=ABCMeta):
    """Helper class: subclass it instead of writing metaclass=ABCMeta."""
    __slots__ = ()


def update_abstractmethods(cls):
    if "__abstractmethods__" in cls.__dict__:
        cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls
