"""braid's `enum`: Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, auto, unique,
member lookups and aliases.

EnumType builds the members when the class is created: every plain name in
the class namespace that is not a descriptor (function, property ...) nor a
_sunder_/__dunder__ name becomes a member, in definition order; auto()
values are resolved in that order through _generate_next_value_.  Lookups
by value go through EnumType.__call__, so members are made with
object.__new__ (or the mixed-in data type's __new__: int for IntEnum, str for
StrEnum) and never through the class's own constructor, whose __new__ is
replaced by Enum.__new__ once the members exist.
"""

import sys

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag",
           "IntFlag", "ReprEnum", "auto", "unique",
           "property", "verify", "member", "nonmember", "FlagBoundary",
           "STRICT", "CONFORM", "EJECT", "KEEP", "global_enum",
           "EnumCheck", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE", "show_flag_values"]

_builtin_property = property


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""
    _counter = 0

    def __init__(self, value=None):
        self.value = value if value is not None else _AUTO
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return "auto(%r)" % (self.value,)

    # `AB = A | B` in a class body combines autos before they have values:
    # the result is an auto resolved (in definition order) from its operands.
    def __or__(self, other):
        return _AutoOp(lambda a, b: a | b, self, other)

    def __ror__(self, other):
        return _AutoOp(lambda a, b: a | b, other, self)

    def __and__(self, other):
        return _AutoOp(lambda a, b: a & b, self, other)

    def __rand__(self, other):
        return _AutoOp(lambda a, b: a & b, other, self)

    def __xor__(self, other):
        return _AutoOp(lambda a, b: a ^ b, self, other)

    def __rxor__(self, other):
        return _AutoOp(lambda a, b: a ^ b, other, self)


class _AutoOp(auto):
    def __init__(self, op, left, right):
        super().__init__()
        self._op = op
        self._left = left
        self._right = right

    def _resolve(self):
        def get(x):
            if isinstance(x, _AutoOp):
                return x._resolve()
            if isinstance(x, auto):
                return x.value
            return x
        self.value = self._op(get(self._left), get(self._right))
        return self.value


class _AutoValue:
    def __repr__(self):
        return "_auto_null"


_AUTO = _AutoValue()


class member:
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class property:
    """A property for members (name, value ...): on the class itself it
    gives the descriptor back instead of calling the getter."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, "__doc__", None)
        self.name = getattr(fget, "__name__", None)
        self._owner_name = None

    def __set_name__(self, owner, name):
        self.name = name
        self._owner_name = owner.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            return self
        if self.fget is None:
            raise AttributeError("<enum %r> property %r has no getter" % (
                self._owner_name or type(instance).__name__, self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (
                self._owner_name or type(instance).__name__, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r" % (
                self._owner_name or type(instance).__name__, self.name))
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" \
        and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" \
        and name[-2] != "_"


def _is_private(cls_name, name):
    pattern = "_%s__" % (cls_name.lstrip("_"),)
    return len(name) > len(pattern) and name.startswith(pattern) \
        and not name.endswith("__")


def _is_descriptor(obj):
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__")
            or hasattr(obj, "__delete__"))


class _EnumDict(dict):
    """Class namespace that refuses to redefine a member name."""

    def __new__(cls, *args, **kwargs):
        # dict's own constructor must not see the class name argument.
        return dict.__new__(cls)

    def __init__(self, cls_name=""):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = []

    def __setitem__(self, key, value):
        if key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        if not (_is_dunder(key) or _is_sunder(key) or _is_private(self._cls_name, key)
                or _is_descriptor(value) or isinstance(value, (nonmember, type))):
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            self._member_names.append(key)
        super().__setitem__(key, value)


class FlagBoundary:
    STRICT = "strict"
    CONFORM = "conform"
    EJECT = "eject"
    KEEP = "keep"


STRICT, CONFORM, EJECT, KEEP = "strict", "conform", "eject", "keep"


class EnumCheck:
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = (EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS,
                                   EnumCheck.UNIQUE)


def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return None


def _defining_class(cls, name):
    """The class of cls's MRO whose own dict defines name."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass
    return None


def _find_data_type(class_name, bases):
    """The data type mixed into an enum (int for IntEnum ...), or object."""
    data_types = []
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    if base._member_type_ not in data_types:
                        data_types.append(base._member_type_)
                    break
            elif "__new__" in base.__dict__ or "__dataclass_fields__" in base.__dict__:
                found = candidate or base
                if found not in data_types:
                    data_types.append(found)
                break
            else:
                candidate = candidate or base
    if len(data_types) > 1:
        raise TypeError("too many data types for %r: %r" % (class_name, set(data_types)))
    return data_types[0] if data_types else object


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return _EnumDict(cls)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False,
                **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        enum_base = None
        for base in bases:
            for klass in base.__mro__:
                if isinstance(klass, EnumType):
                    enum_base = klass
                    break
            if enum_base is not None:
                break

        ignore = classdict.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        names = []
        namespace = {}
        for key, value in list(classdict.items()):
            if key in ignore or key == "_ignore_":
                continue
            if isinstance(value, nonmember):
                namespace[key] = value.value
                continue
            if isinstance(value, member):
                names.append((key, value.value))
                continue
            if (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value) or isinstance(value, type)):
                namespace[key] = value
                continue
            names.append((key, value))

        namespace["_member_names_"] = []
        namespace["_member_map_"] = {}
        namespace["_value2member_map_"] = {}
        namespace["_unhashable_values_"] = []
        member_type = _find_data_type(cls, bases) if bases else object
        namespace["_member_type_"] = member_type
        if "__new__" in classdict and enum_base is not None:
            namespace["_custom_new_"] = classdict["__new__"]
        namespace["_new_member_"] = member_type.__new__
        if boundary is not None:
            namespace["_boundary_"] = boundary
        if ReprEnum is not None and ReprEnum in bases and member_type is object:
            raise TypeError("ReprEnum subclasses must be mixed with a data type "
                            "(i.e. int, str, float, etc.)")
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)

        # A mixed-in data type must not supply repr/str/format: the enum's own do,
        # unless the class (or a ReprEnum base) says otherwise.
        first_enum = bases[-1] if bases and isinstance(bases[-1], EnumType) else enum_base
        if member_type is not object and first_enum is not None:
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name in classdict:
                    continue
                owner = _defining_class(enum_class, name)
                if owner is object or (owner is not None and owner in member_type.__mro__):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
            if ReprEnum is not None and ReprEnum in bases:
                if "__format__" not in classdict:
                    type.__setattr__(enum_class, "__format__", _data_format)
                if "__str__" not in classdict:
                    method = member_type.__str__
                    if method is object.__str__:
                        method = member_type.__repr__
                    type.__setattr__(enum_class, "__str__", method)

        # Resolve auto() values in definition order.
        last_values = []
        generate = getattr(enum_class, "_generate_next_value_", None)
        resolved = []
        for count, (key, value) in enumerate(names):
            if isinstance(value, _AutoOp):
                value = value._resolve()
            elif isinstance(value, auto):
                if value.value is _AUTO:
                    value.value = generate(key, 1, len(last_values), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                items = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _AUTO:
                            v.value = generate(key, 1, len(last_values), last_values[:])
                        v = v.value
                    items.append(v)
                value = tuple(items)
            last_values.append(value)
            resolved.append((key, value))

        for key, value in resolved:
            enum_class._add_member_(key, value)
        # Flag operators win over a mixed-in int's (IntFlag | int is an IntFlag).
        if Flag is not None and issubclass(enum_class, Flag):
            for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__",
                         "__rxor__", "__invert__"):
                if name not in classdict:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])
        # Calls look members up by value: Enum.__new__, not the data type's or the
        # class's member constructor.
        if Enum is not None and ("__new__" in classdict or member_type is not object):
            type.__setattr__(enum_class, "__new__", Enum.__dict__["__new__"])

        if Flag is not None and issubclass(enum_class, Flag):
            flag_mask = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    flag_mask |= m._value_
            type.__setattr__(enum_class, "_flag_mask_", flag_mask)
            type.__setattr__(enum_class, "_all_bits_",
                             2 ** flag_mask.bit_length() - 1 if flag_mask else 0)
        return enum_class

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        # The member constructor: the class's own __new__, else the nearest enum
        # base's (kept in _custom_new_ once Enum.__new__ replaced it).
        custom_new = next((k.__dict__["_custom_new_"] for k in cls.__mro__
                           if "_custom_new_" in k.__dict__ and isinstance(k, EnumType)), None)
        member_type = cls._member_type_
        if custom_new is not None and custom_new is not Enum.__dict__.get("__new__"):
            new = getattr(custom_new, "__func__", custom_new)
            enum_member = new(cls, *args)
            if not hasattr(enum_member, "_value_"):
                enum_member._value_ = value if member_type is object else member_type(*args)
        elif member_type is object:
            enum_member = object.__new__(cls)
            enum_member._value_ = value
        else:
            enum_member = member_type.__new__(cls, *args)
            if not hasattr(enum_member, "_value_"):
                enum_member._value_ = member_type(*args)
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        init_owner = _defining_class(cls, "__init__")
        if init_owner is not None and init_owner is not object and init_owner is not Enum \
                and init_owner not in member_type.__mro__:
            enum_member.__init__(*args)
        value = enum_member._value_
        enum_member._sort_order_ = len(cls._member_names_)

        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is not None:
            enum_member = canonical
        else:
            is_flag_alias = (Flag is not None and issubclass(cls, Flag)
                             and isinstance(value, int) and not _is_single_bit(value))
            if not is_flag_alias:
                cls._member_names_.append(name)
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, name, enum_member)

    def __call__(cls, value, names=None, *values, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        elif isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            dict.__setitem__(classdict, member_name, member_value)
        if module is None:
            module = _caller_module(3)
        dict.__setitem__(classdict, "__module__", module or "__main__")
        if qualname is not None:
            dict.__setitem__(classdict, "__qualname__", qualname)
        return metacls.__new__(metacls, class_name, bases, classdict,
                               boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in cls._unhashable_values_

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)


EnumMeta = EnumType
Flag = None
Enum = None
ReprEnum = None


def _data_format(self, format_spec):
    """ReprEnum's __format__: the value's, as the mixed-in type formats it."""
    return format(self._value_, format_spec)


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError("error in %s._missing_: returned %r instead of None or a "
                            "valid member" % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            raise TypeError("unable to sort non-numeric values") from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError("unable to increment %r" % (last_value,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = ["__class__", "__doc__", "__eq__", "__hash__", "__module__",
                 "name", "value"]
        for cls in type(self).__mro__:
            for name in cls.__dict__:
                if not name.startswith("_") and name not in self._member_map_:
                    names.append(name)
        return sorted(set(names))

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError("encoding must be a string, not %r" % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError("errors must be a string, not %r" % (values[2],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _is_single_bit(num):
    return num != 0 and (num & (num - 1)) == 0


def _bin(num, width):
    return "0b0 " + format(num, "0%db" % width)


class Flag(Enum, boundary=STRICT):
    """Support for flags (members combine with | & ^ ~)."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError("invalid flag value %r" % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        if unknown and getattr(cls, "_boundary_", STRICT) == STRICT:
            width = max(value.bit_length(), flag_mask.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                cls, neg_value if neg_value is not None else value,
                _bin(value, width), _bin(flag_mask, width)))
        if unknown and getattr(cls, "_boundary_", STRICT) == CONFORM:
            value &= flag_mask
            unknown = 0
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        members = [m for m in cls if m._value_ & value]
        if value == 0:
            pseudo._name_ = None
        else:
            names = [m._name_ for m in members]
            if unknown:
                names.append(repr(unknown))
            pseudo._name_ = "|".join(names)
        return cls._value2member_map_.setdefault(value, pseudo)

    def _iter_members(self):
        return [m for m in self.__class__ if m._value_ & self._value_ == m._value_
                and m._value_]

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self._iter_members())

    def __len__(self):
        return bin(self._value_).count("1")

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "<%s: %r>" % (cls_name, self._value_)
        return "<%s.%s: %r>" % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        value = self._get_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._get_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._get_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name)
                                  for (alias, name) in duplicates)
        raise ValueError("duplicate values found in %r: %s" %
                         (enumeration, alias_details))
    return enumeration


def verify(*checks):
    """Class decorator checking enumeration constraints (UNIQUE, CONTINUOUS)."""
    def decorator(enumeration):
        for check in checks:
            if check == UNIQUE:
                unique(enumeration)
            elif check == CONTINUOUS:
                values = sorted(m.value for m in enumeration)
                if values:
                    missing = [v for v in range(values[0], values[-1] + 1)
                               if v not in values]
                    if missing:
                        raise ValueError("invalid enum %r: missing values %s" % (
                            enumeration.__name__, ", ".join(map(str, missing))))
        return enumeration
    return decorator


def global_enum(cls):
    """Export the members of an enum into its module's globals."""
    module = sys.modules.get(cls.__module__)
    if module is not None:
        for name, member in cls.__members__.items():
            setattr(module, name, member)
    return cls


def show_flag_values(value):
    return [1 << i for i in range(value.bit_length()) if value & (1 << i)]
