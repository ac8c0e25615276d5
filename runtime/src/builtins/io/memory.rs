//! `io.StringIO` and `io.BytesIO`: in-memory streams.
//!
//! StringIO keeps code points (`u32`, so lone surrogates survive) and a position
//! counted in code points, as CPython's does; its newline handling follows CPython's:
//! `newline=None` translates `\r\n` and `\r` to `\n` as text is written, `'\r'` and
//! `'\r\n'` translate `\n` to themselves, and lines end at the newline given (any of
//! the three for `None` and `''`).

use std::sync::{Mutex, MutexGuard, PoisonError};

use super::{bind_args, bytes_like, unsupported};
use crate::builtin_type;
use crate::builtins::bytes::new_bytes;
use crate::builtins::int::{index_i64, new_int};
use crate::builtins::singletons::{is_none, none, py_bool};
use crate::builtins::str::{as_str, as_str_data, new_str_code_points};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{Kind, MethodDef, Slots, TypeObject, Value};

const LF: u32 = b'\n' as u32;
const CR: u32 = b'\r' as u32;

/// StringIO's newline mode.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Nl {
    /// `None`.
    Universal,
    /// `''`.
    Untranslated,
    /// `'\n'` (the default).
    Lf,
    /// `'\r'`.
    Cr,
    /// `'\r\n'`.
    CrLf,
}

struct StringState {
    text: Vec<u32>,
    pos: usize,
    closed: bool,
    newline: Nl,
}

/// A StringIO.
pub struct StringIoData {
    state: Mutex<StringState>,
}

struct BytesState {
    data: Vec<u8>,
    pos: usize,
    closed: bool,
}

/// A BytesIO.
pub struct BytesIoData {
    state: Mutex<BytesState>,
}

builtin_type!(
    STRINGIO_TYPE,
    "_io.StringIO",
    Kind::Object,
    StringIoData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        getattr: Some(s_getattr),
        iter: Some(s_iter),
        next: Some(s_next),
        new: Some(s_new),
        ..Slots::EMPTY
    },
    &[
        MethodDef::method("read", s_read),
        MethodDef::method("readline", s_readline),
        MethodDef::method("readlines", s_readlines),
        MethodDef::method("write", s_write),
        MethodDef::method("writelines", s_writelines),
        MethodDef::method("getvalue", s_getvalue),
        MethodDef::method("seek", s_seek),
        MethodDef::method("tell", s_tell),
        MethodDef::method("truncate", s_truncate),
        MethodDef::method("close", s_close),
        MethodDef::method("flush", s_flush),
        MethodDef::method("readable", s_true),
        MethodDef::method("writable", s_true),
        MethodDef::method("seekable", s_true),
        MethodDef::method("isatty", s_isatty),
        MethodDef::method("detach", s_detach),
        MethodDef::method("fileno", s_fileno),
        MethodDef::method("__enter__", super::enter),
        MethodDef::method("__exit__", super::exit_closes),
    ]
);

builtin_type!(
    BYTESIO_TYPE,
    "_io.BytesIO",
    Kind::Object,
    BytesIoData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        getattr: Some(b_getattr),
        iter: Some(b_iter),
        next: Some(b_next),
        new: Some(b_new),
        ..Slots::EMPTY
    },
    &[
        MethodDef::method("read", b_read),
        MethodDef::method("read1", b_read),
        MethodDef::method("readline", b_readline),
        MethodDef::method("readlines", b_readlines),
        MethodDef::method("write", b_write),
        MethodDef::method("writelines", b_writelines),
        MethodDef::method("getvalue", b_getvalue),
        MethodDef::method("seek", b_seek),
        MethodDef::method("tell", b_tell),
        MethodDef::method("truncate", b_truncate),
        MethodDef::method("close", b_close),
        MethodDef::method("flush", b_flush),
        MethodDef::method("readable", b_true),
        MethodDef::method("writable", b_true),
        MethodDef::method("seekable", b_true),
        MethodDef::method("isatty", b_isatty),
        MethodDef::method("fileno", s_fileno),
        MethodDef::method("__enter__", super::enter),
        MethodDef::method("__exit__", super::exit_closes),
    ]
);

/// StringIO's closed-file error (BytesIO's message ends with a period, as CPython's).
fn closed_err() -> PyErr {
    PyErr::value_error("I/O operation on closed file")
}

fn size_arg(v: Option<&Value>) -> PyResult<i64> {
    match v {
        Some(v) if !is_none(v) => index_i64(v),
        _ => Ok(-1),
    }
}

// --- StringIO

fn s_new(
    _vm: &mut Vm,
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = bind_args("StringIO", args, kwnames, &["initial_value", "newline"], 0)?;
    let newline = match a[1] {
        None => Nl::Lf,
        Some(v) if is_none(v) => Nl::Universal,
        Some(v) => match as_str(v) {
            Some("") => Nl::Untranslated,
            Some("\n") => Nl::Lf,
            Some("\r") => Nl::Cr,
            Some("\r\n") => Nl::CrLf,
            Some(other) => {
                return Err(PyErr::value_error(format!(
                    "illegal newline value: {}",
                    crate::builtins::str::repr_str(other)
                )))
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "newline must be str or None, not {}",
                    v.ty().body.name
                )))
            }
        },
    };
    let mut st = StringState {
        text: Vec::new(),
        pos: 0,
        closed: false,
        newline,
    };
    if let Some(v) = a[0].filter(|v| !is_none(v)) {
        let d = as_str_data(v).ok_or_else(|| {
            PyErr::type_error(format!(
                "initial_value must be str or None, not {}",
                v.ty().body.name
            ))
        })?;
        let cps: Vec<u32> = d.code_points().collect();
        st.write(&cps);
        st.pos = 0;
    }
    Ok(crate::object::alloc(
        &STRINGIO_TYPE,
        StringIoData {
            state: Mutex::new(st),
        },
    ))
}

impl StringState {
    fn write(&mut self, cps: &[u32]) -> usize {
        let translated: Vec<u32>;
        let cps = match self.newline {
            Nl::Universal if cps.contains(&CR) => {
                let mut o = Vec::with_capacity(cps.len());
                let mut i = 0;
                while i < cps.len() {
                    if cps[i] == CR {
                        o.push(LF);
                        if cps.get(i + 1) == Some(&LF) {
                            i += 1;
                        }
                    } else {
                        o.push(cps[i]);
                    }
                    i += 1;
                }
                translated = o;
                &translated[..]
            }
            Nl::Cr | Nl::CrLf if cps.contains(&LF) => {
                let nl: &[u32] = if self.newline == Nl::Cr {
                    &[CR]
                } else {
                    &[CR, LF]
                };
                translated = cps
                    .iter()
                    .flat_map(|&c| if c == LF { nl.to_vec() } else { vec![c] })
                    .collect();
                &translated[..]
            }
            _ => cps,
        };
        if self.pos > self.text.len() {
            self.text.resize(self.pos, 0);
        }
        let end = self.pos + cps.len();
        if end > self.text.len() {
            self.text.resize(end, 0);
        }
        self.text[self.pos..end].copy_from_slice(cps);
        self.pos = end;
        cps.len()
    }

    fn readline(&mut self, limit: i64) -> Vec<u32> {
        let start = self.pos.min(self.text.len());
        let end = if limit < 0 {
            self.text.len()
        } else {
            (start + limit as usize).min(self.text.len())
        };
        let rest = &self.text[start..end];
        let stop = match self.newline {
            Nl::Universal | Nl::Lf => rest.iter().position(|&c| c == LF).map(|i| i + 1),
            Nl::Cr => rest.iter().position(|&c| c == CR).map(|i| i + 1),
            Nl::CrLf => rest.windows(2).position(|w| w == [CR, LF]).map(|i| i + 2),
            Nl::Untranslated => rest.iter().position(|&c| c == LF || c == CR).map(|i| {
                if rest[i] == CR && rest.get(i + 1) == Some(&LF) {
                    i + 2
                } else {
                    i + 1
                }
            }),
        };
        let n = stop.unwrap_or(rest.len());
        let out = rest[..n].to_vec();
        self.pos = start + n;
        out
    }
}

fn s_of(v: &Value) -> PyResult<MutexGuard<'_, StringState>> {
    if !std::ptr::eq(v.ty(), &STRINGIO_TYPE) {
        return Err(PyErr::type_error("expected a StringIO"));
    }
    // SAFETY: objects of STRINGIO_TYPE are Obj<StringIoData>.
    let d = unsafe { v.body_unchecked::<StringIoData>() };
    Ok(d.state.lock().unwrap_or_else(PoisonError::into_inner))
}

fn s_open(v: &Value) -> PyResult<MutexGuard<'_, StringState>> {
    let st = s_of(v)?;
    if st.closed {
        return Err(closed_err());
    }
    Ok(st)
}

fn s_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "closed" => Some(py_bool(s_of(v)?.closed)),
        "line_buffering" => Some(py_bool(false)),
        "newlines" | "encoding" | "errors" => {
            drop(s_open(v)?);
            Some(none())
        }
        _ => None,
    })
}

fn s_read(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut st = s_open(&args[0])?;
    let n = size_arg(args.get(1))?;
    let start = st.pos.min(st.text.len());
    let end = if n < 0 {
        st.text.len()
    } else {
        (start + n as usize).min(st.text.len())
    };
    st.pos = end.max(st.pos);
    Ok(new_str_code_points(&st.text[start..end]))
}

fn s_readline(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut st = s_open(&args[0])?;
    let limit = size_arg(args.get(1))?;
    Ok(new_str_code_points(&st.readline(limit)))
}

fn s_readlines(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut st = s_open(&args[0])?;
    let hint = size_arg(args.get(1))?;
    let mut out = Vec::new();
    let mut total = 0;
    loop {
        let l = st.readline(-1);
        if l.is_empty() {
            break;
        }
        total += l.len();
        out.push(new_str_code_points(&l));
        if hint > 0 && total >= hint as usize {
            break;
        }
    }
    Ok(crate::builtins::list::new_list(out))
}

fn s_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    drop(s_open(v)?);
    Ok(v.clone())
}

fn s_next(_vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let l = s_open(v)?.readline(-1);
    Ok((!l.is_empty()).then(|| new_str_code_points(&l)))
}

fn write_str(v: &Value, s: &Value) -> PyResult<usize> {
    let d = as_str_data(s).ok_or_else(|| {
        PyErr::type_error(format!(
            "string argument expected, got '{}'",
            s.ty().body.name
        ))
    })?;
    let cps: Vec<u32> = d.code_points().collect();
    s_open(v)?.write(&cps);
    Ok(cps.len())
}

fn s_write(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = args.get(1).ok_or_else(|| {
        PyErr::type_error("StringIO.write() takes exactly one argument (0 given)")
    })?;
    drop(s_open(&args[0])?);
    Ok(new_int(write_str(&args[0], s)? as i64))
}

fn s_writelines(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    drop(s_open(&args[0])?);
    let lines = crate::ops::collect_iterable(
        vm,
        args.get(1).ok_or_else(|| {
            PyErr::type_error("writelines() takes exactly one argument (0 given)")
        })?,
    )?;
    for l in &lines {
        write_str(&args[0], l)?;
    }
    Ok(none())
}

fn s_getvalue(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_str_code_points(&s_open(&args[0])?.text))
}

fn s_seek(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut st = s_open(&args[0])?;
    let pos = index_i64(
        args.get(1)
            .ok_or_else(|| PyErr::type_error("seek() takes at least 1 argument (0 given)"))?,
    )?;
    let whence = args.get(2).map_or(Ok(0), index_i64)?;
    match whence {
        0 if pos < 0 => Err(PyErr::value_error(format!("Negative seek position {pos}"))),
        0 => {
            st.pos = pos as usize;
            Ok(new_int(pos))
        }
        // CPython's StringIO raises a plain OSError here.
        1 | 2 if pos != 0 => Err(PyErr::new(
            &crate::builtins::exceptions::OS_ERROR,
            "Can't do nonzero cur-relative seeks",
        )),
        1 => Ok(new_int(st.pos as i64)),
        2 => {
            st.pos = st.text.len();
            Ok(new_int(st.pos as i64))
        }
        _ => Err(PyErr::value_error(format!(
            "Invalid whence ({whence}, should be 0, 1 or 2)"
        ))),
    }
}

fn s_tell(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(s_open(&args[0])?.pos as i64))
}

fn s_truncate(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut st = s_open(&args[0])?;
    let size = truncate_size(args.get(1), st.pos, "Negative")?;
    st.text.truncate(size as usize);
    Ok(new_int(size))
}

/// The size `truncate(size=None)` cuts to: the argument, or the position; CPython's
/// StringIO and BytesIO spell the negative-size error differently (`negative`).
fn truncate_size(arg: Option<&Value>, pos: usize, negative: &str) -> PyResult<i64> {
    let size = match arg {
        Some(v) if !is_none(v) => index_i64(v)?,
        _ => pos as i64,
    };
    if size < 0 {
        return Err(PyErr::value_error(format!("{negative} size value {size}")));
    }
    Ok(size)
}

fn s_close(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut st = s_of(&args[0])?;
    st.closed = true;
    st.text = Vec::new();
    Ok(none())
}

fn s_flush(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    drop(s_open(&args[0])?);
    Ok(none())
}

fn s_true(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if std::ptr::eq(args[0].ty(), &STRINGIO_TYPE) {
        drop(s_open(&args[0])?);
    }
    Ok(py_bool(true))
}

fn s_isatty(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    drop(s_open(&args[0])?);
    Ok(py_bool(false))
}

fn s_detach(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(unsupported("detach"))
}

fn s_fileno(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(unsupported("fileno"))
}

// --- BytesIO

fn b_new(
    _vm: &mut Vm,
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = bind_args("BytesIO", args, kwnames, &["initial_bytes"], 0)?;
    let data = match a[0] {
        Some(v) if !is_none(v) => bytes_like(v)?,
        _ => Vec::new(),
    };
    Ok(crate::object::alloc(
        &BYTESIO_TYPE,
        BytesIoData {
            state: Mutex::new(BytesState {
                data,
                pos: 0,
                closed: false,
            }),
        },
    ))
}

fn b_of(v: &Value) -> PyResult<MutexGuard<'_, BytesState>> {
    if !std::ptr::eq(v.ty(), &BYTESIO_TYPE) {
        return Err(PyErr::type_error("expected a BytesIO"));
    }
    // SAFETY: objects of BYTESIO_TYPE are Obj<BytesIoData>.
    let d = unsafe { v.body_unchecked::<BytesIoData>() };
    Ok(d.state.lock().unwrap_or_else(PoisonError::into_inner))
}

fn b_open(v: &Value) -> PyResult<MutexGuard<'_, BytesState>> {
    let st = b_of(v)?;
    if st.closed {
        return Err(super::closed_file());
    }
    Ok(st)
}

impl BytesState {
    fn readline(&mut self, limit: i64) -> Vec<u8> {
        let start = self.pos.min(self.data.len());
        let end = if limit < 0 {
            self.data.len()
        } else {
            (start + limit as usize).min(self.data.len())
        };
        let rest = &self.data[start..end];
        let n = memchr::memchr(b'\n', rest).map_or(rest.len(), |i| i + 1);
        self.pos = start + n;
        rest[..n].to_vec()
    }
}

fn b_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "closed" => Some(py_bool(b_of(v)?.closed)),
        _ => None,
    })
}

fn b_read(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut st = b_open(&args[0])?;
    let n = size_arg(args.get(1))?;
    let start = st.pos.min(st.data.len());
    let end = if n < 0 {
        st.data.len()
    } else {
        (start + n as usize).min(st.data.len())
    };
    st.pos = end.max(st.pos);
    Ok(new_bytes(st.data[start..end].to_vec()))
}

fn b_readline(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut st = b_open(&args[0])?;
    let limit = size_arg(args.get(1))?;
    Ok(new_bytes(st.readline(limit)))
}

fn b_readlines(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut st = b_open(&args[0])?;
    let hint = size_arg(args.get(1))?;
    let mut out = Vec::new();
    let mut total = 0;
    loop {
        let l = st.readline(-1);
        if l.is_empty() {
            break;
        }
        total += l.len();
        out.push(new_bytes(l));
        if hint > 0 && total >= hint as usize {
            break;
        }
    }
    Ok(crate::builtins::list::new_list(out))
}

fn b_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    drop(b_open(v)?);
    Ok(v.clone())
}

fn b_next(_vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let l = b_open(v)?.readline(-1);
    Ok((!l.is_empty()).then(|| new_bytes(l)))
}

fn write_bytes(v: &Value, data: &Value) -> PyResult<usize> {
    let b = bytes_like(data)?;
    let mut st = b_open(v)?;
    let pos = st.pos;
    if pos > st.data.len() {
        st.data.resize(pos, 0);
    }
    let end = pos + b.len();
    if end > st.data.len() {
        st.data.resize(end, 0);
    }
    st.data[pos..end].copy_from_slice(&b);
    st.pos = end;
    Ok(b.len())
}

fn b_write(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let data = args
        .get(1)
        .ok_or_else(|| PyErr::type_error("BytesIO.write() takes exactly one argument (0 given)"))?;
    drop(b_open(&args[0])?);
    Ok(new_int(write_bytes(&args[0], data)? as i64))
}

fn b_writelines(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    drop(b_open(&args[0])?);
    let lines = crate::ops::collect_iterable(
        vm,
        args.get(1).ok_or_else(|| {
            PyErr::type_error("writelines() takes exactly one argument (0 given)")
        })?,
    )?;
    for l in &lines {
        write_bytes(&args[0], l)?;
    }
    Ok(none())
}

fn b_getvalue(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_bytes(b_open(&args[0])?.data.clone()))
}

fn b_seek(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut st = b_open(&args[0])?;
    let pos = index_i64(
        args.get(1)
            .ok_or_else(|| PyErr::type_error("seek() takes at least 1 argument (0 given)"))?,
    )?;
    let whence = args.get(2).map_or(Ok(0), index_i64)?;
    let base = match whence {
        0 if pos < 0 => return Err(PyErr::value_error(format!("negative seek value {pos}"))),
        0 => 0,
        1 => st.pos as i64,
        2 => st.data.len() as i64,
        _ => {
            return Err(PyErr::value_error(format!(
                "invalid whence ({whence}, should be 0, 1 or 2)"
            )))
        }
    };
    st.pos = (base + pos).max(0) as usize;
    Ok(new_int(st.pos as i64))
}

fn b_tell(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(b_open(&args[0])?.pos as i64))
}

fn b_truncate(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut st = b_open(&args[0])?;
    let size = truncate_size(args.get(1), st.pos, "negative")?;
    st.data.truncate(size as usize);
    Ok(new_int(size))
}

fn b_close(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut st = b_of(&args[0])?;
    st.closed = true;
    st.data = Vec::new();
    Ok(none())
}

fn b_flush(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    drop(b_open(&args[0])?);
    Ok(none())
}

fn b_true(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    drop(b_open(&args[0])?);
    Ok(py_bool(true))
}

fn b_isatty(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    drop(b_open(&args[0])?);
    Ok(py_bool(false))
}
