"""Helpers: reprs cut to a length, class names, glob matching, traceback text."""

import _tbformat

__unittest = True

_MAX_LENGTH = 80


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + " [truncated]..."


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def glob_match(name, pattern):
    """fnmatch-style matching of name against pattern (*, ?, [seq], [!seq])."""
    return _match(name, 0, pattern, 0)


def _match(s, i, p, j):
    while j < len(p):
        c = p[j]
        if c == "*":
            while j < len(p) and p[j] == "*":
                j += 1
            if j == len(p):
                return True
            for k in range(i, len(s) + 1):
                if _match(s, k, p, j):
                    return True
            return False
        if i >= len(s):
            return False
        if c == "?":
            i += 1
            j += 1
            continue
        if c == "[":
            end = p.find("]", j + 2 if p[j + 1:j + 2] in ("!", "]") else j + 1)
            if end > 0:
                body = p[j + 1:end]
                negate = body.startswith("!")
                if negate:
                    body = body[1:]
                hit = False
                k = 0
                while k < len(body):
                    if k + 2 < len(body) and body[k + 1] == "-":
                        hit = hit or body[k] <= s[i] <= body[k + 2]
                        k += 3
                    else:
                        hit = hit or body[k] == s[i]
                        k += 1
                if hit == negate:
                    return False
                i += 1
                j = end + 1
                continue
        if s[i] != c:
            return False
        i += 1
        j += 1
    return i == len(s)


def _exception_text(exc):
    kind = type(exc)
    name = kind.__qualname__
    if kind.__module__ not in ("builtins", "__main__"):
        name = kind.__module__ + "." + name
    try:
        text = str(exc)
    except Exception:
        text = "<exception str() failed>"
    line = f"{name}: {text}" if text else name
    notes = getattr(exc, "__notes__", None)
    if isinstance(notes, (list, tuple)):
        line += "".join("\n" + str(n) for n in notes)
    return line + "\n"


def format_exception(exc, skip_frame):
    """The traceback text of exc as CPython prints it (without carets), leaving out the
    frames for which skip_frame(frame) is true; chained exceptions come first."""
    parts = []
    cause = exc.__cause__
    context = exc.__context__
    if cause is not None:
        parts.append(format_exception(cause, skip_frame))
        parts.append("\nThe above exception was the direct cause of the following exception:\n\n")
    elif context is not None and not exc.__suppress_context__:
        parts.append(format_exception(context, skip_frame))
        parts.append("\nDuring handling of the above exception, another exception occurred:\n\n")
    frames = []
    tb = exc.__traceback__
    while tb is not None:
        if not skip_frame(tb.tb_frame):
            frames.append((tb.tb_frame.f_code, tb.tb_lineno, tb.tb_lasti))
        tb = tb.tb_next
    if frames:
        parts.append("Traceback (most recent call last):\n")
        for code, lineno, lasti in frames:
            parts.append(f'  File "{code.co_filename}", line {lineno}, in {code.co_name}\n')
            parts.append(_tbformat.source_lines(code, lasti))
    parts.append(_exception_text(exc))
    return "".join(parts)
