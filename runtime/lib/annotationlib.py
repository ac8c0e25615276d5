"""braid's `annotationlib` (PEP 649/749): reading the annotations that braid's
compiler defers into `__annotate__(format)` functions.

Compiled annotate functions support `Format.VALUE` and `Format.VALUE_WITH_FAKE_GLOBALS`
only. The other formats work as in CPython, by running the annotate function's code
again with *fake globals*: a dict whose `__missing__` hands out `ForwardRef` objects
for names that are not defined (braid's LOAD_GLOBAL honours `__missing__` of a dict
subclass used as globals), and with stringifiers in place of the closure cells that are
empty. Such an object records every operation applied to it (`x[int]`, `a | b`,
`m.attr`, calls ...) as source text, so the STRING format reconstructs the annotation
text and FORWARDREF keeps what could not be evaluated.

braid has no `ast` module, so the recorded text is built directly, with each piece's
precedence to put back only the parentheses that are needed, and braid does not
support assigning `__class__`: one class, `ForwardRef`, serves both roles, and a flag
switches an object from recording (while the annotate function runs) to an ordinary
forward reference (once the result is handed back).
"""

import builtins
import enum
import keyword
import sys
import types

__all__ = [
    "Format",
    "ForwardRef",
    "call_annotate_function",
    "call_evaluate_function",
    "get_annotate_from_class_namespace",
    "get_annotations",
    "annotations_to_string",
    "type_repr",
]


class Format(enum.IntEnum):
    VALUE = 1
    VALUE_WITH_FAKE_GLOBALS = 2
    FORWARDREF = 3
    STRING = 4


_sentinel = object()

# Precedence of recorded text, loosest first (as the compiler's unparser).
_P_TEST, _P_CMP, _P_BOR, _P_BXOR, _P_BAND, _P_SHIFT, _P_ARITH, _P_TERM, \
    _P_FACTOR, _P_POWER, _P_ATOM = 1, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15


def _paren(text, prec, need):
    return f"({text})" if prec < need else text


class ForwardRef:
    """A forward reference: the source text of an annotation (`__forward_arg__`) that
    `evaluate()` turns into a value."""

    def __init__(self, arg, *, module=None, owner=None, is_argument=True,
                 is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        _init(self, arg, _P_ATOM, None)
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module
        self.__owner__ = owner

    def __init_subclass__(cls, /, *args, **kwds):
        raise TypeError("Cannot subclass ForwardRef")

    @property
    def __forward_arg__(self):
        return self.__arg__

    @property
    def __forward_code__(self):
        if self.__code__ is None:
            try:
                self.__code__ = compile(_rewrite_star_unpack(self.__arg__),
                                        "<string>", "eval")
            except SyntaxError:
                raise SyntaxError(
                    f"Forward reference must be an expression -- got {self.__arg__!r}")
        return self.__code__

    @property
    def __resolved_str__(self):
        """`__forward_arg__` with the placeholder names of values it holds written
        as those values' type_repr()."""
        text = self.__arg__
        names = self.__extra_names__
        if names:
            for name, value in names.items():
                text = text.replace(name, type_repr(value))
        return text

    def evaluate(self, *, globals=None, locals=None, type_params=None, owner=None,
                 format=Format.VALUE):
        """Evaluate the forward reference and return the value; FORWARDREF format
        gives the reference back when it cannot be evaluated."""
        if format == Format.STRING:
            return self.__resolved_str__
        if format == Format.VALUE:
            forwardref_format = False
        elif format == Format.FORWARDREF:
            forwardref_format = True
        else:
            raise NotImplementedError(format)
        cell = self.__cell__
        if isinstance(cell, types.CellType):
            try:
                return cell.cell_contents
            except ValueError:
                pass
        if owner is None:
            owner = self.__owner__
        if globals is None and self.__forward_module__ is not None:
            globals = getattr(sys.modules.get(self.__forward_module__), "__dict__", None)
        if globals is None:
            globals = self.__globals__
        if globals is None:
            if isinstance(owner, type):
                module = sys.modules.get(getattr(owner, "__module__", None) or "")
                globals = getattr(module, "__dict__", None)
            elif isinstance(owner, types.ModuleType):
                globals = getattr(owner, "__dict__", None)
            elif callable(owner):
                globals = getattr(owner, "__globals__", None)
        if globals is None:
            globals = {}
        if type_params is None and owner is not None:
            type_params = getattr(owner, "__type_params__", None)
        if locals is None:
            locals = {}
            if isinstance(owner, type):
                locals.update(vars(owner).items())
        else:
            locals = dict(locals)
        for param in type_params or ():
            locals.setdefault(param.__name__, param)
        if isinstance(cell, dict):
            for name, c in cell.items():
                try:
                    locals.setdefault(name, c.cell_contents)
                except ValueError:
                    pass
        if self.__extra_names__:
            locals.update(self.__extra_names__)
        arg = self.__arg__
        if arg.isidentifier() and not keyword.iskeyword(arg):
            if arg in locals:
                return locals[arg]
            if arg in globals:
                return globals[arg]
            if hasattr(builtins, arg):
                return getattr(builtins, arg)
            if forwardref_format:
                return self
            raise NameError(f"name '{arg}' is not defined", name=arg)
        try:
            return eval(self.__forward_code__, globals, locals)
        except Exception:
            if not forwardref_format:
                raise
        # What can be evaluated is; the rest stays forward references.
        fake = _StringifierDict({**builtins.__dict__, **globals, **locals},
                                globals=globals, owner=owner,
                                is_class=self.__forward_is_class__, format=format)
        try:
            result = eval(self.__forward_code__, fake, {})
        except Exception:
            return self
        fake.transmogrify(cell)
        return result

    # ---- recording (while an annotate function runs with fake globals) ----------

    def _new_piece(self, text, prec, extra=None):
        names = dict(self.__extra_names__ or {})
        if extra:
            names.update(extra)
        piece = _make_stringifier(text, prec, self.__stringifier_dict__,
                                  self.__globals__, self.__owner__,
                                  self.__forward_is_class__, names or None)
        return piece

    def _convert(self, other, need):
        """The text of an operand (and the placeholder names it brings)."""
        if isinstance(other, ForwardRef) and other.__stringifier_dict__ is not None:
            return _paren(other.__arg__, other.__prec__, need), other.__extra_names__
        sdict = self.__stringifier_dict__
        if (sdict.format == Format.STRING or other is None
                or type(other) in (str, int, float, bool, complex)):
            return _paren(_stringify_single(other) if not isinstance(other, str)
                          else repr(other), _P_ATOM, need), None
        if other is ...:
            return "...", None
        if type(other) in (list, tuple, set, dict):
            return self._convert_display(other)
        name = sdict.create_unique_name()
        return name, {name: other}

    def _convert_display(self, other):
        extra = {}

        def conv(x):
            text, names = self._convert(x, _P_TEST)
            if names:
                extra.update(names)
            return text

        if type(other) is dict:
            body = ", ".join(f"{conv(k)}: {conv(v)}" for k, v in other.items())
            return "{" + body + "}", extra
        items = [conv(x) for x in other]
        if type(other) is list:
            return "[" + ", ".join(items) + "]", extra
        if type(other) is set:
            return ("{" + ", ".join(items) + "}" if items else "{*()}"), extra
        if len(items) == 1:
            return "(" + items[0] + ",)", extra
        return "(" + ", ".join(items) + ")", extra

    def _slice_text(self, key):
        if isinstance(key, slice):
            extra = {}

            def part(x):
                if x is None:
                    return ""
                text, names = self._convert(x, _P_TEST)
                if names:
                    extra.update(names)
                return text

            text = part(key.start) + ":" + part(key.stop)
            if key.step is not None:
                text += ":" + part(key.step)
            return text, extra
        return self._convert(key, _P_TEST)

    def __getitem__(self, key):
        if self.__stringifier_dict__ is None:
            raise TypeError("'ForwardRef' object is not subscriptable")
        # A name looked up in a class namespace stays that name.
        if self.__arg__ == "__classdict__":
            raise KeyError(key)
        extra = {}
        if isinstance(key, tuple) and key:
            parts = []
            for k in key:
                text, names = self._slice_text(k)
                parts.append(text)
                extra.update(names or {})
            inner = ", ".join(parts) + ("," if len(parts) == 1 else "")
        else:
            inner, names = self._slice_text(key)
            extra.update(names or {})
        return self._new_piece(f"{_paren(self.__arg__, self.__prec__, _P_ATOM)}[{inner}]",
                                _P_ATOM, extra)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__") \
                or self.__dict__.get("__stringifier_dict__") is None:
            raise AttributeError(
                f"'ForwardRef' object has no attribute '{name}'")
        return self._new_piece(f"{_paren(self.__arg__, self.__prec__, _P_ATOM)}.{name}",
                                _P_ATOM)

    def __call__(self, *args, **kwargs):
        if self.__stringifier_dict__ is None:
            raise TypeError("'ForwardRef' object is not callable")
        extra = {}
        parts = []
        for a in args:
            text, names = self._convert(a, _P_TEST)
            parts.append(text)
            extra.update(names or {})
        for k, v in kwargs.items():
            text, names = self._convert(v, _P_TEST)
            parts.append(f"{k}={text}")
            extra.update(names or {})
        return self._new_piece(
            f"{_paren(self.__arg__, self.__prec__, _P_ATOM)}({', '.join(parts)})",
            _P_ATOM, extra)

    def __iter__(self):
        if self.__stringifier_dict__ is None:
            raise TypeError("'ForwardRef' object is not iterable")
        yield self._new_piece(f"*{_paren(self.__arg__, self.__prec__, _P_BOR)}", _P_BOR)

    def __format__(self, spec):
        if self.__stringifier_dict__ is not None:
            raise TypeError("Cannot stringify annotation containing string formatting")
        return format(repr(self), spec)

    def _binop(self, other, sym, prec, reflected=False):
        right_assoc = sym == "**"
        me, mine = self.__arg__, self.__prec__
        if reflected:
            left, extra = self._convert(other, prec + right_assoc)
            right = _paren(me, mine, prec + (not right_assoc))
        else:
            left = _paren(me, mine, prec + right_assoc)
            right, extra = self._convert(other, prec + (not right_assoc))
        return self._new_piece(f"{left} {sym} {right}", prec, extra)

    def __or__(self, other):
        if self.__stringifier_dict__ is None:
            return types.UnionType[self, other]
        return self._binop(other, "|", _P_BOR)

    def __ror__(self, other):
        if self.__stringifier_dict__ is None:
            return types.UnionType[other, self]
        return self._binop(other, "|", _P_BOR, True)

    def __eq__(self, other):
        if self.__stringifier_dict__ is not None:
            return self._binop(other, "==", _P_CMP)
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__arg__ == other.__arg__
                and self.__forward_module__ == other.__forward_module__
                and self.__globals__ is other.__globals__
                and self.__forward_is_class__ == other.__forward_is_class__
                and self.__cell__ is other.__cell__
                and self.__owner__ == other.__owner__)

    def __ne__(self, other):
        if self.__stringifier_dict__ is not None:
            return self._binop(other, "!=", _P_CMP)
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __hash__(self):
        if self.__stringifier_dict__ is not None:
            return id(self)
        return hash((self.__arg__, self.__forward_module__, id(self.__globals__),
                     self.__forward_is_class__, id(self.__cell__)))

    def __repr__(self):
        if self.__stringifier_dict__ is not None:
            return self.__arg__
        extra = []
        if self.__forward_module__ is not None:
            extra.append(f", module={self.__forward_module__!r}")
        if self.__forward_is_class__:
            extra.append(", is_class=True")
        if self.__owner__ is not None:
            extra.append(f", owner={self.__owner__!r}")
        return f"ForwardRef({self.__resolved_str__!r}{''.join(extra)})"


def _init(ref, arg, prec, sdict):
    ref.__arg__ = arg
    ref.__prec__ = prec
    ref.__stringifier_dict__ = sdict
    ref.__forward_is_argument__ = True
    ref.__forward_is_class__ = False
    ref.__forward_module__ = None
    ref.__owner__ = None
    ref.__globals__ = None
    ref.__cell__ = None
    ref.__extra_names__ = None
    ref.__code__ = None


def _make_stringifier(text, prec, sdict, globals=None, owner=None, is_class=False,
                      extra_names=None, cell=None):
    ref = object.__new__(ForwardRef)
    _init(ref, text, prec, sdict)
    ref.__forward_is_argument__ = False
    ref.__forward_is_class__ = is_class
    ref.__globals__ = globals
    ref.__owner__ = owner
    ref.__extra_names__ = extra_names
    ref.__cell__ = cell
    sdict.stringifiers.append(ref)
    return ref


def _add_binops():
    ops = [("add", "+", _P_ARITH), ("sub", "-", _P_ARITH), ("mul", "*", _P_TERM),
           ("matmul", "@", _P_TERM), ("truediv", "/", _P_TERM), ("mod", "%", _P_TERM),
           ("floordiv", "//", _P_TERM), ("pow", "**", _P_POWER),
           ("lshift", "<<", _P_SHIFT), ("rshift", ">>", _P_SHIFT),
           ("xor", "^", _P_BXOR), ("and", "&", _P_BAND)]

    def make(sym, prec, reflected):
        def op(self, other):
            if self.__stringifier_dict__ is None:
                return NotImplemented
            return self._binop(other, sym, prec, reflected)
        return op

    for name, sym, prec in ops:
        setattr(ForwardRef, f"__{name}__", make(sym, prec, False))
        setattr(ForwardRef, f"__r{name}__", make(sym, prec, True))

    def make_cmp(sym):
        def op(self, other):
            if self.__stringifier_dict__ is None:
                return NotImplemented
            return self._binop(other, sym, _P_CMP)
        return op

    for name, sym in (("lt", "<"), ("le", "<="), ("gt", ">"), ("ge", ">=")):
        setattr(ForwardRef, f"__{name}__", make_cmp(sym))

    def make_unary(sym):
        def op(self):
            if self.__stringifier_dict__ is None:
                raise TypeError(f"bad operand type for unary {sym}: 'ForwardRef'")
            return self._new_piece(
                sym + _paren(self.__arg__, self.__prec__, _P_FACTOR), _P_FACTOR)
        return op

    for name, sym in (("neg", "-"), ("pos", "+"), ("invert", "~")):
        setattr(ForwardRef, f"__{name}__", make_unary(sym))


_add_binops()


class _StringifierDict(dict):
    """Fake globals: a missing name becomes a recording ForwardRef."""

    def __init__(self, namespace, *, globals=None, owner=None, is_class=False,
                 format):
        super().__init__(namespace)
        self.namespace = namespace
        self.globals = globals
        self.owner = owner
        self.is_class = is_class
        self.stringifiers = []
        self.next_id = 1
        self.format = format

    def __missing__(self, key):
        return _make_stringifier(key, _P_ATOM, self, self.globals, self.owner,
                                 self.is_class)

    def transmogrify(self, cell_dict):
        """Turns every recording object made so far into a plain forward reference."""
        for obj in self.stringifiers:
            obj.__stringifier_dict__ = None
            if cell_dict is not None and obj.__cell__ is None:
                obj.__cell__ = cell_dict

    def create_unique_name(self):
        name = f"__annotationlib_name_{self.next_id}__"
        self.next_id += 1
        return name


def _build_closure(annotate, owner, is_class, stringifier_dict, *, allow_evaluation):
    if not annotate.__closure__:
        return None, None
    new_closure = []
    cell_dict = {}
    for name, cell in zip(annotate.__code__.co_freevars, annotate.__closure__):
        cell_dict[name] = cell
        new_cell = None
        if allow_evaluation:
            try:
                cell.cell_contents
            except ValueError:
                pass
            else:
                new_cell = cell
        if new_cell is None:
            ref = _make_stringifier(name, _P_ATOM, stringifier_dict,
                                    annotate.__globals__, owner, is_class, cell=cell)
            new_cell = types.CellType(ref)
        new_closure.append(new_cell)
    return tuple(new_closure), cell_dict


def _with_fake_globals(annotate, globals, closure):
    return types.FunctionType(annotate.__code__, globals, closure=closure,
                              argdefs=annotate.__defaults__,
                              kwdefaults=annotate.__kwdefaults__)


def call_evaluate_function(evaluate, format, *, owner=None):
    """Call an evaluate function (the lazy value of a type alias or the bound,
    constraints or default of a type parameter) in the given format."""
    return call_annotate_function(evaluate, format, owner=owner, _is_evaluate=True)


def call_annotate_function(annotate, format, *, owner=None, _is_evaluate=False):
    """Call an __annotate__ function in any format: compiled annotate functions
    only support VALUE; FORWARDREF and STRING run the function with fake globals."""
    if format == Format.VALUE_WITH_FAKE_GLOBALS:
        raise ValueError("The VALUE_WITH_FAKE_GLOBALS format is for internal use only")
    try:
        return annotate(format)
    except NotImplementedError:
        pass
    is_class = isinstance(owner, type)
    if format == Format.STRING:
        try:
            annotate(Format.VALUE_WITH_FAKE_GLOBALS)
        except NotImplementedError:
            return annotations_to_string(annotate(Format.VALUE))
        except Exception:
            pass
        globals = _StringifierDict({}, format=format)
        closure, _ = _build_closure(annotate, owner, is_class, globals,
                                    allow_evaluation=False)
        annos = _with_fake_globals(annotate, globals, closure)(
            Format.VALUE_WITH_FAKE_GLOBALS)
        if _is_evaluate:
            return _stringify_single(annos)
        return {key: _stringify_single(val) for key, val in annos.items()}
    if format == Format.FORWARDREF:
        namespace = {**builtins.__dict__, **annotate.__globals__}
        globals = _StringifierDict(namespace, globals=annotate.__globals__,
                                   owner=owner, is_class=is_class, format=format)
        closure, cell_dict = _build_closure(annotate, owner, is_class, globals,
                                            allow_evaluation=True)
        try:
            result = _with_fake_globals(annotate, globals, closure)(
                Format.VALUE_WITH_FAKE_GLOBALS)
        except NotImplementedError:
            return annotate(Format.VALUE)
        except Exception:
            pass
        else:
            globals.transmogrify(cell_dict)
            return result
        # Again without any real names, so an operation that failed on a real value
        # is recorded instead; what can be evaluated then is.
        globals = _StringifierDict({}, globals=annotate.__globals__, owner=owner,
                                   is_class=is_class, format=format)
        closure, cell_dict = _build_closure(annotate, owner, is_class, globals,
                                            allow_evaluation=False)
        result = _with_fake_globals(annotate, globals, closure)(
            Format.VALUE_WITH_FAKE_GLOBALS)
        globals.transmogrify(cell_dict)
        if _is_evaluate:
            if isinstance(result, ForwardRef):
                return result.evaluate(format=Format.FORWARDREF)
            return result
        return {key: (val.evaluate(format=Format.FORWARDREF)
                      if isinstance(val, ForwardRef) else val)
                for key, val in result.items()}
    if format == Format.VALUE:
        raise RuntimeError("annotate function does not support VALUE format")
    raise ValueError(f"Invalid format: {format!r}")


def _stringify_single(anno):
    if anno is ...:
        return "..."
    if isinstance(anno, str):
        return anno
    return repr(anno)


def get_annotate_from_class_namespace(obj):
    """The annotate function in a class namespace (what a metaclass's __new__
    receives), or None."""
    try:
        return obj["__annotate__"]
    except KeyError:
        return obj.get("__annotate_func__", None)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False,
                    format=Format.VALUE):
    """Compute the annotations dict of a function, class, module or other object
    with __annotate__ or __annotations__; always a new dict."""
    if eval_str and format != Format.VALUE:
        raise ValueError("eval_str=True is only supported with format=Format.VALUE")
    if format == Format.VALUE:
        ann = _get_dunder_annotations(obj)
        if ann is None:
            ann = _get_and_call_annotate(obj, format)
    elif format == Format.FORWARDREF:
        try:
            ann = _get_dunder_annotations(obj)
        except Exception:
            pass
        else:
            if ann is not None:
                return dict(ann)
        ann = _get_and_call_annotate(obj, format)
        if ann is None:
            ann = _get_dunder_annotations(obj)
    elif format == Format.STRING:
        ann = _get_and_call_annotate(obj, format)
        if ann is not None:
            return dict(ann)
        ann = _get_dunder_annotations(obj)
        if ann is not None:
            return annotations_to_string(ann)
    elif format == Format.VALUE_WITH_FAKE_GLOBALS:
        raise ValueError("The VALUE_WITH_FAKE_GLOBALS format is for internal use only")
    else:
        raise ValueError(f"Unsupported format {format!r}")

    if ann is None:
        if isinstance(obj, type) or callable(obj):
            return {}
        raise TypeError(f"{obj!r} does not have annotations")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)

    if globals is None or locals is None:
        if isinstance(obj, type):
            module = sys.modules.get(getattr(obj, "__module__", None) or "")
            obj_globals = getattr(module, "__dict__", None)
            obj_locals = dict(vars(obj).items())
            unwrap = obj
        elif isinstance(obj, types.ModuleType):
            obj_globals = getattr(obj, "__dict__")
            obj_locals = None
            unwrap = None
        elif callable(obj):
            obj_globals = getattr(obj, "__globals__", None)
            obj_locals = None
            unwrap = obj
        else:
            obj_globals = obj_locals = unwrap = None
        if unwrap is not None:
            seen = {id(unwrap)}
            while True:
                nxt = getattr(unwrap, "__wrapped__", None)
                if nxt is None:
                    functools = sys.modules.get("functools")
                    if functools is not None and isinstance(unwrap, functools.partial):
                        nxt = unwrap.func
                if nxt is None or id(nxt) in seen:
                    break
                seen.add(id(nxt))
                unwrap = nxt
            if hasattr(unwrap, "__globals__"):
                obj_globals = unwrap.__globals__
        if globals is None:
            globals = obj_globals
        if locals is None:
            locals = obj_locals

    type_params = getattr(obj, "__type_params__", ())
    if type_params:
        if locals is None:
            locals = {}
        locals = {param.__name__: param for param in type_params} | dict(locals)

    return {key: value if not isinstance(value, str)
            else eval(_rewrite_star_unpack(value), globals, locals)
            for key, value in ann.items()}


def type_repr(value):
    """The text of a value for the STRING format: a class or function as its
    qualified name (builtins without module), anything else as its repr()."""
    if isinstance(value, (type, types.FunctionType, types.BuiltinFunctionType)):
        if value.__module__ == "builtins":
            return value.__qualname__
        return f"{value.__module__}.{value.__qualname__}"
    if value is ...:
        return "..."
    return repr(value)


def annotations_to_string(annotations):
    """An annotations dict with every value that is not a string made into one
    with type_repr(); always a new dict."""
    return {n: t if isinstance(t, str) else type_repr(t)
            for n, t in annotations.items()}


def _rewrite_star_unpack(arg):
    if arg.lstrip().startswith("*"):
        return f"({arg},)[0]"
    return arg


def _get_and_call_annotate(obj, format):
    annotate = getattr(obj, "__annotate__", None)
    if annotate is not None:
        ann = call_annotate_function(annotate, format, owner=obj)
        if not isinstance(ann, dict):
            raise ValueError(f"{obj!r}.__annotate__ returned a non-dict")
        return ann
    return None


def _get_dunder_annotations(obj):
    if isinstance(obj, type):
        try:
            ann = type.__getattribute__(obj, "__annotations__")
        except AttributeError:
            return None
    else:
        ann = getattr(obj, "__annotations__", None)
        if ann is None:
            return None
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    return ann
