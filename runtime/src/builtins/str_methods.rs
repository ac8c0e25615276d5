//! The methods of `str`: argument unpacking around the algorithms in `crate::text`.

use crate::builtins::int::{index_i64, new_int};
use crate::builtins::list::new_list;
use crate::builtins::singletons::{is_none, py_bool};
use crate::builtins::str::{as_str, as_str_data, new_str, new_str_owned};
use crate::builtins::tuple::{as_tuple, new_tuple};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{MethodDef, Value};
use crate::text;

/// The method table of `str`.
pub static STR_METHODS: &[MethodDef] = &[
    MethodDef::method("join", str_join),
    MethodDef::method("split", str_split),
    MethodDef::method("rsplit", str_rsplit),
    MethodDef::method("splitlines", str_splitlines),
    MethodDef::method("partition", str_partition),
    MethodDef::method("rpartition", str_rpartition),
    MethodDef::method("strip", str_strip),
    MethodDef::method("lstrip", str_lstrip),
    MethodDef::method("rstrip", str_rstrip),
    MethodDef::method("lower", str_lower),
    MethodDef::method("upper", str_upper),
    MethodDef::method("casefold", str_casefold),
    MethodDef::method("swapcase", str_swapcase),
    MethodDef::method("title", str_title),
    MethodDef::method("capitalize", str_capitalize),
    MethodDef::method("replace", str_replace),
    MethodDef::method("startswith", str_startswith),
    MethodDef::method("endswith", str_endswith),
    MethodDef::method("find", str_find),
    MethodDef::method("rfind", str_rfind),
    MethodDef::method("index", str_index_method),
    MethodDef::method("rindex", str_rindex),
    MethodDef::method("count", str_count),
    MethodDef::method("center", str_center),
    MethodDef::method("ljust", str_ljust),
    MethodDef::method("rjust", str_rjust),
    MethodDef::method("zfill", str_zfill),
    MethodDef::method("removeprefix", str_removeprefix),
    MethodDef::method("removesuffix", str_removesuffix),
    MethodDef::method("expandtabs", str_expandtabs),
    MethodDef::method("isdigit", str_isdigit),
    MethodDef::method("isdecimal", str_isdecimal),
    MethodDef::method("isnumeric", str_isnumeric),
    MethodDef::method("isalpha", str_isalpha),
    MethodDef::method("isalnum", str_isalnum),
    MethodDef::method("isspace", str_isspace),
    MethodDef::method("isupper", str_isupper),
    MethodDef::method("islower", str_islower),
    MethodDef::method("istitle", str_istitle),
    MethodDef::method("isascii", str_isascii),
    MethodDef::method("isidentifier", str_isidentifier),
    MethodDef::method("isprintable", str_isprintable),
    MethodDef::method("format", crate::builtins::str_format::str_format_method),
    MethodDef::method("format_map", crate::builtins::str_format::str_format_map_method),
    MethodDef::method("encode", crate::builtins::bytes::str_encode),
];

fn this(args: &[Value]) -> &str {
    as_str(&args[0]).unwrap_or("")
}

fn this_len(args: &[Value]) -> usize {
    as_str_data(&args[0]).map_or(0, |d| d.char_len())
}

/// Positional arguments after `self`, rejecting keywords not in `allowed`.
struct Args<'a> {
    pos: &'a [Value],
    kw: Vec<(&'a str, &'a Value)>,
}

fn unpack<'a>(name: &str, args: &'a [Value], kwnames: &'a [Value], min: usize, max: usize, allowed: &[&str]) -> PyResult<Args<'a>> {
    let npos = args.len() - kwnames.len();
    let pos = &args[1..npos];
    let mut kw = Vec::new();
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let k = as_str(k).unwrap_or("");
        if !allowed.contains(&k) {
            return Err(PyErr::type_error(if allowed.is_empty() {
                format!("str.{name}() takes no keyword arguments")
            } else {
                format!("str.{name}() got an unexpected keyword argument '{k}'")
            }));
        }
        kw.push((k, v));
    }
    let n = pos.len();
    if n < min || n > max {
        return Err(PyErr::type_error(if min == max && max == 0 {
            format!("str.{name}() takes no arguments ({n} given)")
        } else if min == max && max == 1 {
            format!("str.{name}() takes exactly one argument ({n} given)")
        } else if n < min {
            format!("{name}() takes at least {min} argument{} ({n} given)", if min == 1 { "" } else { "s" })
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
        }));
    }
    Ok(Args { pos, kw })
}

impl<'a> Args<'a> {
    fn get(&self, i: usize, name: &str) -> Option<&'a Value> {
        self.pos.get(i).or_else(|| self.kw.iter().find(|(k, _)| *k == name).map(|(_, v)| *v))
    }
}

fn str_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| PyErr::type_error(format!("{what} must be str, not {}", v.ty().body.name)))
}

fn opt_index(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if is_none(v) => Ok(None),
        Some(v) => {
            if crate::builtins::int::as_int(v).is_none() {
                return Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method"));
            }
            index_i64(v).map(Some)
        }
    }
}

fn str_join(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = unpack("join", args, kw, 1, 1, &[])?;
    let seq = &a.pos[0];
    // Lists and tuples are joined in place (no copy of the item vector); joining runs
    // no Python code, so borrowing the list's storage is safe.
    let collected;
    let items: &[Value] = if let Some(l) = crate::builtins::list::as_list(seq) {
        l.items()
    } else if let Some(t) = as_tuple(seq) {
        t
    } else {
        collected = crate::ops::collect_iterable(vm, seq)?;
        &collected
    };
    let sep = this(args);
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, item) in items.iter().enumerate() {
        match as_str(item) {
            Some(s) => total = total.saturating_add(s.len()),
            None => return Err(text::pad::join_type_error(i, item.ty().body.name).into()),
        }
    }
    if items.len() == 1 && as_str(&items[0]).is_some() && crate::ops::isinstance(&items[0], &crate::builtins::str::STR_TYPE) {
        return Ok(items[0].clone());
    }
    let mut out = String::with_capacity(total);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(as_str(item).unwrap_or(""));
    }
    Ok(new_str_owned(out.into()))
}

fn split_args<'a>(name: &str, args: &'a [Value], kw: &'a [Value]) -> PyResult<(Option<&'a str>, i64)> {
    let a = unpack(name, args, kw, 0, 2, &["sep", "maxsplit"])?;
    let sep = match a.get(0, "sep") {
        Some(v) if !is_none(v) => Some(str_arg(v, "must be str or None")?),
        _ => None,
    };
    let maxsplit = match a.get(1, "maxsplit") {
        Some(v) => index_i64(v)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

fn str_list(parts: Vec<&str>) -> Value {
    new_list(parts.into_iter().map(new_str).collect())
}

fn str_split(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (sep, maxsplit) = split_args("split", args, kw)?;
    Ok(str_list(text::split::split(this(args), sep, maxsplit)?))
}

fn str_rsplit(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (sep, maxsplit) = split_args("rsplit", args, kw)?;
    Ok(str_list(text::split::rsplit(this(args), sep, maxsplit)?))
}

fn str_splitlines(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = unpack("splitlines", args, kw, 0, 1, &["keepends"])?;
    let keep = match a.get(0, "keepends") {
        Some(v) => crate::ops::truthy(vm, v)?,
        None => false,
    };
    Ok(str_list(text::split::splitlines(this(args), keep)))
}

fn str_partition(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = unpack("partition", args, kw, 1, 1, &[])?;
    let sep = str_arg(&a.pos[0], "must be str")?;
    let (x, y, z) = text::split::partition(this(args), sep)?;
    Ok(new_tuple(vec![new_str(x), new_str(y), new_str(z)]))
}

fn str_rpartition(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = unpack("rpartition", args, kw, 1, 1, &[])?;
    let sep = str_arg(&a.pos[0], "must be str")?;
    let (x, y, z) = text::split::rpartition(this(args), sep)?;
    Ok(new_tuple(vec![new_str(x), new_str(y), new_str(z)]))
}

fn strip_impl(name: &str, args: &[Value], kw: &[Value], side: text::pad::StripSide) -> PyResult<Value> {
    let a = unpack(name, args, kw, 0, 1, &[])?;
    let chars = match a.get(0, "chars") {
        Some(v) if !is_none(v) => Some(str_arg(v, &format!("{name} arg"))?),
        _ => None,
    };
    let s = this(args);
    let r = text::pad::strip(s, chars, side);
    if r.len() == s.len() {
        return Ok(args[0].clone());
    }
    Ok(new_str(r))
}

fn str_strip(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl("strip", args, kw, text::pad::StripSide::Both)
}
fn str_lstrip(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl("lstrip", args, kw, text::pad::StripSide::Left)
}
fn str_rstrip(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl("rstrip", args, kw, text::pad::StripSide::Right)
}

fn case_impl(name: &str, args: &[Value], kw: &[Value], f: fn(&str) -> String) -> PyResult<Value> {
    unpack(name, args, kw, 0, 0, &[])?;
    Ok(new_str_owned(f(this(args)).into()))
}

fn str_lower(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_impl("lower", args, kw, text::unicode::lower)
}
fn str_upper(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_impl("upper", args, kw, text::unicode::upper)
}
fn str_casefold(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_impl("casefold", args, kw, text::unicode::casefold)
}
fn str_swapcase(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_impl("swapcase", args, kw, text::unicode::swapcase)
}
fn str_title(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_impl("title", args, kw, text::unicode::title)
}
fn str_capitalize(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_impl("capitalize", args, kw, text::unicode::capitalize)
}

fn str_replace(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = unpack("replace", args, kw, 2, 3, &["count"])?;
    let old = str_arg(&a.pos[0], "replace() argument 1")?;
    let new = str_arg(&a.pos[1], "replace() argument 2")?;
    let count = match a.get(2, "count") {
        Some(c) => index_i64(c)?,
        None => -1,
    };
    match text::search::replace(this(args), old, new, count)? {
        std::borrow::Cow::Borrowed(_) => Ok(args[0].clone()),
        std::borrow::Cow::Owned(s) => Ok(new_str_owned(s.into())),
    }
}

fn affix_test(name: &str, args: &[Value], kw: &[Value], test: fn(&str, usize, &str, Option<i64>, Option<i64>) -> bool) -> PyResult<Value> {
    let a = unpack(name, args, kw, 1, 3, &[])?;
    let start = opt_index(a.pos.get(1))?;
    let end = opt_index(a.pos.get(2))?;
    let (s, n) = (this(args), this_len(args));
    let arg = &a.pos[0];
    if let Some(t) = as_tuple(arg) {
        for item in t {
            let p = as_str(item).ok_or_else(|| {
                PyErr::type_error(format!("tuple for {name} must only contain str, not {}", item.ty().body.name))
            })?;
            if test(s, n, p, start, end) {
                return Ok(py_bool(true));
            }
        }
        return Ok(py_bool(false));
    }
    match as_str(arg) {
        Some(p) => Ok(py_bool(test(s, n, p, start, end))),
        None => Err(PyErr::type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            arg.ty().body.name
        ))),
    }
}

fn str_startswith(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix_test("startswith", args, kw, text::search::starts_with)
}
fn str_endswith(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix_test("endswith", args, kw, text::search::ends_with)
}

fn search_args<'a>(name: &str, args: &'a [Value], kw: &'a [Value]) -> PyResult<(&'a str, Option<i64>, Option<i64>)> {
    let a = unpack(name, args, kw, 1, 3, &[])?;
    let sub = str_arg(&a.pos[0], "must be str")?;
    Ok((sub, opt_index(a.pos.get(1))?, opt_index(a.pos.get(2))?))
}

fn str_find(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (sub, s, e) = search_args("find", args, kw)?;
    Ok(new_int(text::search::find(this(args), this_len(args), sub, s, e).map_or(-1, |i| i as i64)))
}
fn str_rfind(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (sub, s, e) = search_args("rfind", args, kw)?;
    Ok(new_int(text::search::rfind(this(args), this_len(args), sub, s, e).map_or(-1, |i| i as i64)))
}
fn str_index_method(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (sub, s, e) = search_args("index", args, kw)?;
    Ok(new_int(text::search::index(this(args), this_len(args), sub, s, e)? as i64))
}
fn str_rindex(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (sub, s, e) = search_args("rindex", args, kw)?;
    Ok(new_int(text::search::rindex(this(args), this_len(args), sub, s, e)? as i64))
}
fn str_count(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (sub, s, e) = search_args("count", args, kw)?;
    Ok(new_int(text::search::count(this(args), this_len(args), sub, s, e) as i64))
}

fn pad_impl(name: &str, args: &[Value], kw: &[Value], align: text::pad::Align) -> PyResult<Value> {
    let a = unpack(name, args, kw, 1, 2, &[])?;
    let width = index_i64(&a.pos[0])?;
    let fill = match a.pos.get(1) {
        Some(f) => {
            let s = as_str(f).ok_or_else(|| {
                PyErr::type_error(format!("{name}() argument 2 must be str, not {}", f.ty().body.name))
            })?;
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => return Err(PyErr::type_error("The fill character must be exactly one character long")),
            }
        }
        None => ' ',
    };
    match text::pad::pad(this(args), this_len(args), width, fill, align)? {
        std::borrow::Cow::Borrowed(_) => Ok(args[0].clone()),
        std::borrow::Cow::Owned(s) => Ok(new_str_owned(s.into())),
    }
}

fn str_center(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_impl("center", args, kw, text::pad::Align::Center)
}
fn str_ljust(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_impl("ljust", args, kw, text::pad::Align::Left)
}
fn str_rjust(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_impl("rjust", args, kw, text::pad::Align::Right)
}
fn str_zfill(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = unpack("zfill", args, kw, 1, 1, &[])?;
    let width = index_i64(&a.pos[0])?;
    Ok(new_str(&text::pad::zfill(this(args), this_len(args), width)?))
}
fn str_removeprefix(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = unpack("removeprefix", args, kw, 1, 1, &[])?;
    Ok(new_str(text::pad::removeprefix(this(args), str_arg(&a.pos[0], "removeprefix() argument")?)))
}
fn str_removesuffix(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = unpack("removesuffix", args, kw, 1, 1, &[])?;
    Ok(new_str(text::pad::removesuffix(this(args), str_arg(&a.pos[0], "removesuffix() argument")?)))
}
fn str_expandtabs(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = unpack("expandtabs", args, kw, 0, 1, &["tabsize"])?;
    let size = match a.get(0, "tabsize") {
        Some(v) => index_i64(v)? as i32,
        None => 8,
    };
    Ok(new_str(&text::pad::expandtabs(this(args), size)?))
}

fn pred(name: &str, args: &[Value], kw: &[Value], f: fn(&str) -> bool) -> PyResult<Value> {
    unpack(name, args, kw, 0, 0, &[])?;
    Ok(py_bool(f(this(args))))
}

fn str_isdigit(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred("isdigit", args, kw, text::unicode::str_is_digit)
}
fn str_isdecimal(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred("isdecimal", args, kw, text::unicode::str_is_decimal)
}
fn str_isnumeric(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred("isnumeric", args, kw, text::unicode::str_is_numeric)
}
fn str_isalpha(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred("isalpha", args, kw, text::unicode::str_is_alpha)
}
fn str_isalnum(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred("isalnum", args, kw, text::unicode::str_is_alnum)
}
fn str_isspace(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred("isspace", args, kw, text::unicode::str_is_space)
}
fn str_isupper(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred("isupper", args, kw, text::unicode::str_is_upper)
}
fn str_islower(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred("islower", args, kw, text::unicode::str_is_lower)
}
fn str_istitle(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred("istitle", args, kw, text::unicode::str_is_title)
}
fn str_isascii(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred("isascii", args, kw, text::unicode::str_is_ascii)
}
fn str_isidentifier(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred("isidentifier", args, kw, text::unicode::str_is_identifier)
}
fn str_isprintable(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred("isprintable", args, kw, text::unicode::str_is_printable)
}
