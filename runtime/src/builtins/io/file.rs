//! `open()`: checks the arguments as CPython's `io.open` does, then builds the stack:
//! a raw `FileIO`, a bounded buffer over it (unless `buffering=0` in binary mode) and,
//! in text mode, a `TextIOWrapper` (line-buffered for `buffering=1` or a terminal).

use super::raw::{open_raw, OpenFlags};
use super::text::{new_text, Newline, TextOptions};
use super::{bind_args, DEFAULT_BUFFER_SIZE};
use crate::builtins::int::index_i64;
use crate::builtins::singletons::{as_bool, is_none};
use crate::builtins::str::as_str;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;

const PARAMS: &[&str] = &[
    "file",
    "mode",
    "buffering",
    "encoding",
    "errors",
    "newline",
    "closefd",
    "opener",
];

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`.
pub fn builtin_open(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = bind_args("open", args, kwnames, PARAMS, 1)?;
    let file = a[0].expect("bound");
    let mode = match a[1] {
        Some(m) => as_str(m).ok_or_else(|| {
            PyErr::type_error(format!(
                "open() argument 'mode' must be str, not {}",
                m.ty().body.name
            ))
        })?,
        None => "r",
    };
    let buffering = match a[2] {
        Some(b) => index_i64(b)?,
        None => -1,
    };
    let opt_str = |i: usize| -> PyResult<Option<&str>> {
        match a[i] {
            Some(v) if !is_none(v) => as_str(v).map(Some).ok_or_else(|| {
                PyErr::type_error(format!(
                    "open() argument '{}' must be str or None, not {}",
                    PARAMS[i],
                    v.ty().body.name
                ))
            }),
            _ => Ok(None),
        }
    };
    let encoding = opt_str(3)?;
    let errors = opt_str(4)?;
    let newline_given = a[5].is_some_and(|v| !is_none(v));
    let closefd = a[6].is_none_or(|v| as_bool(v) != Some(false));
    if a[7].is_some_and(|v| !is_none(v)) {
        return Err(PyErr::new(
            &crate::builtins::exceptions::NOT_IMPLEMENTED_ERROR,
            "open(): the opener argument is not supported by braid",
        ));
    }
    if as_str(file).is_none()
        && crate::builtins::bytes::as_bytes(file).is_none()
        && crate::builtins::int::as_int(file).is_none()
    {
        return Err(PyErr::type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            file.ty().body.name
        )));
    }

    let mut flags = OpenFlags::default();
    let (mut binary, mut text) = (false, false);
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwaxbt+".contains(c) || seen.contains(c) {
            return Err(PyErr::value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
        match c {
            'b' => binary = true,
            't' => text = true,
            '+' => flags.plus = true,
            _ => {}
        }
    }
    let kinds: Vec<char> = mode.chars().filter(|c| "rwax".contains(*c)).collect();
    if text && binary {
        return Err(PyErr::value_error(
            "can't have text and binary mode at once",
        ));
    }
    match kinds.len() {
        1 => {}
        // With none of them the raw layer refuses the mode, with its own message.
        0 => {
            return Err(PyErr::value_error(
                "Must have exactly one of create/read/write/append mode and at most one plus",
            ))
        }
        _ => {
            return Err(PyErr::value_error(
                "must have exactly one of create/read/write/append mode",
            ))
        }
    }
    flags.kind = kinds[0];
    if binary && encoding.is_some() {
        return Err(PyErr::value_error(
            "binary mode doesn't take an encoding argument",
        ));
    }
    if binary && errors.is_some() {
        return Err(PyErr::value_error(
            "binary mode doesn't take an errors argument",
        ));
    }
    if binary && newline_given {
        return Err(PyErr::value_error(
            "binary mode doesn't take a newline argument",
        ));
    }
    if buffering == 0 && !binary {
        return Err(PyErr::value_error("can't have unbuffered text I/O"));
    }
    let newline = if binary {
        Newline::Universal
    } else {
        Newline::parse(a[5])?
    };

    let raw = open_raw(file, flags, closefd)?;
    let fd = super::raw::as_raw(&raw).map_or(-1, super::raw::RawData::fd);
    let tty = super::raw::sys_isatty(fd);
    let line_buffering = buffering == 1 || (buffering < 0 && tty);
    if buffering == 0 {
        return Ok(raw);
    }
    let size = if buffering > 1 {
        buffering as usize
    } else {
        DEFAULT_BUFFER_SIZE
    };
    let buffer = super::buffered::new_buffered(raw, size)?;
    if binary {
        return Ok(buffer);
    }
    new_text(
        buffer,
        TextOptions {
            encoding,
            errors,
            newline,
            line_buffering,
            mode: Some(mode.to_string()),
        },
    )
}
