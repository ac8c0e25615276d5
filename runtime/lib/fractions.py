"""Rational numbers: Fraction(3, 4), Fraction('1.25'), Fraction(0.5).

Exact arithmetic on a normalised numerator/denominator pair (denominator > 0, no common
factor). Mixed with int the result stays a Fraction; with float or complex it becomes a
float or complex, as in CPython. Hashes equal those of equal ints and floats.
"""

import math
import numbers
import operator
import sys

__all__ = ["Fraction"]

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _digits(text):
    """text as digits with single underscores between them, or None."""
    if not text or text[0] == "_" or text[-1] == "_" or "__" in text:
        return None
    plain = text.replace("_", "")
    if not (plain.isascii() and plain.isdigit()):
        return None
    return plain


def _parse(literal):
    """(numerator, denominator) of a Fraction literal: '3/4', '-1.5e3', '.5'."""
    s = literal.strip()
    num = den = None
    sign = 1
    body = s
    if body and body[0] in "+-":
        if body[0] == "-":
            sign = -1
        body = body[1:]
    if "/" in body:
        top, _, bottom = body.partition("/")
        a, b = _digits(top), _digits(bottom.strip()) if bottom == bottom.strip() else None
        if a is not None and b is not None and top == top.strip():
            return sign * int(a), int(b)
        return None
    mant, exp = body, 0
    for marker in ("e", "E"):
        if marker in body:
            mant, _, exp_text = body.partition(marker)
            esign = 1
            if exp_text and exp_text[0] in "+-":
                esign = -1 if exp_text[0] == "-" else 1
                exp_text = exp_text[1:]
            e = _digits(exp_text)
            if e is None:
                return None
            exp = esign * int(e)
            break
    whole, dot, frac = mant.partition(".")
    if not whole and not frac:
        return None
    w = _digits(whole) if whole else ""
    f = _digits(frac) if frac else ""
    if w is None or f is None:
        return None
    num = int(w + f or "0")
    den = 10 ** len(f)
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


class Fraction(numbers.Rational):
    """A rational number numerator/denominator, always in lowest terms."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = super().__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, (float, complex)) or not isinstance(numerator, str):
                if isinstance(numerator, float) or (
                        hasattr(type(numerator), "as_integer_ratio") and not isinstance(numerator, complex)):
                    self._numerator, self._denominator = numerator.as_integer_ratio()
                    return self
                raise TypeError("argument should be a string or a Rational instance")
            parsed = _parse(numerator)
            if parsed is None:
                raise ValueError("Invalid literal for Fraction: %r" % numerator)
            numerator, denominator = parsed
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator):
        obj = super(Fraction, cls).__new__(cls)
        obj._numerator = numerator
        obj._denominator = denominator
        return obj

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or an int)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (or an int); braid has no decimal module yet, so
        only ints are accepted."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                        % (cls.__name__, dec, type(dec).__name__))

    @classmethod
    def from_number(cls, number):
        if isinstance(number, numbers.Rational):
            return cls(number)
        if not isinstance(number, type) and hasattr(number, "as_integer_ratio") and not isinstance(number, complex):
            return cls._from_coprime_ints(*number.as_integer_ratio())
        raise TypeError("%s.from_number() only takes numbers, not %r (%s)"
                        % (cls.__name__, number, type(number).__name__))

    def is_integer(self):
        return self._denominator == 1

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction's convergents p/q until q would exceed the bound,
        # then pick the better of the last convergent and the best semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._from_coprime_ints(p1, q1)
        return Fraction._from_coprime_ints(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    def __format__(self, format_spec, /):
        return _format(self, format_spec)

    # --- arithmetic ---------------------------------------------------------------

    def _operator_fallbacks(monomorphic, fallback):
        def forward(a, b):
            if isinstance(b, Fraction):
                return monomorphic(a, b)
            if isinstance(b, int):
                return monomorphic(a, Fraction._from_coprime_ints(b, 1))
            if isinstance(b, float):
                return fallback(float(a), b)
            if isinstance(b, complex):
                return fallback(complex(a), b)
            return NotImplemented

        forward.__name__ = "__" + fallback.__name__ + "__"

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return monomorphic(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return fallback(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return fallback(complex(a), complex(b))
            return NotImplemented

        reverse.__name__ = "__r" + fallback.__name__ + "__"
        return forward, reverse

    def _add(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        return Fraction(na * db + nb * da, da * db)

    __add__, __radd__ = _operator_fallbacks(_add, operator.add)

    def _sub(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        return Fraction(na * db - nb * da, da * db)

    __sub__, __rsub__ = _operator_fallbacks(_sub, operator.sub)

    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    __mul__, __rmul__ = _operator_fallbacks(_mul, operator.mul)

    def _div(a, b):
        if b._numerator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % (a._numerator * b._denominator))
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    __truediv__, __rtruediv__ = _operator_fallbacks(_div, operator.truediv)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, operator.floordiv)

    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        div, n_mod = divmod(a._numerator * db, da * b._numerator)
        return div, Fraction(n_mod, da * db)

    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod)

    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    __mod__, __rmod__ = _operator_fallbacks(_mod, operator.mod)

    def __pow__(a, b, modulo=None):
        """a ** b: a Fraction for an integral exponent, else a float or complex."""
        if modulo is not None:
            return NotImplemented
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction._from_coprime_ints(a._numerator ** power, a._denominator ** power)
                if a._numerator == 0:
                    raise ZeroDivisionError("Fraction(%s, 0)" % (a._denominator ** -power))
                if a._numerator > 0:
                    return Fraction._from_coprime_ints(a._denominator ** -power, a._numerator ** -power)
                return Fraction._from_coprime_ints((-a._denominator) ** -power, (-a._numerator) ** -power)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a, modulo=None):
        if modulo is not None:
            return NotImplemented
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self): the nearest int, ties to even; with ndigits, a Fraction."""
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            if remainder * 2 > d:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


# --- format() -------------------------------------------------------------------------


def _parse_spec(spec):
    """The parts of a format spec: fill, align, sign, no_neg_zero, alt, zero, width,
    grouping, precision, type. ValueError when it is not one."""
    i = 0
    n = len(spec)
    fill, align = "", ""
    if n >= 2 and spec[1] in "<>=^":
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        align = spec[0]
        i = 1
    sign = ""
    if i < n and spec[i] in "+- ":
        sign = spec[i]
        i += 1
    no_neg_zero = False
    if i < n and spec[i] == "z":
        no_neg_zero = True
        i += 1
    alt = False
    if i < n and spec[i] == "#":
        alt = True
        i += 1
    zero = False
    if i < n and spec[i] == "0":
        zero = True
        i += 1
        if not (i < n and spec[i].isdigit()):
            # A lone '0' is the width, not the zero-padding flag.
            zero = False
            i -= 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    grouping = ""
    if i < n and spec[i] in ",_":
        grouping = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == ".":
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            return None
        precision = int(spec[start:i])
    kind = spec[i:]
    if len(kind) > 1:
        return None
    return fill, align, sign, no_neg_zero, alt, zero, width, grouping, precision, kind


def _round_to(n, d, exponent):
    """round(n/d / 10**exponent), ties to even, as an int."""
    if exponent >= 0:
        d *= 10 ** exponent
    else:
        n *= 10 ** -exponent
    q, r = divmod(n, d)
    if 2 * r > d or (2 * r == d and q % 2 == 1):
        q += 1
    return q


def _sci_digits(n, d, figures):
    """(digits, exponent) with len(digits) == figures and n/d ~= int(digits)*10**exponent."""
    if n == 0:
        return "0" * figures, 1 - figures
    exp = len(str(n)) - len(str(d))
    if n * 10 ** max(0, -exp) < d * 10 ** max(0, exp):
        exp -= 1
    exponent = exp - figures + 1
    q = _round_to(n, d, exponent)
    if len(str(q)) > figures:
        exponent += 1
        q = _round_to(n, d, exponent)
    return str(q), exponent


def _group(digits, sep):
    if not sep:
        return digits
    out = []
    while len(digits) > 3:
        out.append(digits[-3:])
        digits = digits[:-3]
    out.append(digits)
    return sep.join(reversed(out))


def _format(value, spec):
    parts = _parse_spec(spec)
    if parts is None:
        raise ValueError(f"Invalid format specifier {spec!r} for object of type 'Fraction'")
    fill, align, sign, no_neg_zero, alt, zero, width, grouping, precision, kind = parts
    if kind == "":
        if precision is not None or zero or no_neg_zero:
            raise ValueError(f"Invalid format specifier {spec!r} for object of type 'Fraction'")
        body = str(abs(value._numerator))
        if grouping:
            body = _group(body, grouping)
        if value._denominator != 1 or alt:
            body += "/" + _group(str(value._denominator), grouping)
        negative = value._numerator < 0
    elif kind in "eEfFgG%":
        n, d = abs(value._numerator), value._denominator
        negative = value._numerator < 0
        prec = 6 if precision is None else precision
        suffix = ""
        if kind in "fF%":
            if kind == "%":
                n *= 100
                suffix = "%"
            q = _round_to(n, d, -prec)
            digits = str(q).rjust(prec + 1, "0")
            whole, frac = digits[:len(digits) - prec], digits[len(digits) - prec:]
            body = _group(whole, grouping) + ("." + frac if prec or alt else "")
            body += suffix
            rounded_zero = q == 0
        elif kind in "eE":
            digits, exponent = _sci_digits(n, d, prec + 1)
            exponent += prec
            body = digits[0] + ("." + digits[1:] if prec or alt else "")
            body += f"{kind}{'-' if exponent < 0 else '+'}{abs(exponent):02d}"
            rounded_zero = n == 0
        else:
            figures = prec or 1
            digits, exponent = _sci_digits(n, d, figures)
            sci_exp = exponent + figures - 1
            if -4 <= sci_exp < figures:
                decimals = figures - 1 - sci_exp
                q = _round_to(n, d, -decimals)
                text = str(q).rjust(decimals + 1, "0")
                whole, frac = text[:len(text) - decimals], text[len(text) - decimals:]
                if not alt:
                    frac = frac.rstrip("0")
                body = _group(whole, grouping) + ("." + frac if frac or alt else "")
            else:
                mant = digits[1:]
                if not alt:
                    mant = mant.rstrip("0")
                body = digits[0] + ("." + mant if mant or alt else "")
                e = "e" if kind == "g" else "E"
                body += f"{e}{'-' if sci_exp < 0 else '+'}{abs(sci_exp):02d}"
            rounded_zero = n == 0 or all(c in "0.,_" for c in body)
        if no_neg_zero and rounded_zero:
            negative = False
    else:
        raise ValueError(f"Invalid format specifier {spec!r} for object of type 'Fraction'")
    sign_text = "-" if negative else ("" if sign in ("", "-") else sign)
    if zero and not align:
        fill, align = "0", "="
    if not align:
        align = ">"
    if not fill:
        fill = " "
    pad = max(0, width - len(sign_text) - len(body))
    if align == "=":
        return sign_text + fill * pad + body
    text = sign_text + body
    if align == "<":
        return text + fill * pad
    if align == ">":
        return fill * pad + text
    return fill * (pad // 2) + text + fill * (pad - pad // 2)
