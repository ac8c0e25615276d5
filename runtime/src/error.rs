//! The error convention: every fallible runtime function returns [`PyResult<T>`], and
//! [`PyErr`] carries a Python exception *instance* (so `except` clauses, tracebacks and
//! chaining see one kind of thing). Build errors with the helpers here, e.g.
//! `Err(PyErr::new(&TYPE_ERROR, format!("...")))` or `PyErr::type_error(...)`; the
//! message text must be CPython's (check them against `python3`).
//!
//! Iteration does not use exceptions: `next` slots return `Ok(None)` at the end, so a
//! `for` loop never allocates a StopIteration.

use crate::builtins::exceptions::{self as exc, new_exception};
use crate::object::{TypeObject, Value};

/// A raised Python exception (an instance of a BaseException subclass).
pub struct PyErr {
    /// The exception instance.
    pub exc: Value,
}

/// Result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({})", crate::builtins::exceptions::describe(&self.exc))
    }
}

impl PyErr {
    /// `ty(msg)`.
    pub fn new(ty: &'static TypeObject, msg: impl Into<String>) -> PyErr {
        let msg = crate::builtins::str::new_str(&msg.into());
        PyErr { exc: new_exception(ty, vec![msg]) }
    }
    /// `ty()` with no arguments.
    pub fn bare(ty: &'static TypeObject) -> PyErr {
        PyErr { exc: new_exception(ty, vec![]) }
    }
    /// `ty(arg)` with an arbitrary argument (KeyError, StopIteration value, SystemExit code).
    pub fn with_arg(ty: &'static TypeObject, arg: Value) -> PyErr {
        PyErr { exc: new_exception(ty, vec![arg]) }
    }
    /// `TypeError(msg)`.
    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&exc::TYPE_ERROR, msg)
    }
    /// `ValueError(msg)`.
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&exc::VALUE_ERROR, msg)
    }
    /// `IndexError(msg)`.
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&exc::INDEX_ERROR, msg)
    }
    /// `OverflowError(msg)`.
    pub fn overflow_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&exc::OVERFLOW_ERROR, msg)
    }
    /// `ZeroDivisionError("division by zero")` (the 3.14 wording for every operator).
    pub fn zero_division() -> PyErr {
        PyErr::new(&exc::ZERO_DIVISION_ERROR, "division by zero")
    }
    /// `AttributeError(msg)`.
    pub fn attribute_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&exc::ATTRIBUTE_ERROR, msg)
    }
    /// `RuntimeError(msg)`.
    pub fn runtime_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&exc::RUNTIME_ERROR, msg)
    }
    /// `KeyError(key)`.
    pub fn key_error(key: Value) -> PyErr {
        PyErr::with_arg(&exc::KEY_ERROR, key)
    }
    /// `RecursionError("maximum recursion depth exceeded")`.
    pub fn recursion() -> PyErr {
        PyErr::new(&exc::RECURSION_ERROR, "maximum recursion depth exceeded")
    }
    /// True when the exception is an instance of `ty` (or a subclass).
    pub fn matches(&self, ty: &'static TypeObject) -> bool {
        self.exc.ty().body.is_subtype(&ty.body)
    }
}

impl From<crate::numeric::NumError> for PyErr {
    fn from(e: crate::numeric::NumError) -> PyErr {
        use crate::numeric::ErrorKind;
        let ty = match e.kind {
            ErrorKind::Value => &exc::VALUE_ERROR,
            ErrorKind::Overflow => &exc::OVERFLOW_ERROR,
            ErrorKind::ZeroDivision => &exc::ZERO_DIVISION_ERROR,
            ErrorKind::Type => &exc::TYPE_ERROR,
            ErrorKind::Memory if e.message.is_empty() => return PyErr::bare(&exc::MEMORY_ERROR),
            ErrorKind::Memory => &exc::MEMORY_ERROR,
            ErrorKind::Interrupted => return PyErr::bare(&exc::KEYBOARD_INTERRUPT),
        };
        PyErr::new(ty, e.message)
    }
}

impl From<crate::text::TextError> for PyErr {
    fn from(e: crate::text::TextError) -> PyErr {
        use crate::text::TextError as T;
        let ty = match &e {
            T::Value(_) => &exc::VALUE_ERROR,
            T::Type(_) => &exc::TYPE_ERROR,
            T::Index(_) => &exc::INDEX_ERROR,
            T::Overflow(_) => &exc::OVERFLOW_ERROR,
            T::Memory => return PyErr::bare(&exc::MEMORY_ERROR),
            T::Interrupted => return PyErr::bare(&exc::KEYBOARD_INTERRUPT),
            T::Lookup(_) => &exc::LOOKUP_ERROR,
            T::Encode(_) => &exc::UNICODE_ENCODE_ERROR,
            T::Decode(_) => &exc::UNICODE_DECODE_ERROR,
        };
        let err = PyErr::new(ty, e.message());
        let fields = match &e {
            T::Encode(u) => Some((u.encoding, u.start, u.end, u.reason)),
            T::Decode(u) => Some((u.encoding, u.start, u.end, u.reason)),
            _ => None,
        };
        if let Some((encoding, start, end, reason)) = fields {
            use crate::builtins::exceptions::set_extra;
            set_extra(&err.exc, "encoding", crate::builtins::str::new_str(encoding));
            set_extra(&err.exc, "start", crate::builtins::int::new_int(start as i64));
            set_extra(&err.exc, "end", crate::builtins::int::new_int(end as i64));
            set_extra(&err.exc, "reason", crate::builtins::str::new_str(reason));
        }
        err
    }
}

/// A codec error for encoding or decoding `object`: the exception with its `object`
/// attribute set (the text algorithms do not hold the Python object).
pub fn codec_error(e: crate::text::TextError, object: &Value) -> PyErr {
    let is_codec = matches!(e, crate::text::TextError::Encode(_) | crate::text::TextError::Decode(_));
    let err = PyErr::from(e);
    if is_codec {
        crate::builtins::exceptions::set_extra(&err.exc, "object", object.clone());
    }
    err
}
