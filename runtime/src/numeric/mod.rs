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

pub mod bigint;
pub mod complex;
pub mod float_arith;
pub mod float_hex;
pub mod float_parse;
pub mod float_repr;
pub mod format_spec;
pub mod fsum;
pub mod hash;
pub mod int_text;
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

#[cfg(test)]
pub(crate) mod pytest;
