//! `sys.stdin`, `sys.stdout`, `sys.stderr`: minimal text streams.
//!
//! stdout shares the buffer `print` writes to (`builtins::write_stdout`), so output
//! written through `sys.stdout.write` and `print` stays in order; stderr flushes stdout
//! first, as CPython's line ordering on a terminal suggests, and is unbuffered. stdin reads
//! lines from the process's standard input. The type is named `TextIOWrapper` like
//! CPython's, with the attributes scripts look at (`encoding`, `errors`, `name`, `mode`).

use std::io::{BufRead, Read, Write};

use crate::builtin_type;
use crate::builtins::int::new_int;
use crate::builtins::singletons::{none, py_bool};
use crate::builtins::str::{as_str, new_str, new_str_owned};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{Kind, MethodDef, Slots, Value};

/// Which standard stream an object is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum StdStream {
    /// File descriptor 0.
    Stdin,
    /// File descriptor 1.
    Stdout,
    /// File descriptor 2.
    Stderr,
}

builtin_type!(
    STD_STREAM_TYPE,
    "TextIOWrapper",
    Kind::Object,
    StdStream,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots { repr: Some(stream_repr), getattr: Some(stream_getattr), ..Slots::EMPTY },
    &[
        MethodDef::method("write", stream_write),
        MethodDef::method("flush", stream_flush),
        MethodDef::method("readline", stream_readline),
        MethodDef::method("read", stream_read),
        MethodDef::method("fileno", stream_fileno),
        MethodDef::method("isatty", stream_isatty),
        MethodDef::method("readable", stream_readable),
        MethodDef::method("writable", stream_writable),
    ]
);

/// A new stream object.
pub fn new_stream(which: StdStream) -> Value {
    crate::object::alloc(&STD_STREAM_TYPE, which)
}

fn stream_of(v: &Value) -> PyResult<StdStream> {
    if !v.is_small_int() && std::ptr::eq(v.ty(), &STD_STREAM_TYPE) {
        // SAFETY: objects of STD_STREAM_TYPE are Obj<StdStream>.
        Ok(unsafe { *v.body_unchecked::<StdStream>() })
    } else {
        Err(PyErr::type_error("expected a standard stream"))
    }
}

fn name_of(s: StdStream) -> &'static str {
    match s {
        StdStream::Stdin => "<stdin>",
        StdStream::Stdout => "<stdout>",
        StdStream::Stderr => "<stderr>",
    }
}

fn stream_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = stream_of(v)?;
    let mode = if s == StdStream::Stdin { "r" } else { "w" };
    Ok(new_str_owned(format!("<_io.TextIOWrapper name='{}' mode='{mode}' encoding='utf-8'>", name_of(s)).into()))
}

fn stream_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let s = stream_of(v)?;
    Ok(match name {
        "encoding" => Some(new_str("utf-8")),
        "errors" => Some(new_str(if s == StdStream::Stderr { "backslashreplace" } else { "strict" })),
        "name" => Some(new_str(name_of(s))),
        "mode" => Some(new_str(if s == StdStream::Stdin { "r" } else { "w" })),
        "closed" => Some(py_bool(false)),
        "line_buffering" => Some(py_bool(s == StdStream::Stderr)),
        _ => None,
    })
}

fn io_error(e: &std::io::Error) -> PyErr {
    PyErr::new(&crate::builtins::exceptions::OS_ERROR, e.to_string())
}

fn stream_write(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = stream_of(&args[0])?;
    let Some(arg) = args.get(1) else {
        return Err(PyErr::type_error("write() takes exactly one argument (0 given)"));
    };
    let Some(text) = as_str(arg) else {
        return Err(PyErr::type_error(format!("write() argument must be str, not {}", arg.ty().body.name)));
    };
    match s {
        StdStream::Stdin => return Err(PyErr::new(&crate::builtins::exceptions::OS_ERROR, "not writable")),
        StdStream::Stdout => super::builtins::write_stdout(text)?,
        StdStream::Stderr => {
            super::builtins::flush_stdout().map_err(|e| io_error(&e))?;
            let mut err = std::io::stderr();
            err.write_all(text.as_bytes()).map_err(|e| io_error(&e))?;
            err.flush().map_err(|e| io_error(&e))?;
        }
    }
    Ok(new_int(text.chars().count() as i64))
}

fn stream_flush(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match stream_of(&args[0])? {
        StdStream::Stdout => super::builtins::flush_stdout().map_err(|e| io_error(&e))?,
        StdStream::Stderr => std::io::stderr().flush().map_err(|e| io_error(&e))?,
        StdStream::Stdin => {}
    }
    Ok(none())
}

fn stream_readline(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if stream_of(&args[0])? != StdStream::Stdin {
        return Err(PyErr::new(&crate::builtins::exceptions::OS_ERROR, "not readable"));
    }
    super::builtins::flush_stdout().map_err(|e| io_error(&e))?;
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).map_err(|e| io_error(&e))?;
    Ok(new_str_owned(line.into()))
}

fn stream_read(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if stream_of(&args[0])? != StdStream::Stdin {
        return Err(PyErr::new(&crate::builtins::exceptions::OS_ERROR, "not readable"));
    }
    super::builtins::flush_stdout().map_err(|e| io_error(&e))?;
    let mut text = String::new();
    std::io::stdin().lock().read_to_string(&mut text).map_err(|e| io_error(&e))?;
    Ok(new_str_owned(text.into()))
}

fn stream_fileno(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(match stream_of(&args[0])? {
        StdStream::Stdin => 0,
        StdStream::Stdout => 1,
        StdStream::Stderr => 2,
    }))
}

fn stream_isatty(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    use std::io::IsTerminal;
    Ok(py_bool(match stream_of(&args[0])? {
        StdStream::Stdin => std::io::stdin().is_terminal(),
        StdStream::Stdout => std::io::stdout().is_terminal(),
        StdStream::Stderr => std::io::stderr().is_terminal(),
    }))
}

fn stream_readable(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(py_bool(stream_of(&args[0])? == StdStream::Stdin))
}

fn stream_writable(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(py_bool(stream_of(&args[0])? != StdStream::Stdin))
}
