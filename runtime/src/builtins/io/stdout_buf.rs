//! The process's stdout buffer, shared by `print` and `sys.stdout`: block-buffered when
//! not a terminal (line-buffered on one), as CPython does, and flushed before anything
//! goes to stderr and at exit.
//!
//! It lives with the built-in types rather than in the `builtins` module so that
//! `sys.stdout` (in `stdio`) does not reach up into `modules::`.

use std::io::{IsTerminal, Write};
use std::sync::{Mutex, OnceLock};

use crate::error::{PyErr, PyResult};
use crate::object::Value;

struct StdoutBuf {
    buf: Vec<u8>,
    tty: bool,
}

fn stdout_buf() -> &'static Mutex<StdoutBuf> {
    static BUF: OnceLock<Mutex<StdoutBuf>> = OnceLock::new();
    BUF.get_or_init(|| Mutex::new(StdoutBuf { buf: Vec::with_capacity(8192), tty: std::io::stdout().is_terminal() }))
}

/// Writes text to sys.stdout's buffer.
pub fn write_stdout(s: &str) -> PyResult<()> {
    let mut b = stdout_buf().lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    b.buf.extend_from_slice(s.as_bytes());
    if b.buf.len() >= 8192 || (b.tty && s.contains('\n')) {
        let data = std::mem::take(&mut b.buf);
        std::io::stdout().write_all(&data).map_err(|e| os_error(&e))?;
        std::io::stdout().flush().map_err(|e| os_error(&e))?;
    }
    Ok(())
}

/// Flushes sys.stdout.
pub fn flush_stdout() -> std::io::Result<()> {
    let mut b = stdout_buf().lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let data = std::mem::take(&mut b.buf);
    let mut out = std::io::stdout();
    out.write_all(&data)?;
    out.flush()
}

/// The `OSError` for a failed read or write of a standard stream.
pub fn os_error(e: &std::io::Error) -> PyErr {
    let msg = match e.raw_os_error() {
        Some(n) => format!("[Errno {n}] {}", e.to_string().split(" (os error").next().unwrap_or("")),
        None => e.to_string(),
    };
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        return PyErr::new(&crate::builtins::exceptions::OS_ERROR, msg);
    }
    PyErr::new(&crate::builtins::exceptions::OS_ERROR, msg)
}

/// Writes a str to sys.stdout as strict UTF-8: lone surrogates raise CPython's
/// `UnicodeEncodeError` (`'utf-8' codec can't encode character '\ud800' in position 0:
/// surrogates not allowed`) and nothing of that str is written.
pub fn write_stdout_str(v: &Value) -> PyResult<()> {
    let Some(d) = crate::builtins::str::as_str_data(v) else { return Ok(()) };
    if d.has_surrogates() {
        let cps: Vec<u32> = d.code_points().collect();
        crate::text::codecs::encode_code_points(&cps, crate::text::codecs::Codec::Utf8, "strict")?;
    }
    write_stdout(d.as_str())
}
