//! `sys.stdin`, `sys.stdout`, `sys.stderr`: text streams over the process's standard
//! file descriptors (`_io.TextIOWrapper` in CPython). stdout shares the buffer `print`
//! uses (`stdout_buf::write_stdout`); stderr is written through at once (it is
//! line-buffered in CPython, and every write here ends up on the terminal promptly).
//! General file objects (`open`) arrive with the `io` module.

use std::io::{BufRead, Read, Write};

use crate::builtin_type;
use crate::builtins::int::new_int;
use crate::builtins::singletons::{none, py_bool};
use crate::builtins::str::{new_str, new_str_owned};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{Kind, MethodDef, Slots, Value};

/// Which standard stream.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Stream {
    /// fd 0.
    Stdin,
    /// fd 1.
    Stdout,
    /// fd 2.
    Stderr,
}

builtin_type!(
    TEXT_STREAM_TYPE,
    "TextIOWrapper",
    Kind::Object,
    Stream,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots { repr: Some(stream_repr), getattr: Some(stream_getattr), iter: Some(stream_iter), next: Some(stream_next), ..Slots::EMPTY },
    &[
        MethodDef::method("write", stream_write),
        MethodDef::method("flush", stream_flush),
        MethodDef::method("readline", stream_readline),
        MethodDef::method("read", stream_read),
        MethodDef::method("readlines", stream_readlines),
        MethodDef::method("isatty", stream_isatty),
        MethodDef::method("fileno", stream_fileno),
    ]
);

/// A stream object.
pub fn new_stream(s: Stream) -> Value {
    crate::object::alloc(&TEXT_STREAM_TYPE, s)
}

fn stream_of(v: &Value) -> Stream {
    if std::ptr::eq(v.ty(), &TEXT_STREAM_TYPE) {
        // SAFETY: objects of TEXT_STREAM_TYPE are Obj<Stream>.
        unsafe { *v.body_unchecked::<Stream>() }
    } else {
        Stream::Stdout
    }
}

fn name_of(s: Stream) -> &'static str {
    match s {
        Stream::Stdin => "<stdin>",
        Stream::Stdout => "<stdout>",
        Stream::Stderr => "<stderr>",
    }
}

fn stream_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = stream_of(v);
    let mode = if s == Stream::Stdin { "r" } else { "w" };
    Ok(new_str(&format!("<_io.TextIOWrapper name='{}' mode='{mode}' encoding='utf-8'>", name_of(s))))
}

fn stream_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let s = stream_of(v);
    Ok(match name {
        "name" => Some(new_str(name_of(s))),
        "mode" => Some(new_str(if s == Stream::Stdin { "r" } else { "w" })),
        "encoding" => Some(new_str("utf-8")),
        "closed" => Some(py_bool(false)),
        _ => None,
    })
}

fn io_error(e: &std::io::Error) -> PyErr {
    super::errno::from_io(e, None)
}

fn stream_write(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = stream_of(&args[0]);
    let Some(text) = args.get(1) else {
        return Err(PyErr::type_error("TextIOWrapper.write() takes exactly one argument (0 given)"));
    };
    let Some(d) = crate::builtins::str::as_str_data(text) else {
        return Err(PyErr::type_error(format!("write() argument must be str, not {}", text.ty().body.name)));
    };
    let t = d.as_str();
    match s {
        Stream::Stdout => crate::builtins::stdout_buf::write_stdout_str(text)?,
        Stream::Stderr if d.has_surrogates() => {
            // sys.stderr's error handler is backslashreplace: '\ud800' shows as `\ud800`.
            let cps: Vec<u32> = d.code_points().collect();
            let b = crate::text::codecs::encode_code_points(&cps, crate::text::codecs::Codec::Utf8, "backslashreplace")?;
            std::io::stderr().write_all(&b).map_err(|x| io_error(&x))?;
        }
        Stream::Stderr => {
            let mut e = std::io::stderr();
            e.write_all(t.as_bytes()).map_err(|x| io_error(&x))?;
        }
        Stream::Stdin => return Err(PyErr::new(&crate::builtins::exceptions::OS_ERROR, "not writable")),
    }
    Ok(new_int(d.char_len() as i64))
}

fn stream_flush(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match stream_of(&args[0]) {
        Stream::Stdout => crate::builtins::stdout_buf::flush_stdout().map_err(|e| io_error(&e))?,
        Stream::Stderr => std::io::stderr().flush().map_err(|e| io_error(&e))?,
        Stream::Stdin => {}
    }
    Ok(none())
}

fn read_line() -> PyResult<String> {
    let _ = crate::builtins::stdout_buf::flush_stdout();
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).map_err(|e| io_error(&e))?;
    Ok(line)
}

fn stream_readline(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_str_owned(read_line()?.into()))
}

fn stream_read(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let _ = crate::builtins::stdout_buf::flush_stdout();
    let mut s = String::new();
    std::io::stdin().lock().read_to_string(&mut s).map_err(|e| io_error(&e))?;
    Ok(new_str_owned(s.into()))
}

fn stream_readlines(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut out = Vec::new();
    loop {
        let l = read_line()?;
        if l.is_empty() {
            break;
        }
        out.push(new_str_owned(l.into()));
    }
    Ok(crate::builtins::list::new_list(out))
}

fn stream_isatty(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    use std::io::IsTerminal;
    Ok(py_bool(match stream_of(&args[0]) {
        Stream::Stdin => std::io::stdin().is_terminal(),
        Stream::Stdout => std::io::stdout().is_terminal(),
        Stream::Stderr => std::io::stderr().is_terminal(),
    }))
}

fn stream_fileno(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(match stream_of(&args[0]) {
        Stream::Stdin => 0,
        Stream::Stdout => 1,
        Stream::Stderr => 2,
    }))
}

fn stream_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn stream_next(_vm: &mut Vm, _v: &Value) -> PyResult<Option<Value>> {
    let l = read_line()?;
    if l.is_empty() {
        return Ok(None);
    }
    Ok(Some(new_str_owned(l.into())))
}
