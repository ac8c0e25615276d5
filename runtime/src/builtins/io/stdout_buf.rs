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
    /// `-u` or `PYTHONUNBUFFERED`: every write goes out at once.
    unbuffered: bool,
}

fn stdout_buf() -> &'static Mutex<StdoutBuf> {
    static BUF: OnceLock<Mutex<StdoutBuf>> = OnceLock::new();
    BUF.get_or_init(|| Mutex::new(StdoutBuf { buf: Vec::with_capacity(8192), tty: std::io::stdout().is_terminal(), unbuffered: unbuffered_requested() }))
}

/// Whether `-u` or `PYTHONUNBUFFERED` asked for unbuffered output (see [`set_unbuffered`]).
fn unbuffered_requested() -> bool {
    UNBUFFERED_FLAG.load(std::sync::atomic::Ordering::Relaxed)
}

static UNBUFFERED_FLAG: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// `-u` or `PYTHONUNBUFFERED`: stdout is written through on every write.
pub fn set_unbuffered() {
    UNBUFFERED_FLAG.store(true, std::sync::atomic::Ordering::Relaxed);
    let mut b = stdout_buf().lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    b.unbuffered = true;
}

/// Writes text to sys.stdout's buffer. When the buffer is written out here and that
/// fails, its content is dropped (what CPython's buffered writer leaves after a failed
/// write: a later flush at exit has nothing left to fail on).
pub fn write_stdout(s: &str) -> PyResult<()> {
    let mut b = stdout_buf().lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    b.buf.extend_from_slice(s.as_bytes());
    if b.buf.len() >= 8192 || b.unbuffered || (b.tty && s.contains('\n')) {
        let data = std::mem::take(&mut b.buf);
        write_out(&data).map_err(|e| os_error(&e))?;
    }
    Ok(())
}

fn write_out(data: &[u8]) -> std::io::Result<()> {
    let mut out = std::io::stdout();
    out.write_all(data)?;
    out.flush()
}

/// Flushes sys.stdout. On failure the data stays buffered, as in CPython (so the flush
/// at exit fails again and is reported).
pub fn flush_stdout() -> std::io::Result<()> {
    let mut b = stdout_buf().lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let data = std::mem::take(&mut b.buf);
    let r = write_out(&data);
    if r.is_err() {
        b.buf = data;
    }
    r
}

/// The `OSError` for a failed read or write of a standard stream (the subclass the
/// errno calls for: `BrokenPipeError`, ...).
pub fn os_error(e: &std::io::Error) -> PyErr {
    super::errno::from_io(e, None)
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
