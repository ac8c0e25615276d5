//! Errors raised by the text algorithms, with CPython's exception type and exact message.
//!
//! The algorithms do not know about exception objects, so an error is a plain value: which
//! built-in exception to raise and its message. The two codec errors also keep the fields
//! CPython exposes as attributes (`encoding`, `start`, `end`, `reason`), because Python code
//! reads them (`e.start`) and error handlers depend on them.

use std::fmt;

/// A Python exception to raise: its type and message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextError {
    /// `ValueError(msg)`.
    Value(String),
    /// `TypeError(msg)`.
    Type(String),
    /// `IndexError(msg)`.
    Index(String),
    /// `OverflowError(msg)`.
    Overflow(String),
    /// `MemoryError()` (no message, as CPython raises it for failed allocations).
    Memory,
    /// `LookupError(msg)` (unknown encoding or error handler).
    Lookup(String),
    /// `UnicodeEncodeError`.
    Encode(UnicodeEncodeError),
    /// `UnicodeDecodeError`.
    Decode(UnicodeDecodeError),
    /// `KeyboardInterrupt`: Ctrl-C stopped a long operation (see `numeric/interrupt.rs`).
    Interrupted,
}

impl TextError {
    /// The name of the exception type, as the traceback prints it.
    pub fn exception_name(&self) -> &'static str {
        match self {
            TextError::Value(_) => "ValueError",
            TextError::Type(_) => "TypeError",
            TextError::Index(_) => "IndexError",
            TextError::Overflow(_) => "OverflowError",
            TextError::Memory => "MemoryError",
            TextError::Lookup(_) => "LookupError",
            TextError::Encode(_) => "UnicodeEncodeError",
            TextError::Decode(_) => "UnicodeDecodeError",
            TextError::Interrupted => "KeyboardInterrupt",
        }
    }

    /// `str(exception)`.
    pub fn message(&self) -> String {
        match self {
            TextError::Value(m)
            | TextError::Type(m)
            | TextError::Index(m)
            | TextError::Overflow(m)
            | TextError::Lookup(m) => m.clone(),
            TextError::Memory | TextError::Interrupted => String::new(),
            TextError::Encode(e) => e.to_string(),
            TextError::Decode(e) => e.to_string(),
        }
    }

    pub(crate) fn value(message: &str) -> TextError {
        TextError::Value(message.to_owned())
    }
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.exception_name(), self.message())
    }
}

impl std::error::Error for TextError {}

/// `UnicodeEncodeError(encoding, object, start, end, reason)`; `object` is the string being
/// encoded, which the caller holds. `start..end` are code-point indices into it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnicodeEncodeError {
    /// Codec name as CPython spells it in messages (`'utf-8'`, `'ascii'`, `'latin-1'`).
    pub encoding: &'static str,
    /// Index of the first unencodable code point.
    pub start: usize,
    /// One past the last unencodable code point of the run.
    pub end: usize,
    /// The code point at `start` (the message shows it when the run has length one).
    pub first_bad: u32,
    /// Why it failed (`ordinal not in range(128)`, `surrogates not allowed`).
    pub reason: &'static str,
}

impl fmt::Display for UnicodeEncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let encoding = self.encoding;
        if self.end == self.start + 1 {
            let c = self.first_bad;
            let shown = if c <= 0xff {
                format!("\\x{c:02x}")
            } else if c <= 0xffff {
                format!("\\u{c:04x}")
            } else {
                format!("\\U{c:08x}")
            };
            write!(
                f,
                "'{encoding}' codec can't encode character '{shown}' in position {}: {}",
                self.start, self.reason
            )
        } else {
            write!(
                f,
                "'{encoding}' codec can't encode characters in position {}-{}: {}",
                self.start,
                self.end.saturating_sub(1),
                self.reason
            )
        }
    }
}

/// `UnicodeDecodeError(encoding, object, start, end, reason)`; `start..end` are byte offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnicodeDecodeError {
    /// Codec name as CPython spells it in messages.
    pub encoding: &'static str,
    /// Offset of the first undecodable byte.
    pub start: usize,
    /// One past the last byte of the undecodable sequence.
    pub end: usize,
    /// The byte at `start` (the message shows it when the range has length one).
    pub first_bad: u8,
    /// Why it failed (`invalid start byte`, `unexpected end of data`, ...).
    pub reason: &'static str,
}

impl fmt::Display for UnicodeDecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let encoding = self.encoding;
        if self.end == self.start + 1 {
            write!(
                f,
                "'{encoding}' codec can't decode byte 0x{:02x} in position {}: {}",
                self.first_bad, self.start, self.reason
            )
        } else {
            write!(
                f,
                "'{encoding}' codec can't decode bytes in position {}-{}: {}",
                self.start,
                self.end.saturating_sub(1),
                self.reason
            )
        }
    }
}

/// Reserves exactly `len` bytes, turning an impossible size into `MemoryError` instead of
/// aborting the process.
pub(crate) fn with_capacity(len: usize) -> Result<String, TextError> {
    let bytes = crate::alloc_limit::try_vec::<u8>(len).ok_or(TextError::Memory)?;
    String::from_utf8(bytes).map_err(|_| TextError::Memory)
}

/// Byte-vector form of [`with_capacity`].
pub(crate) fn bytes_with_capacity(len: usize) -> Result<Vec<u8>, TextError> {
    crate::alloc_limit::try_vec(len).ok_or(TextError::Memory)
}
