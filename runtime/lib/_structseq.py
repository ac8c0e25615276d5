"""Named tuples of the C library's kind ("struct sequences"): os.stat_result,
time.struct_time, os.terminal_size, os.uname_result.

A struct sequence is a tuple of its first `n_sequence_fields` values that also has
named attributes for them and for further fields that are not part of the tuple
(`st_atime_ns`, `tm_zone`). The extra values live in an instance attribute; the class
attributes n_fields / n_sequence_fields / n_unnamed_fields are CPython's.
"""


class structseq(tuple):
    """Base of the struct sequences. Subclasses set `_visible` (the tuple's field
    names), `_extra` (the attribute-only ones) and `_reprname` (as CPython prints it)."""

    _visible = ()
    _extra = ()
    _reprname = "structseq"
    n_unnamed_fields = 0

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.n_sequence_fields = len(cls._visible)
        cls.n_fields = len(cls._visible) + len(cls._extra)
        for i, name in enumerate(cls._visible):
            setattr(cls, name, property(lambda self, i=i: tuple.__getitem__(self, i)))
        for i, name in enumerate(cls._extra):
            setattr(cls, name, property(lambda self, i=i: self._extra_values[i]))
        cls.__match_args__ = cls._visible

    def __new__(cls, sequence, dict=None):
        items = list(sequence)
        n = len(items)
        low, high = cls.n_sequence_fields, cls.n_fields
        if n < low:
            if low == high:
                raise TypeError(f"{cls._reprname}() takes a {low}-sequence ({n}-sequence given)")
            raise TypeError(f"{cls._reprname}() takes an at least {low}-sequence ({n}-sequence given)")
        if n > high:
            if low == high:
                raise TypeError(f"{cls._reprname}() takes a {low}-sequence ({n}-sequence given)")
            raise TypeError(f"{cls._reprname}() takes an at most {high}-sequence ({n}-sequence given)")
        self = tuple.__new__(cls, items[:low])
        extra = items[low:] + [None] * (high - n)
        if dict is not None:
            for i, name in enumerate(cls._extra):
                if low + i >= n and name in dict:
                    extra[i] = dict[name]
        self._extra_values = tuple(extra)
        return self

    def __repr__(self):
        parts = ", ".join(f"{name}={value!r}" for name, value in zip(self._visible, self))
        return f"{self._reprname}({parts})"

    def __reduce__(self):
        return (type(self), (tuple(self[:]) + self._extra_values,))
