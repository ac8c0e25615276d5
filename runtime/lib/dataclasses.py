"""braid's `dataclasses`: the @dataclass decorator and its helpers.

The generated __init__ is compiled from source text (with exec) so that it has
the real signature: argument errors then read exactly as CPython's
("Point.__init__() missing 1 required positional argument: 'y'").  The other
methods are closures over the field list; they do the same work per call.
Field annotations come from the class's own `__annotations__` in definition
order.
"""

import sys
import copy

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar",
           "KW_ONLY", "MISSING", "fields", "asdict", "astuple",
           "make_dataclass", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT_NAME = "__post_init__"


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f"dataclasses.InitVar[{type_name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash",
                 "init", "compare", "metadata", "kw_only", "doc", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only, doc=None):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self.doc = doc
        self._field_type = None

    def __repr__(self):
        return ("Field("
                f"name={self.name!r},"
                f"type={self.type!r},"
                f"default={self.default!r},"
                f"default_factory={self.default_factory!r},"
                f"init={self.init!r},"
                f"repr={self.repr!r},"
                f"hash={self.hash!r},"
                f"compare={self.compare!r},"
                f"metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},"
                f"doc={self.doc!r},"
                f"_field_type={self._field_type}"
                ")")

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen",
                 "match_args", "kw_only", "slots", "weakref_slot")

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        inner = ",".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"_DataclassParams({inner})"


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING, doc=None):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only, doc)


def _is_classvar(annotation):
    typing = sys.modules.get("typing")
    if typing is not None:
        cv = getattr(typing, "ClassVar", None)
        if annotation is cv or getattr(annotation, "__origin__", None) is cv \
                and cv is not None:
            return True
    if isinstance(annotation, str):
        text = annotation.strip()
        return text.startswith(("ClassVar", "typing.ClassVar", "t.ClassVar"))
    return False


def _is_initvar(annotation):
    if annotation is InitVar or type(annotation) is InitVar:
        return True
    if isinstance(annotation, str):
        return annotation.strip().startswith(("InitVar", "dataclasses.InitVar"))
    return False


def _is_kw_only_marker(annotation):
    if annotation is KW_ONLY:
        return True
    if isinstance(annotation, str):
        return annotation.strip() in ("KW_ONLY", "dataclasses.KW_ONLY")
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = cls.__dict__.get(a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f"field {f.name} cannot have a default factory")

    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f"field {f.name} is a ClassVar but specifies kw_only")

    if f._field_type is _FIELD and f.default is not MISSING \
            and f.default.__class__.__hash__ is None:
        raise ValueError(f"mutable default {type(f.default)} for field "
                         f"{f.name} is not allowed: use default_factory")
    return f


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _own_annotations(cls):
    """The class's own annotations in definition order: the __annotations__
    its body stored, else what its PEP 649 annotate function computes, else
    what the type reports (when it is not a base class's dict)."""
    ns = cls.__dict__
    ann = ns.get("__annotations__")
    if ann is None:
        for key in ("__annotate__", "__annotate_func__"):
            annotate = ns.get(key)
            if callable(annotate):
                try:
                    ann = annotate(1)
                except NameError:
                    # A forward reference: annotationlib (when braid has it)
                    # gives ForwardRef objects for the names not defined yet.
                    import annotationlib
                    ann = annotationlib.get_annotations(
                        cls, format=annotationlib.Format.FORWARDREF)
                break
    if ann is None:
        ann = getattr(cls, "__annotations__", None)
        for base in cls.__mro__[1:]:
            if ann is not None and ann is getattr(base, "__annotations__", None):
                ann = None
                break
    return dict(ann) if ann else {}


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(
        init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
        frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
        weakref_slot=weakref_slot))

    any_frozen_base = False
    all_frozen_bases = None
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if all_frozen_bases is None:
                all_frozen_bases = True
            current_frozen = getattr(b, _PARAMS).frozen
            all_frozen_bases = all_frozen_bases and current_frozen
            any_frozen_base = any_frozen_base or current_frozen

    cls_annotations = _own_annotations(cls)
    cls_fields = []
    kw_only_seen = False
    for name, type_ in cls_annotations.items():
        if _is_kw_only_marker(type_):
            if kw_only_seen:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY "
                                "has already been specified")
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type_, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a "
                            "frozen one")
        if all_frozen_bases is False and frozen:
            raise TypeError("cannot inherit frozen dataclass from a "
                            "non-frozen one")

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and "__eq__" in cls.__dict__))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_init_fields = [f for f in fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_fields = [f for f in all_init_fields if f.init and f.kw_only]
    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, "__init__",
                           _make_init(cls, all_init_fields, std_fields,
                                      kw_fields, frozen, has_post_init))

    if repr:
        _set_new_attribute(cls, "__repr__",
                           _make_repr(cls, [f for f in field_list if f.repr]))

    if eq:
        _set_new_attribute(cls, "__eq__",
                           _make_eq(cls, [f for f in field_list if f.compare]))

    if order:
        cmp_fields = [f for f in field_list if f.compare]
        for name, op in (("__lt__", _lt), ("__le__", _le), ("__gt__", _gt),
                         ("__ge__", _ge)):
            if _set_new_attribute(cls, name, _make_order(cls, name, op, cmp_fields)):
                raise TypeError(f"Cannot overwrite attribute {name} "
                                f"in class {cls.__name__}. Consider using "
                                "functools.total_ordering")

    if frozen:
        for name, fn in (("__setattr__", _make_frozen_setattr(cls, fields)),
                         ("__delattr__", _make_frozen_delattr(cls, fields))):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f"Cannot overwrite attribute {name} "
                                f"in class {cls.__name__}")

    hash_fields = [f for f in field_list
                   if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ "
                            f"in class {cls.__name__}")
        cls.__hash__ = _make_hash(cls, hash_fields)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(cls, hash_fields)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, "__doc__"):
        try:
            cls.__doc__ = cls.__name__ + "(" + ", ".join(
                f.name for f in std_fields + kw_fields) + ")"
        except (AttributeError, TypeError):
            pass

    if match_args:
        _set_new_attribute(cls, "__match_args__",
                           tuple(f.name for f in std_fields))

    if slots:
        cls = _add_slots(cls, frozen, weakref_slot, field_list)

    return cls


def _make_fn(name, qualname, args_text, body_lines, env):
    text = f"def {name}({args_text}):\n"
    text += "\n".join("    " + line for line in body_lines) + "\n"
    ns = {}
    exec(text, env, ns)
    fn = ns[name]
    fn.__qualname__ = f"{qualname}.{name}"
    return fn


def _make_init(cls, all_init_fields, std_fields, kw_fields, frozen,
               has_post_init):
    seen_default = None
    for f in std_fields:
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default is not None:
                raise TypeError(f"non-default argument {f.name!r} follows "
                                f"default argument {seen_default.name!r}")
        else:
            seen_default = seen_default or f

    env = {"__dataclass_HAS_DEFAULT_FACTORY__": _HAS_DEFAULT_FACTORY,
           "__dataclass_builtins_object__": object,
           "__dataclass_MISSING__": MISSING}

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default_factory is not MISSING:
            return f"{f.name}=__dataclass_HAS_DEFAULT_FACTORY__"
        env[f"__dataclass_dflt_{f.name}__"] = f.default
        return f"{f.name}=__dataclass_dflt_{f.name}__"

    params = ["__dataclass_self__"] + [param(f) for f in std_fields]
    if kw_fields:
        params.append("*")
        params.extend(param(f) for f in kw_fields)

    def assign(name, value):
        if frozen:
            return (f"__dataclass_builtins_object__.__setattr__("
                    f"__dataclass_self__, {name!r}, {value})")
        return f"__dataclass_self__.{name} = {value}"

    body = []
    for f in all_init_fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            env[f"__dataclass_dflt_{f.name}__"] = f.default_factory
            factory = f"__dataclass_dflt_{f.name}__()"
            if f.init:
                value = (f"{factory} if {f.name} is "
                         f"__dataclass_HAS_DEFAULT_FACTORY__ else {f.name}")
            else:
                value = factory
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            env[f"__dataclass_dflt_{f.name}__"] = f.default
            value = f"__dataclass_dflt_{f.name}__"
        else:
            continue
        body.append(assign(f.name, value))
    if has_post_init:
        initvars = ", ".join(f.name for f in all_init_fields
                             if f._field_type is _FIELD_INITVAR)
        body.append(f"__dataclass_self__.{_POST_INIT_NAME}({initvars})")
    if not body:
        body = ["pass"]
    fn = _make_fn("__init__", cls.__qualname__, ", ".join(params), body, env)
    return fn


_repr_running = set()


def _make_repr(cls, repr_fields):
    names = [f.name for f in repr_fields]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        finally:
            _repr_running.discard(key)
        return f"{self.__class__.__qualname__}({inner})"

    __repr__.__qualname__ = f"{cls.__qualname__}.__repr__"
    return __repr__


def _make_eq(cls, cmp_fields):
    names = [f.name for f in cmp_fields]

    def __eq__(self, other):
        if self is other:
            return True
        if other.__class__ is self.__class__:
            for name in names:
                if getattr(self, name) != getattr(other, name):
                    return False
            return True
        return NotImplemented

    __eq__.__qualname__ = f"{cls.__qualname__}.__eq__"
    return __eq__


def _lt(a, b):
    return a < b


def _le(a, b):
    return a <= b


def _gt(a, b):
    return a > b


def _ge(a, b):
    return a >= b


def _make_order(cls, name, op, cmp_fields):
    names = [f.name for f in cmp_fields]

    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(tuple(getattr(self, n) for n in names),
                      tuple(getattr(other, n) for n in names))
        return NotImplemented

    compare.__name__ = name
    compare.__qualname__ = f"{cls.__qualname__}.{name}"
    return compare


def _make_hash(cls, hash_fields):
    names = [f.name for f in hash_fields]

    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in names))

    __hash__.__qualname__ = f"{cls.__qualname__}.__hash__"
    return __hash__


def _make_frozen_setattr(cls, fields):
    names = frozenset(fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    __setattr__.__qualname__ = f"{cls.__qualname__}.__setattr__"
    return __setattr__


def _make_frozen_delattr(cls, fields):
    names = frozenset(fields)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    __delattr__.__qualname__ = f"{cls.__qualname__}.__delattr__"
    return __delattr__


def _add_slots(cls, is_frozen, weakref_slot, field_list):
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    cls_dict = dict(cls.__dict__.items())  # dict(mappingproxy) misreads it in braid today
    field_names = tuple(f.name for f in field_list)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, "__slots__", ()))
    slots = tuple(n for n in field_names if n not in inherited)
    if weakref_slot:
        slots += ("__weakref__",)
    cls_dict["__slots__"] = slots
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        fields = getattr(new_cls, _FIELDS)
        new_cls.__setattr__ = _make_frozen_setattr(new_cls, fields)
        new_cls.__delattr__ = _make_frozen_delattr(new_cls, fields)
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots,
                              weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if type(obj) in (int, float, str, bool, type(None), bytes, complex):
        return obj
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        if hasattr(type(obj), "default_factory"):
            result = type(obj)(obj.default_factory)
            for k, v in obj.items():
                result[_asdict_inner(k, dict_factory)] = _asdict_inner(v, dict_factory)
            return result
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if type(obj) in (int, float, str, bool, type(None), bytes, complex):
        return obj
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory),
                          _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise TypeError(f"field {f.name} is declared with "
                                 "init=False, it cannot be specified with "
                                 "replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError(f"InitVar {f.name!r} "
                                "must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Return a new dynamically created dataclass."""
    namespace = dict(namespace or {})
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            namespace[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = tp
    namespace["__annotations__"] = annotations
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = "__main__"
    namespace["__module__"] = module
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
