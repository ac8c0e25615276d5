//! Python number semantics as pure Rust functions, independent of braid's object model.
//!
//! The object model (`object/`, `builtins/`) owns values and exceptions; this module owns
//! the arithmetic and text rules CPython applies to `int`, `float` and `complex`: floor
//! division signs, correctly rounded conversions, the shortest-repr float printer, the
//! format-spec mini-language, `round`, and the hash algorithms. Keeping them here, free of
//! `Value`, lets every rule be unit-tested against CPython's own output (the tests embed
//! vectors produced by `python3`) and lets the interpreter and the JIT share one copy.
//!
//! Every fallible function returns [`NumError`]: the Python exception class to raise and
//! CPython's exact message. Messages follow CPython 3.14 where it differs from 3.11 (all
//! division-by-zero errors say `division by zero`).
//!
//! Where each Python operation lives:
//!
//! | Python | function |
//! | --- | --- |
//! | `a // b`, `a % b`, `divmod` on ints | [`bigint::floor_div`], [`bigint::floor_mod`], [`bigint::divmod`] (`*_i64` fast paths) |
//! | `a / b` on ints, `float(n)`, `int(x)` | [`bigint::true_div`], [`bigint::int_to_f64`], [`bigint::f64_to_int`] |
//! | `a ** b`, `pow(a, b, m)` on ints | [`bigint::pow`] (float result for `b < 0`), [`bigint::pow_mod`] |
//! | `<<`, `>>`, `bit_length`, `bit_count` | [`bigint::shl`], [`bigint::shr`], [`bigint::bit_length`], [`bigint::bit_count`] |
//! | `float == int`, `float < int` (exact) | [`compare::cmp_float_int`], [`compare::float_eq_int`] |
//! | `int.to_bytes`, `int.from_bytes` | [`bigint::to_bytes`], [`bigint::from_bytes`] |
//! | `str(n)`, `bin/oct/hex`, `int(s, base)` | [`int_text::to_decimal_string`], [`int_text::to_prefixed_radix_string`], [`int_text::parse_int`] |
//! | `sys.set_int_max_str_digits` check | [`int_text::check_max_str_digits`] |
//! | `repr(float)`, `repr(complex)` | [`float_repr::repr`], [`float_repr::repr_complex`] |
//! | `float(s)`, `complex(s)` | [`float_parse::parse_float`], [`complex::parse`] |
//! | float `//`, `%`, `divmod`, `/`, `**` | [`float_arith`] (`**` may return a complex) |
//! | complex `+ - *` (ops traits), `/` (`checked_div`), `**`, `abs` | [`complex::Complex`] |
//! | `round(x)`, `round(x, n)`, `round(n, k)` | [`round::round_to_int`], [`round::round_float`], [`round::round_int`] |
//! | `float.as_integer_ratio`, `is_integer` | [`round::as_integer_ratio`], [`round::is_integer`] |
//! | `float.hex`, `float.fromhex` | [`float_hex::to_hex`], [`float_hex::from_hex`] |
//! | `math.fsum` | [`fsum::Fsum`] |
//! | `math.isqrt/factorial/comb/perm/gcd/lcm`, `math.log` of huge ints | [`int_math`] |
//! | the float functions of `math` | in `modules/math/` (they need the runtime for argument conversion) |
//! | `random`'s generator: seeding, `random()`, `getrandbits`, `_randbelow` | [`mersenne::Mt19937`] |
//! | `format(x, spec)` | [`format_spec::format_int`], [`format_spec::format_float`], [`format_spec::format_complex`], [`format_spec::format_str`] |
//! | `fmt % args` | [`printf::parse`], then [`printf::format_int`] / [`printf::format_float`] / [`printf::format_text`] |
//! | `hash()` | [`hash::hash_i64`], [`hash::hash_bigint`], [`hash::hash_float`], [`hash::hash_complex`], [`hash::TupleHasher`], [`hash::FrozensetHasher`], [`hash::hash_str`], [`hash::hash_bytes`] with a [`hash::HashKey`] |
//!
//! Sorting and set tables are in [`crate::algo`].

pub mod bigint;
pub mod compare;
pub mod complex;
pub mod float_arith;
pub mod float_hex;
pub mod float_parse;
pub mod float_repr;
pub mod format_spec;
pub mod fsum;
pub mod hash;
pub mod int_math;
pub mod int_text;
pub mod interrupt;
pub mod mersenne;
pub mod printf;
pub mod round;
pub mod unicode_digits;

use std::fmt;

/// The Python exception class a numeric operation raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `ValueError`
    Value,
    /// `OverflowError`
    Overflow,
    /// `ZeroDivisionError`
    ZeroDivision,
    /// `TypeError`
    Type,
    /// `MemoryError` (results too large to build, e.g. `2 ** (2 ** 70)`)
    Memory,
    /// `KeyboardInterrupt`: Ctrl-C stopped a long computation (see `interrupt.rs`)
    Interrupted,
}

/// A Python exception raised by a numeric operation: its class and CPython's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumError {
    /// Which exception class to raise.
    pub kind: ErrorKind,
    /// The message exactly as CPython prints it after `ValueError: `.
    pub message: String,
}

impl NumError {
    /// Builds an error of the given class.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        NumError { kind, message: message.into() }
    }
    /// `ValueError(message)`
    pub fn value(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Value, message)
    }
    /// `OverflowError(message)`
    pub fn overflow(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Overflow, message)
    }
    /// `TypeError(message)`
    pub fn type_error(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Type, message)
    }
    /// `ZeroDivisionError('division by zero')`, the 3.14 text for every int and float
    /// division, floor division, modulo and divmod by zero.
    pub fn division_by_zero() -> Self {
        Self::new(ErrorKind::ZeroDivision, "division by zero")
    }
    /// The Python class name, for messages and tests.
    pub fn class_name(&self) -> &'static str {
        match self.kind {
            ErrorKind::Value => "ValueError",
            ErrorKind::Overflow => "OverflowError",
            ErrorKind::ZeroDivision => "ZeroDivisionError",
            ErrorKind::Type => "TypeError",
            ErrorKind::Memory => "MemoryError",
            ErrorKind::Interrupted => "KeyboardInterrupt",
        }
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.class_name(), self.message)
    }
}

impl std::error::Error for NumError {}

/// Result alias for numeric operations.
pub type NumResult<T> = Result<T, NumError>;

#[cfg(any(test, feature = "test-oracle"))]
pub mod pytest;
