//! The stdout entry points `print`, `input` and the exit path use: writes and flushes of
//! the original `sys.stdout` (its buffered layer bounds memory; see `stdio`).
//!
//! It lives with the built-in types rather than in the `builtins` module so that
//! `sys.stdout` (in `stdio`) does not reach up into `modules::`.

use crate::error::{PyErr, PyResult};

pub use super::stdio::{flush_stdout, set_unbuffered, write_stdout_str};

/// Writes text to sys.stdout.
pub fn write_stdout(s: &str) -> PyResult<()> {
    super::stdio::write_stdout(s)
}

/// The `OSError` for a failed read or write of a standard stream (the subclass the
/// errno calls for: `BrokenPipeError`, ...).
pub fn os_error(e: &std::io::Error) -> PyErr {
    super::errno::from_io(e, None)
}
