//! `sys.stdin`, `sys.stdout`, `sys.stderr`: text streams built as CPython builds them,
//! a `TextIOWrapper` (UTF-8, `newline='\n'`) over a buffered file over a `FileIO` of
//! the inherited descriptor (not closed with it). stdin and stdout use
//! `surrogateescape` and stderr `backslashreplace`, as CPython does in a UTF-8 locale;
//! stdout is line-buffered on a terminal and block-buffered otherwise, stderr is
//! line-buffered and in addition flushed after every write so its text keeps its place
//! among the interpreter's own messages (tracebacks); `-u` makes stdout write through.
//!
//! The three objects are made once per process and live for its whole life. `print`
//! and `input` look up what `sys.stdout`/`sys.stdin` currently are: the original
//! objects are written without Python-level calls, anything else (a `StringIO`, an
//! object with a `write` method) through its methods, and `None` is skipped as in
//! CPython.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use super::buffered::new_std_buffered;
use super::raw::{raw_from_fd, sys_isatty};
use super::text::{as_text, new_text, Newline, TextData, TextOptions};
use crate::builtins::singletons::is_none;
use crate::builtins::str::{as_str_data, new_str_wtf8};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;

/// The original standard stream objects.
pub struct StdStreams {
    /// `sys.__stdin__`.
    pub stdin: Value,
    /// `sys.__stdout__`.
    pub stdout: Value,
    /// `sys.__stderr__`.
    pub stderr: Value,
}

static STREAMS: OnceLock<StdStreams> = OnceLock::new();
static UNBUFFERED: AtomicBool = AtomicBool::new(false);

fn make_stream(fd: i32, name: &str, writable: bool, errors: &str, line_buffering: bool) -> Value {
    let raw = raw_from_fd(fd, name, writable);
    let buffer = new_std_buffered(raw.clone(), super::DEFAULT_BUFFER_SIZE).unwrap_or(raw);
    let text = new_text(
        buffer,
        TextOptions {
            encoding: Some("utf-8"),
            errors: Some(errors),
            newline: Newline::Fixed("\n"),
            line_buffering,
            mode: Some(if writable { "w" } else { "r" }.to_string()),
        },
    );
    text.expect("utf-8 is a known encoding")
}

/// The original standard streams (made on first use).
pub fn streams() -> &'static StdStreams {
    STREAMS.get_or_init(|| {
        let s = StdStreams {
            stdin: make_stream(0, "<stdin>", false, "surrogateescape", sys_isatty(0)),
            stdout: make_stream(1, "<stdout>", true, "surrogateescape", sys_isatty(1)),
            stderr: make_stream(2, "<stderr>", true, "backslashreplace", true),
        };
        apply_policy(&s);
        s
    })
}

fn text_of(v: &Value) -> &TextData {
    as_text(v).expect("the standard streams are text wrappers")
}

fn apply_policy(s: &StdStreams) {
    let unbuffered = UNBUFFERED.load(Ordering::Relaxed);
    text_of(&s.stdout).set_stream_policy(unbuffered, false, !unbuffered && sys_isatty(1));
    text_of(&s.stderr).set_stream_policy(unbuffered, true, !unbuffered);
}

/// `-u` / `PYTHONUNBUFFERED`: stdout writes through.
pub fn set_unbuffered() {
    UNBUFFERED.store(true, Ordering::Relaxed);
    if let Some(s) = STREAMS.get() {
        apply_policy(s);
    }
}

/// What `sys.stdout` (or `stdin`, `stderr`) currently is.
pub enum Target {
    /// The original stream (or `sys` was never imported, so it cannot have changed).
    Original,
    /// `None`: output is dropped (`print`), input is refused.
    Nothing,
    /// Another object, used through its methods.
    Object(Value),
}

/// What `sys.<name>` is now; `RuntimeError: lost sys.<name>` if it was deleted.
pub fn target(vm: &Vm, name: &str) -> PyResult<Target> {
    let Some(sys) = vm
        .modules()
        .and_then(crate::builtins::dict::as_dict)
        .and_then(|m| m.get_str("sys"))
    else {
        return Ok(Target::Original);
    };
    let Some(dict) = crate::builtins::module::as_module(&sys)
        .and_then(|m| crate::builtins::dict::as_dict(&m.dict))
    else {
        return Ok(Target::Original);
    };
    let Some(v) = dict.get_str(name) else {
        return Err(PyErr::runtime_error(format!("lost sys.{name}")));
    };
    let s = streams();
    let original = match name {
        "stdin" => &s.stdin,
        "stderr" => &s.stderr,
        _ => &s.stdout,
    };
    Ok(if v.is(original) {
        Target::Original
    } else if is_none(&v) {
        Target::Nothing
    } else {
        Target::Object(v)
    })
}

/// Writes text to the original sys.stdout.
pub fn write_stdout(s: &str) -> PyResult<()> {
    text_of(&streams().stdout).write_direct(s.as_bytes(), false)
}

/// Writes a str to the original sys.stdout (lone surrogates other than those
/// `surrogateescape` maps to bytes raise `UnicodeEncodeError`).
pub fn write_stdout_str(v: &Value) -> PyResult<()> {
    let Some(d) = as_str_data(v) else {
        return Ok(());
    };
    text_of(&streams().stdout).write_direct(d.as_wtf8(), d.has_surrogates())
}

/// Flushes the original sys.stdout.
pub fn flush_stdout() -> PyResult<()> {
    match STREAMS.get() {
        Some(s) => text_of(&s.stdout).flush_direct(),
        None => Ok(()),
    }
}

/// Flushes the original sys.stderr (errors ignored, as `input()` does).
pub fn flush_stderr() {
    if let Some(s) = STREAMS.get() {
        let _ = text_of(&s.stderr).flush_direct();
    }
}

fn call_method(vm: &mut Vm, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = crate::ops::getattr(vm, obj, name)?;
    crate::ops::call(vm, &m, args, &[])
}

/// `input(prompt)`: the prompt goes to the current sys.stdout, which is flushed, and a
/// line is read from the current sys.stdin, without its newline (EOFError at end).
pub fn input(vm: &mut Vm, prompt: Option<&Value>) -> PyResult<Value> {
    let stdin = target(vm, "stdin")?;
    let stdout = target(vm, "stdout")?;
    if matches!(stdin, Target::Nothing) {
        return Err(PyErr::runtime_error("input(): lost sys.stdin"));
    }
    if matches!(stdout, Target::Nothing) {
        return Err(PyErr::runtime_error("input(): lost sys.stdout"));
    }
    flush_stderr();
    if let Some(p) = prompt {
        let s = crate::ops::str_(vm, p)?;
        match &stdout {
            Target::Object(o) => drop(call_method(vm, o, "write", &[s])?),
            _ => write_stdout_str(&s)?,
        }
    }
    match &stdout {
        Target::Object(o) => drop(call_method(vm, o, "flush", &[])?),
        _ => flush_stdout()?,
    }
    let line = match &stdin {
        Target::Object(o) => {
            let l = call_method(vm, o, "readline", &[])?;
            let d = as_str_data(&l)
                .ok_or_else(|| PyErr::type_error("object.readline() returned non-string"))?;
            d.as_wtf8().to_vec()
        }
        _ => loop {
            // A signal with a Python handler interrupted the read: run the handler (its
            // exception ends input()), then read on, as CPython does (PEP 475).
            match text_of(&streams().stdin).read_line(vm) {
                Err(e) if e.matches(&crate::builtins::exceptions::INTERRUPTED_ERROR) && crate::thread::signals::any_pending() => {
                    crate::thread::signals::run_handlers(vm)?;
                }
                r => break r?,
            }
        },
    };
    if line.is_empty() {
        return Err(PyErr::new(
            &crate::builtins::exceptions::EOF_ERROR,
            "EOF when reading a line",
        ));
    }
    let end = line.len() - usize::from(line.ends_with(b"\n"));
    Ok(new_str_wtf8(&line[..end]))
}
