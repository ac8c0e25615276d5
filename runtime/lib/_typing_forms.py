"""The special forms of `typing` (kept apart so that typing.py stays small):
subscripted aliases (_GenericAlias), the _SpecialForm objects (Union,
Optional, Literal, ClassVar ...), Any, Annotated, TypeVar/ParamSpec/
TypeVarTuple and Generic.  typing re-exports all of them; their
__module__ is set to "typing", where scripts expect to find them.
"""

import sys

def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, type(lambda: 0)):
        return obj.__name__
    if isinstance(obj, tuple):
        return "[" + ", ".join(_type_repr(t) for t in obj) + "]"
    return repr(obj)


class _Final:
    __slots__ = ()


class _GenericAlias(_Final):
    """A subscripted form: origin[args] (List[int], Optional[str] ...)."""
    __slots__ = ("__origin__", "__args__", "_name", "__metadata__")

    def __init__(self, origin, args, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    @property
    def __parameters__(self):
        params = []
        for arg in self.__args__:
            if isinstance(arg, (TypeVar, ParamSpec)) and arg not in params:
                params.append(arg)
            for p in getattr(arg, "__parameters__", ()):
                if p not in params:
                    params.append(p)
        return tuple(params)

    def __repr__(self):
        name = self._name or _type_repr(self.__origin__)
        if self._name and not name.startswith("typing."):
            name = "typing." + name
        if self.__args__ == ():
            return f"{name}[()]"
        return f"{name}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if not callable(origin) or isinstance(origin, _SpecialForm):
            raise TypeError(f"Type {self._name or _type_repr(origin)} cannot be instantiated; "
                            f"use {getattr(origin, '__name__', origin)}() instead")
        result = origin(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        subst = dict(zip(self.__parameters__, params))
        new_args = tuple(subst.get(a, a) if isinstance(a, (TypeVar, ParamSpec))
                         else (a[tuple(subst.get(p, p) for p in a.__parameters__)]
                               if isinstance(a, _GenericAlias) and a.__parameters__
                               else a)
                         for a in self.__args__)
        return _GenericAlias(self.__origin__, new_args, self._name)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if origin is Generic or (isinstance(origin, type) and issubclass(origin, Generic)):
            for b in bases:
                if b is not self and isinstance(b, type) and issubclass(b, Generic):
                    return ()
            return (origin,)
        return (origin,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and "
                        "instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and "
                        "instance checks")

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def copy_with(self, args):
        return _GenericAlias(self.__origin__, args, self._name)


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar, Final, Literal ...: forms that are
    subscripted but not classes."""
    __slots__ = ("_name", "_getitem")

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__

    def __getattr__(self, item):
        if item in {"__name__", "__qualname__"}:
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


class _AnyMeta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        return super().__new__(mcls, name, bases, ns)

    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""


@_SpecialForm
def NoReturn(self, parameters):
    """Special type indicating functions that never return."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Never(self, parameters):
    """The bottom type, a type that has no members."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Self(self, parameters):
    """Used to spell the type of "self" in classes."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def LiteralString(self, parameters):
    """Represents an arbitrary literal string."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def TypeAlias(self, parameters):
    """Special form for marking type aliases."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def ClassVar(self, parameters):
    """Special type construct to mark class variables."""
    return _GenericAlias(self, (parameters,), "ClassVar")


@_SpecialForm
def Final(self, parameters):
    """Special typing construct to indicate final names to type checkers."""
    return _GenericAlias(self, (parameters,), "Final")


def _flatten_union(parameters):
    result = []
    for p in parameters:
        if p is None:
            p = type(None)
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            items = p.__args__
        elif type(p).__name__ in ("Union", "UnionType") and hasattr(p, "__args__"):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in result:
                result.append(item)
    return tuple(result)


@_SpecialForm
def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    params = _flatten_union(parameters)
    if len(params) == 1:
        return params[0]
    return _GenericAlias(self, params, "Union")


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is equivalent to Union[X, None]."""
    return Union[parameters, None]


@_SpecialForm
def Literal(self, parameters):
    """Special typing form to define literal types (a.k.a. value types)."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, "Literal")


@_SpecialForm
def Concatenate(self, parameters):
    """Used with Callable and ParamSpec to add, remove or transform parameters."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, "Concatenate")


@_SpecialForm
def TypeGuard(self, parameters):
    """Special typing construct for marking user-defined type predicates."""
    return _GenericAlias(self, (parameters,), "TypeGuard")


@_SpecialForm
def TypeIs(self, parameters):
    """Special typing construct for marking user-defined type predicates."""
    return _GenericAlias(self, (parameters,), "TypeIs")


@_SpecialForm
def Required(self, parameters):
    """A special typing construct to mark a key of a total=False TypedDict as required."""
    return _GenericAlias(self, (parameters,), "Required")


@_SpecialForm
def NotRequired(self, parameters):
    """A special typing construct to mark a key of a TypedDict as potentially missing."""
    return _GenericAlias(self, (parameters,), "NotRequired")


@_SpecialForm
def ReadOnly(self, parameters):
    """A special typing construct to mark an item of a TypedDict as read-only."""
    return _GenericAlias(self, (parameters,), "ReadOnly")


@_SpecialForm
def Unpack(self, parameters):
    """Type unpack operator."""
    return _GenericAlias(self, (parameters,), "Unpack")


class _AnnotatedAlias(_GenericAlias):
    __slots__ = ()

    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), "Annotated")
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self.__origin__),
            ", ".join(repr(a) for a in self.__metadata__))


class Annotated:
    """Add context-specific metadata to a type."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two "
                            "arguments (a type and an annotation).")
        return _AnnotatedAlias(params[0], tuple(params[1:]))


class _TypeVarLike:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if getattr(self, "__infer_variance__", False):
            prefix = ""
        elif self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")

    # PEP 695 parameters evaluate their bound, constraints and default lazily: the
    # compiler hands over functions, which the first access calls.
    _lazy = None

    def _evaluated(self, attr, empty):
        lazy = self.__dict__.get("_lazy")
        if lazy and attr in lazy:
            value = lazy.pop(attr)()
            self.__dict__[attr] = value
            return value
        return self.__dict__.get(attr, empty)

    @property
    def __bound__(self):
        return self._evaluated("_bound", None)

    @property
    def __constraints__(self):
        return self._evaluated("_constraints", ())

    @property
    def __default__(self):
        return self._evaluated("_default", None)


def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return None


class TypeVar(_TypeVarLike):
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False, infer_variance=False, default=None):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant type variables are not supported.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self._constraints = tuple(constraints)
        self._bound = bound
        self._default = default
        mod = _caller_module()
        if mod != "typing":
            self.__module__ = mod

    def has_default(self):
        return self.__default__ is not None


class TypeVarTuple(_TypeVarLike):
    """Type variable tuple."""
    __covariant__ = False
    __contravariant__ = False

    def __init__(self, name, *, default=None):
        self.__name__ = name
        self._default = default

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class ParamSpec(_TypeVarLike):
    """Parameter specification variable."""

    def __init__(self, name, *, bound=None, covariant=False,
                 contravariant=False, infer_variance=False, default=None):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self._bound = bound
        self._default = default

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class Generic:
    """Abstract base class for generic types: class C(Generic[T]): ..."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic:
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)):
                    raise TypeError(
                        "Parameters to Generic[...] must all be type variables "
                        "or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError("Parameters to Generic[...] must all be unique")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        for base in cls.__dict__.get("__orig_bases__", ()):
            for p in getattr(base, "__parameters__", ()):
                if p not in tvars:
                    tvars.append(p)
        cls.__parameters__ = tuple(tvars)


class TypeAliasType:
    """Type alias: what `type X = ...` makes (the value is evaluated on first use)."""

    def __init__(self, name, value, *, type_params=()):
        if not isinstance(name, str):
            raise TypeError("TypeAliasType.__init__() argument 'name' must be str, "
                            f"not {type(name).__name__}")
        if not isinstance(type_params, tuple):
            raise TypeError("type_params must be a tuple")
        self.__name__ = name
        self.__qualname__ = name
        self.__type_params__ = type_params
        self._value = value
        self._value_fn = None
        self.__module__ = _caller_module()

    @property
    def __value__(self):
        if self._value_fn is not None:
            self._value = self._value_fn()
            self._value_fn = None
        return self._value

    @property
    def __parameters__(self):
        return self.__type_params__

    def __repr__(self):
        return self.__name__

    def __getitem__(self, parameters):
        if not self.__type_params__:
            raise TypeError("Only generic type aliases are subscriptable")
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return _GenericAlias(self, parameters)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self.__name__

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'typing.TypeAliasType' is not an acceptable base type")

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeAliasType")


# What the compiler's PEP 695 rewrite calls (compiler/type_params.rs).

def _type_param(kind, name, bound, constraints, default):
    """A type parameter of `def f[...]`, `class C[...]` or `type X[...]`: kind 0 is
    a TypeVar, 1 a ParamSpec, 2 a TypeVarTuple; the others are functions or None."""
    if kind == 0:
        param = TypeVar(name, infer_variance=True)
    elif kind == 1:
        param = ParamSpec(name, infer_variance=True)
    else:
        param = TypeVarTuple(name)
    lazy = {}
    for attr, fn in (("_bound", bound), ("_constraints", constraints), ("_default", default)):
        if fn is not None:
            lazy[attr] = fn
    if lazy:
        param._lazy = lazy
    param.__module__ = "typing"
    return param


def _type_alias(name, params, value_fn):
    alias = TypeAliasType(name, None, type_params=params)
    alias._value_fn = value_fn
    alias.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
    return alias


def _generic_base(params):
    return Generic[params]


for _obj in (_Final, _GenericAlias, _SpecialForm, _AnyMeta, Any, _AnnotatedAlias,
             Annotated, _TypeVarLike, TypeVar, TypeVarTuple, ParamSpecArgs,
             ParamSpecKwargs, ParamSpec, Generic, TypeAliasType):
    _obj.__module__ = "typing"
del _obj
