"""The string module: character-class constants and capwords (native, from _string),
Template ($-substitution) and Formatter (str.format's machinery, overridable).

braid has no `re` module yet, so Template scans its text by hand for the default
pattern; a subclass may change `delimiter`, but a custom `idpattern`, `braceidpattern`
or `pattern` raises NotImplementedError.
"""

from _string import (whitespace, ascii_lowercase, ascii_uppercase, ascii_letters,
                     digits, hexdigits, octdigits, punctuation, printable, capwords)

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace",
           "Formatter", "Template"]

_sentinel_dict = {}
_DEFAULT_IDPATTERN = r"(?a:[_a-z][_a-z0-9]*)"


def _is_id_start(c):
    return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z")


def _is_id_char(c):
    return _is_id_start(c) or ("0" <= c <= "9")


class Template:
    """A string with $-placeholders: Template('$who likes ${what}').substitute(...)."""

    delimiter = "$"
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _check_pattern(self):
        cls = type(self)
        if (cls.idpattern != _DEFAULT_IDPATTERN or cls.braceidpattern is not None
                or "pattern" in cls.__dict__ or any("pattern" in k.__dict__ for k in cls.__mro__[:-2])):
            raise NotImplementedError("string.Template with a custom pattern needs the re "
                                      "module, which braid does not have yet")

    def _scan(self):
        """Yields (start, end, kind, name) for each placeholder: kind is 'escaped',
        'named', 'braced' or 'invalid' (start of the text after the delimiter)."""
        self._check_pattern()
        s = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(s)
        i = s.find(delim)
        while i >= 0:
            j = i + dl
            if s.startswith(delim, j):
                yield i, j + dl, "escaped", None
                i = s.find(delim, j + dl)
                continue
            if j < n and _is_id_start(s[j]):
                k = j + 1
                while k < n and _is_id_char(s[k]):
                    k += 1
                yield i, k, "named", s[j:k]
                i = s.find(delim, k)
                continue
            if s[j:j + 1] == "{" and j + 1 < n and _is_id_start(s[j + 1]):
                k = j + 2
                while k < n and _is_id_char(s[k]):
                    k += 1
                if s[k:k + 1] == "}":
                    yield i, k + 1, "braced", s[j + 1:k]
                    i = s.find(delim, k + 1)
                    continue
            yield i, j, "invalid", None
            i = s.find(delim, j)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        pos = 0
        s = self.template
        for start, end, kind, name in self._scan():
            out.append(s[pos:start])
            if kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                if not safe:
                    self._invalid(end)
                out.append(s[start:end])
            elif safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(s[start:end])
            else:
                out.append(str(mapping[name]))
            pos = end
        out.append(s[pos:])
        return "".join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        """The text with each placeholder replaced; KeyError for a missing name and
        ValueError for a malformed placeholder."""
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        """As substitute, but missing names and malformed placeholders stay as written."""
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        for _, _, kind, _ in self._scan():
            if kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for _, _, kind, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


class _ChainMap:
    """Keyword arguments first, then the mapping (what substitute(m, **kw) looks in)."""

    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        if key in self._first:
            return self._first[key]
        return self._second[key]


# --- Formatter ----------------------------------------------------------------------


def _parse_format(s):
    """str.format's parser: yields (literal_text, field_name, format_spec, conversion)."""
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == "}":
            if s[i + 1:i + 2] == "}":
                literal.append("}")
                yield "".join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != "{":
            literal.append(c)
            i += 1
            continue
        if s[i + 1:i + 2] == "{":
            literal.append("{")
            yield "".join(literal), None, None, None
            literal = []
            i += 2
            continue
        # A replacement field: find its end, counting nested braces.
        depth = 1
        j = i + 1
        in_bracket = False
        while j < n:
            ch = s[j]
            if ch == "[" and depth == 1:
                in_bracket = True
            elif ch == "]":
                in_bracket = False
            elif ch == "{" and not in_bracket:
                depth += 1
            elif ch == "}" and not in_bracket:
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if j >= n:
            if depth and "}" not in s[i:]:
                raise ValueError("Single '{' encountered in format string")
            raise ValueError("expected '}' before end of string")
        field = s[i + 1:j]
        # Split name / conversion / spec; '!' and ':' inside [...] belong to the name.
        k = 0
        in_bracket = False
        while k < len(field):
            ch = field[k]
            if ch == "[":
                in_bracket = True
            elif ch == "]":
                in_bracket = False
            elif ch in "!:" and not in_bracket:
                break
            k += 1
        name = field[:k]
        conversion = None
        spec = ""
        rest = field[k:]
        if rest.startswith("!"):
            if len(rest) < 2:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = rest[1]
            if len(rest) > 2:
                if rest[2] != ":":
                    raise ValueError("expected ':' after conversion specifier")
                spec = rest[3:]
        elif rest.startswith(":"):
            spec = rest[1:]
        yield "".join(literal), name, spec, conversion
        literal = []
        i = j + 1
    if literal:
        yield "".join(literal), None, None, None


def _split_field_name(name):
    """('a', [(True, 'b'), (False, 0)]) for 'a.b[0]'."""
    n = len(name)
    i = 0
    while i < n and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == ".":
            j = i + 1
            while j < n and name[j] not in ".[":
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif name[i] == "[":
            j = name.find("]", i + 1)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """str.format as methods that a subclass can override (get_value, format_field...)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    # CPython's Formatter reports this direction with the same text.
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1,
                                                        auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each part."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
