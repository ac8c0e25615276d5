"""braid's `typing`: the names annotated code imports, with runtime objects
that behave as CPython's where a script can observe them (subscription,
get_origin/get_args, TypeVar, Generic, Protocol with runtime_checkable,
NamedTuple and TypedDict class syntax, cast, overload, get_type_hints).

Type checking itself is not done: subscripted forms are _GenericAlias
records of (origin, args).  Protocols and the container aliases build on
the collections ABCs.
"""

import sys
import collections
import _collections_abc
from abc import ABCMeta, abstractmethod

__all__ = [
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final",
    "ForwardRef", "Generic", "Literal", "Optional", "ParamSpec", "Protocol",
    "Tuple", "Type", "TypeVar", "TypeVarTuple", "Union", "AbstractSet",
    "ByteString", "Container", "ContextManager", "Hashable", "ItemsView",
    "Iterable", "Iterator", "KeysView", "Mapping", "MappingView",
    "MutableMapping", "MutableSequence", "MutableSet", "Sequence", "Sized",
    "ValuesView", "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine",
    "Collection", "AsyncGenerator", "AsyncContextManager", "Reversible",
    "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsFloat",
    "SupportsIndex", "SupportsInt", "SupportsRound", "ChainMap", "Counter",
    "Deque", "Dict", "DefaultDict", "List", "OrderedDict", "Set",
    "FrozenSet", "NamedTuple", "TypedDict", "Generator", "BinaryIO", "IO",
    "Match", "Pattern", "TextIO", "AnyStr", "assert_type", "assert_never",
    "cast", "clear_overloads", "dataclass_transform", "final",
    "get_args", "get_origin", "get_overloads", "get_protocol_members",
    "get_type_hints", "is_protocol", "is_typeddict", "LiteralString",
    "Never", "NewType", "no_type_check", "no_type_check_decorator",
    "NoDefault", "NoReturn", "NotRequired", "overload", "override",
    "ParamSpecArgs", "ParamSpecKwargs", "ReadOnly", "Required",
    "reveal_type", "runtime_checkable", "Self", "Text", "TYPE_CHECKING",
    "TypeAlias", "TypeGuard", "TypeIs", "TypeAliasType", "Unpack",
]

TYPE_CHECKING = False

from _typing_forms import (
    _type_repr,
    _Final,
    _GenericAlias,
    _SpecialForm,
    _AnyMeta,
    Any,
    NoReturn,
    Never,
    Self,
    LiteralString,
    TypeAlias,
    ClassVar,
    Final,
    _flatten_union,
    Union,
    Optional,
    Literal,
    Concatenate,
    TypeGuard,
    TypeIs,
    Required,
    NotRequired,
    ReadOnly,
    Unpack,
    _AnnotatedAlias,
    Annotated,
    _TypeVarLike,
    _caller_module,
    TypeVar,
    TypeVarTuple,
    ParamSpecArgs,
    ParamSpecKwargs,
    ParamSpec,
    Generic,
    TypeAliasType)


class _CallableAlias(_GenericAlias):
    __slots__ = ()

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f"typing.Callable[..., {_type_repr(args[1])}]"
        return (f"typing.Callable[[{', '.join(_type_repr(a) for a in args[:-1])}], "
                f"{_type_repr(args[-1])}]")


class _SpecialGenericAlias(_Final):
    """List, Dict, Callable ...: the deprecated capitalised aliases."""
    __slots__ = ("__origin__", "_name", "_nparams")

    def __init__(self, origin, nparams, name=None):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name or origin.__name__

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._name == "Callable":
            if not isinstance(params, tuple) or len(params) != 2:
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            args, result = params
            if args is ...:
                return _CallableAlias(self.__origin__, (..., result), "Callable")
            if not isinstance(args, (list, tuple)):
                if isinstance(args, (ParamSpec, _GenericAlias)):
                    return _CallableAlias(self.__origin__, (args, result), "Callable")
                raise TypeError("Callable[args, result]: args must be a list. "
                                f"Got {_type_repr(args)}")
            return _CallableAlias(self.__origin__, tuple(args) + (result,), "Callable")
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == "Tuple":
            return _GenericAlias(tuple, params, "Tuple")
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(
                f"Too {'many' if len(params) > self._nparams else 'few'} arguments "
                f"for typing.{self._name}; actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        if self._name in ("List", "Dict", "Set", "FrozenSet", "Tuple", "Type"):
            raise TypeError(f"Type {self._name} cannot be instantiated; use "
                            f"{self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


_abc = _collections_abc
Hashable = _SpecialGenericAlias(_abc.Hashable, 0)
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1)
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1)
Iterable = _SpecialGenericAlias(_abc.Iterable, 1)
Iterator = _SpecialGenericAlias(_abc.Iterator, 1)
Reversible = _SpecialGenericAlias(_abc.Reversible, 1)
Sized = _SpecialGenericAlias(_abc.Sized, 0)
Container = _SpecialGenericAlias(_abc.Container, 1)
Collection = _SpecialGenericAlias(_abc.Collection, 1)
Callable = _SpecialGenericAlias(_abc.Callable, 2)
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, "AbstractSet")
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1)
Mapping = _SpecialGenericAlias(_abc.Mapping, 2)
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2)
Sequence = _SpecialGenericAlias(_abc.Sequence, 1)
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1)
ByteString = _SpecialGenericAlias(_abc.ByteString, 0)
Tuple = _SpecialGenericAlias(tuple, -1, "Tuple")
List = _SpecialGenericAlias(list, 1, "List")
Deque = _SpecialGenericAlias(collections.deque, 1, "Deque")
Set = _SpecialGenericAlias(set, 1, "Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, "FrozenSet")
MappingView = _SpecialGenericAlias(_abc.MappingView, 1)
KeysView = _SpecialGenericAlias(_abc.KeysView, 1)
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2)
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1)
Dict = _SpecialGenericAlias(dict, 2, "Dict")
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, "DefaultDict")
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
Generator = _SpecialGenericAlias(_abc.Generator, 3)
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2)
Type = _SpecialGenericAlias(type, 1, "Type")
Text = str
AnyStr = TypeVar("AnyStr", bytes, str)
AnyStr.__module__ = "typing"


class _ContextManagerABC(metaclass=ABCMeta):
    def __enter__(self):
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is _ContextManagerABC:
            return _abc._check_methods(C, "__enter__", "__exit__")
        return NotImplemented


ContextManager = _SpecialGenericAlias(_ContextManagerABC, 1, "ContextManager")
AsyncContextManager = _SpecialGenericAlias(_ContextManagerABC, 1, "AsyncContextManager")


################################################################################
# Protocol
################################################################################

_PROTO_SKIP = frozenset((
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__",
    "__module__", "__new__", "__slots__", "__subclasshook__", "__weakref__",
    "__class_getitem__", "__match_args__", "__static_attributes__",
    "__firstlineno__", "__qualname__", "__orig_bases__", "__parameters__",
    "__annotate__", "__protocol_attrs__", "__non_callable_proto_members__",
    "__type_params__", "_is_protocol", "_is_runtime_protocol",
    "_abc_registry", "_abc_cache", "_abc_negative_cache", "__init_subclass__",
    "__classdictcell__", "__classcell__", "__annotate_func__",
    "__annotations_cache__", "__conditional_annotations__"))


def _own_annotation_names(cls):
    """The names a class annotates itself (not evaluating the annotations)."""
    ann = cls.__dict__.get("__annotations__")
    if ann is None:
        import annotationlib
        annotate = annotationlib.get_annotate_from_class_namespace(cls.__dict__)
        if callable(annotate):
            ann = annotationlib.call_annotate_function(
                annotate, annotationlib.Format.FORWARDREF, owner=cls)
    return ann or {}


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for attr in list(base.__dict__) + list(_own_annotation_names(base)):
            if not attr.startswith("_abc_") and attr not in _PROTO_SKIP:
                attrs.add(attr)
    return attrs


class _ProtocolMeta(ABCMeta):
    def __new__(mcls, name, bases, namespace, **kwargs):
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, "_is_protocol", False):
            return super().__instancecheck__(instance)
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if super().__instancecheck__(instance):
            return True
        for attr in cls.__protocol_attrs__:
            try:
                val = getattr(instance, attr)
            except AttributeError:
                return False
            if val is None and attr not in getattr(cls, "__non_callable_proto_members__", ()):
                return False
        return True

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if getattr(cls, "_is_protocol", False) and not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        return super().__subclasscheck__(other)


def _no_init_or_replace_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol or
                                   (isinstance(b, _ProtocolMeta) and b.__dict__.get("_is_protocol"))
                                   for b in cls.__bases__)
        cls.__protocol_attrs__ = _get_protocol_attrs(cls)
        if "__subclasshook__" not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def _proto_hook(cls, other):
    if not cls.__dict__.get("_is_protocol", False):
        return NotImplemented
    for attr in cls.__protocol_attrs__:
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


_proto_hook = classmethod(_proto_hook)


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    if not issubclass(cls, Generic) or not getattr(cls, "_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes,"
                        f" got {cls!r}")
    cls._is_runtime_protocol = True
    cls.__non_callable_proto_members__ = {
        attr for attr in cls.__protocol_attrs__
        if not callable(getattr(cls, attr, None))}
    return cls


def is_protocol(tp):
    return isinstance(tp, type) and getattr(tp, "_is_protocol", False) and tp is not Protocol


def get_protocol_members(tp):
    if not is_protocol(tp):
        raise TypeError(f"{tp!r} is not a Protocol")
    return frozenset(tp.__protocol_attrs__)


def _supports(name, method):
    def hook(cls, C):
        return _abc._check_methods(C, method)
    ns = {"__slots__": (), method: abstractmethod(lambda self: None),
          "_is_protocol": True, "_is_runtime_protocol": True,
          "__module__": "typing"}
    cls = _ProtocolMeta(name, (Protocol,), ns)
    cls.__subclasshook__ = classmethod(hook)
    return cls


SupportsInt = _supports("SupportsInt", "__int__")
SupportsFloat = _supports("SupportsFloat", "__float__")
SupportsComplex = _supports("SupportsComplex", "__complex__")
SupportsBytes = _supports("SupportsBytes", "__bytes__")
SupportsIndex = _supports("SupportsIndex", "__index__")
SupportsAbs = _supports("SupportsAbs", "__abs__")
SupportsRound = _supports("SupportsRound", "__round__")


################################################################################
# NamedTuple, TypedDict, NewType
################################################################################

def _class_annotations(ns):
    """The annotations a class body being built defined (its namespace `ns`):
    stored eagerly under `from __future__ import annotations`, else computed from
    its annotate function, names not defined yet as ForwardRef objects."""
    ann = ns.get("__annotations__")
    if ann is None:
        import annotationlib
        annotate = annotationlib.get_annotate_from_class_namespace(ns)
        if callable(annotate):
            ann = annotationlib.call_annotate_function(
                annotate, annotationlib.Format.FORWARDREF)
    return dict(ann) if ann else {}


_NT_RESERVED = frozenset(("__new__", "__init__", "__slots__", "__getnewargs__",
                          "_fields", "_field_defaults", "_make", "_replace",
                          "_asdict", "_source"))
_NT_SPECIAL = frozenset(("__module__", "__name__", "__annotations__",
                         "__annotate__", "__qualname__", "__dict__",
                         "__weakref__", "__doc__", "__firstlineno__",
                         "__static_attributes__", "__orig_bases__",
                         "__classcell__", "__classdictcell__", "__annotate_func__",
                         "__annotations_cache__", "__conditional_annotations__"))


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = dict(types)
    return nm_tpl


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns, **kwargs):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        types = _class_annotations(ns)
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns.get("__module__", "__main__"))
        for key, val in ns.items():
            if key in _NT_RESERVED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NT_SPECIAL:
                if key not in nm_tpl._fields:
                    setattr(nm_tpl, key, val)
                set_name = getattr(type(val), "__set_name__", None)
                if set_name is not None:
                    set_name(val, nm_tpl, key)
        if "__doc__" in ns and ns["__doc__"]:
            nm_tpl.__doc__ = ns["__doc__"]
        if "__qualname__" in ns:
            nm_tpl.__qualname__ = ns["__qualname__"]
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class P(NamedTuple): x: int"""
    if fields is None:
        fields = list(kwargs.items())
    return _make_nmtuple(typename, list(fields),
                         module=_caller_module() or "__main__")


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries
_NamedTuple = type.__new__(_NamedTupleMeta, "NamedTuple", (), {"__module__": "typing"})


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True, **kwargs):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type "
                                "and a non-TypedDict base class")
        own = _class_annotations(ns)
        annotations = {}
        required, optional = set(), set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required |= base.__dict__.get("__required_keys__", frozenset())
            optional |= base.__dict__.get("__optional_keys__", frozenset())
        for key, tp in own.items():
            annotations[key] = tp
            origin = getattr(tp, "__origin__", None)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        ns = dict(ns)
        ns["__annotations__"] = annotations
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True):
    """A simple typed namespace. At runtime it is equivalent to a plain dict."""
    if fields is None:
        fields = {}
    ns = {"__annotations__": dict(fields),
          "__module__": _caller_module() or "__main__"}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {"__module__": "typing"})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        mod = _caller_module()
        if mod != "typing":
            self.__module__ = mod

    def __mro_entries__(self, bases):
        superclass_name = self.__name__
        raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking "
                        f"for: `{superclass_name} = NewType({superclass_name!r}, {superclass_name})`")

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, obj):
        return obj

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


################################################################################
# Functions
################################################################################

def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that the value is of the given type."""
    return val


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Ask a static type checker to reveal the inferred type of an expression."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @typing.overload-decorated.")


def overload(func):
    """Decorator for overloaded functions/methods."""
    f = getattr(func, "__func__", func)
    key = (getattr(f, "__module__", None), getattr(f, "__qualname__", None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    f = getattr(func, "__func__", func)
    key = (getattr(f, "__module__", None), getattr(f, "__qualname__", None))
    return list(_overload_registry.get(key, []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    """Decorator to indicate final methods and final classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    """Indicate that a method is intended to override a method in a base class."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False,
                        kw_only_default=False, frozen_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "frozen_default": frozen_default,
            "field_specifiers": field_specifiers, "kwargs": kwargs}
        return cls_or_fn
    return decorator


# typing.ForwardRef is annotationlib's (as in 3.14).
from annotationlib import ForwardRef


class _NoDefaultType:
    def __repr__(self):
        return "typing.NoDefault"


NoDefault = _NoDefaultType()


class TypeAliasType:
    """Type alias created by `type X = ...` or TypeAliasType(name, value)."""

    def __init__(self, name, value, *, type_params=()):
        self.__name__ = name
        self.__value__ = value
        self.__type_params__ = tuple(type_params)
        self.__parameters__ = tuple(type_params)
        self.__module__ = _caller_module()

    def __repr__(self):
        return self.__name__

    def __getitem__(self, params):
        return _GenericAlias(self, params)

    def __or__(self, other):
        return Union[self, other]


def get_origin(tp):
    """Get the unsubscripted version of a type (List[int] -> list)."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if type(tp).__name__ == "GenericAlias":
        return tp.__origin__
    if type(tp).__name__ in ("Union", "UnionType"):
        return Union
    return None


def get_args(tp):
    """Get type arguments with all substitutions performed."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if isinstance(tp, _CallableAlias) and args and args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    if type(tp).__name__ in ("GenericAlias", "Union", "UnionType"):
        return tp.__args__
    return ()


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = eval(value, globalns, localns)
    if isinstance(value, ForwardRef):
        value = value.evaluate(globals=globalns, locals=localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object (annotations with strings evaluated)."""
    hints = {}
    if isinstance(obj, type):
        import annotationlib
        for base in reversed(obj.__mro__):
            ann = annotationlib.get_annotations(base)
            g = globalns
            if g is None:
                mod = sys.modules.get(base.__module__)
                g = getattr(mod, "__dict__", {})
            # .items(): braid's dict() misreads a mappingproxy today.
            l = dict(vars(base).items()) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, g, l)
        return hints
    ann = getattr(obj, "__annotations__", None)
    if ann is None:
        if isinstance(obj, (type(sys), type(lambda: 0))) or callable(obj):
            return {}
        raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    g = globalns
    if g is None:
        g = getattr(obj, "__globals__", None)
        if g is None:
            g = getattr(obj, "__dict__", {})
    for name, value in ann.items():
        hints[name] = _eval_hint(value, g, localns)
    return hints


IO = _SpecialGenericAlias(object, 1, "IO")
TextIO = IO
BinaryIO = IO
Pattern = _SpecialGenericAlias(object, 1, "Pattern")
Match = _SpecialGenericAlias(object, 1, "Match")
