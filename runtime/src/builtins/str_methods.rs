//! The methods of `str` (the text algorithms themselves belong in `crate::text`).

use crate::builtins::int::new_int;
use crate::builtins::list::new_list;
use crate::builtins::singletons::{is_none, py_bool};
use crate::builtins::str::{as_str, as_str_data, new_str, new_str_owned};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{MethodDef, Value};

/// The method table of `str`.
pub static STR_METHODS: &[MethodDef] = &[
    MethodDef::method("join", str_join),
    MethodDef::method("split", str_split),
    MethodDef::method("strip", str_strip),
    MethodDef::method("lstrip", str_lstrip),
    MethodDef::method("rstrip", str_rstrip),
    MethodDef::method("lower", str_lower),
    MethodDef::method("upper", str_upper),
    MethodDef::method("replace", str_replace),
    MethodDef::method("startswith", str_startswith),
    MethodDef::method("endswith", str_endswith),
    MethodDef::method("find", str_find),
    MethodDef::method("index", str_index_method),
    MethodDef::method("count", str_count),
    MethodDef::method("isdigit", str_isdigit),
    MethodDef::method("isalpha", str_isalpha),
    MethodDef::method("isspace", str_isspace),
    MethodDef::method("isalnum", str_isalnum),
    MethodDef::method("format", crate::builtins::str_format::str_format_method),
];

fn this(args: &[Value]) -> &str {
    as_str(&args[0]).unwrap_or("")
}

fn arg_count(name: &str, args: &[Value], kw: &[Value], min: usize, max: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!("str.{name}() takes no keyword arguments")));
    }
    let n = args.len() - 1;
    if n < min || n > max {
        return Err(if min == max {
            PyErr::type_error(format!("str.{name}() takes exactly one argument ({n} given)"))
        } else {
            PyErr::type_error(format!("{name} expected at most {max} arguments, got {n}"))
        });
    }
    Ok(())
}

fn str_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| PyErr::type_error(format!("{what} must be str, not {}", v.ty().body.name)))
}

fn str_join(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arg_count("join", args, kw, 1, 1)?;
    let sep = this(args);
    let items = crate::ops::collect_iterable(vm, &args[1])?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match as_str(item) {
            Some(s) => out.push_str(s),
            None => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    item.ty().body.name
                )))
            }
        }
    }
    Ok(new_str_owned(out.into()))
}

fn str_split(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(args);
    let npos = args.len() - kw.len();
    let mut sep: Option<&Value> = args.get(1).filter(|_| npos > 1);
    let mut maxsplit: i64 = -1;
    if npos > 2 {
        maxsplit = crate::builtins::int::index_i64(&args[2])?;
    }
    for (i, k) in kw.iter().enumerate() {
        match as_str(k) {
            Some("sep") => sep = Some(&args[npos + i]),
            Some("maxsplit") => maxsplit = crate::builtins::int::index_i64(&args[npos + i])?,
            _ => return Err(PyErr::type_error(format!("split() got an unexpected keyword argument '{}'", as_str(k).unwrap_or("?")))),
        }
    }
    let limit = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let parts: Vec<Value> = match sep.filter(|v| !is_none(v)) {
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start();
            while !rest.is_empty() {
                if out.len() == limit {
                    out.push(new_str(rest));
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                out.push(new_str(&rest[..end]));
                rest = rest[end..].trim_start();
            }
            out
        }
        Some(sep_v) => {
            let sep = str_arg(sep_v, "sep")?;
            if sep.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            if limit == usize::MAX {
                s.split(sep).map(new_str).collect()
            } else {
                s.splitn(limit + 1, sep).map(new_str).collect()
            }
        }
    };
    Ok(new_list(parts))
}

fn strip_with(args: &[Value], kw: &[Value], name: &str, f: fn(&str, &dyn Fn(char) -> bool) -> String) -> PyResult<Value> {
    arg_count(name, args, kw, 0, 1)?;
    let s = this(args);
    match args.get(1).filter(|v| !is_none(v)) {
        None => Ok(new_str(&f(s, &|c: char| c.is_whitespace()))),
        Some(chars) => {
            let chars = str_arg(chars, &format!("{name} arg"))?;
            Ok(new_str(&f(s, &|c: char| chars.contains(c))))
        }
    }
}

fn str_strip(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_with(args, kw, "strip", |s, p| s.trim_matches(|c| p(c)).to_string())
}
fn str_lstrip(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_with(args, kw, "lstrip", |s, p| s.trim_start_matches(|c| p(c)).to_string())
}
fn str_rstrip(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_with(args, kw, "rstrip", |s, p| s.trim_end_matches(|c| p(c)).to_string())
}
fn str_lower(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arg_count("lower", args, kw, 0, 0)?;
    Ok(new_str(&this(args).to_lowercase()))
}
fn str_upper(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arg_count("upper", args, kw, 0, 0)?;
    Ok(new_str(&this(args).to_uppercase()))
}
fn str_replace(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arg_count("replace", args, kw, 2, 3)?;
    let old = str_arg(&args[1], "replace() argument 1")?;
    let new = str_arg(&args[2], "replace() argument 2")?;
    let count = match args.get(3) {
        Some(c) => crate::builtins::int::index_i64(c)?,
        None => -1,
    };
    let s = this(args);
    Ok(new_str(&if count < 0 { s.replace(old, new) } else { s.replacen(old, new, count as usize) }))
}

fn affix_test(args: &[Value], name: &str, test: fn(&str, &str) -> bool) -> PyResult<Value> {
    let s = this(args);
    let Some(arg) = args.get(1) else {
        return Err(PyErr::type_error(format!("{name}() takes at least 1 argument (0 given)")));
    };
    if let Some(t) = crate::builtins::tuple::as_tuple(arg) {
        for item in t {
            if test(s, str_arg(item, "tuple for startswith")?) {
                return Ok(py_bool(true));
            }
        }
        return Ok(py_bool(false));
    }
    match as_str(arg) {
        Some(p) => Ok(py_bool(test(s, p))),
        None => Err(PyErr::type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            arg.ty().body.name
        ))),
    }
}
fn str_startswith(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    affix_test(args, "startswith", |s, p| s.starts_with(p))
}
fn str_endswith(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    affix_test(args, "endswith", |s, p| s.ends_with(p))
}

fn char_pos(args: &[Value], byte_pos: usize) -> i64 {
    let d = as_str_data(&args[0]);
    match d {
        Some(d) if !d.is_ascii() => d.s[..byte_pos].chars().count() as i64,
        _ => byte_pos as i64,
    }
}

fn str_find(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arg_count("find", args, kw, 1, 1)?;
    let sub = str_arg(&args[1], "must be str")?;
    Ok(new_int(this(args).find(sub).map_or(-1, |p| char_pos(args, p))))
}
fn str_index_method(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arg_count("index", args, kw, 1, 1)?;
    let sub = str_arg(&args[1], "must be str")?;
    match this(args).find(sub) {
        Some(p) => Ok(new_int(char_pos(args, p))),
        None => Err(PyErr::value_error("substring not found")),
    }
}
fn str_count(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arg_count("count", args, kw, 1, 1)?;
    let sub = str_arg(&args[1], "must be str")?;
    let s = this(args);
    let n = if sub.is_empty() { s.chars().count() + 1 } else { s.matches(sub).count() };
    Ok(new_int(n as i64))
}
fn pred(args: &[Value], f: fn(char) -> bool) -> PyResult<Value> {
    let s = this(args);
    Ok(py_bool(!s.is_empty() && s.chars().all(f)))
}
fn str_isdigit(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pred(args, |c| c.is_ascii_digit() || c.to_digit(10).is_some())
}
fn str_isalpha(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pred(args, char::is_alphabetic)
}
fn str_isspace(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pred(args, char::is_whitespace)
}
fn str_isalnum(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pred(args, char::is_alphanumeric)
}
