//! The methods `bytes` and `bytearray` share, plus the two method tables.
//!
//! Each method copies what it needs out of the receiver (a bytearray's buffer may change
//! while Python code runs), calls the byte algorithm in `crate::text`, and boxes the result
//! with the receiver's type ([`same_kind`]). bytes methods returning their input unchanged
//! return the same object, as CPython does; bytearray methods always return a new object.

use std::borrow::Cow;

use crate::builtins::bytearray as ba;
use crate::builtins::bytes::{as_bytes_object, as_bytes, bytes_like_arg, decoded_to_value, new_bytes, same_kind};
use crate::builtins::int::{as_int, new_int};
use crate::builtins::list::new_list;
use crate::builtins::method_args::{bind, int_arg, int_or, slice_bound, Style};
use crate::builtins::singletons::{is_none, py_bool};
use crate::builtins::str::as_str;
use crate::builtins::str_methods_case::named_str_arg;
use crate::builtins::tuple::{as_tuple, new_tuple};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{MethodDef, Value};
use crate::text;

macro_rules! shared_methods {
    ($($extra:expr),* $(,)?) => {
        &[
            MethodDef::method("decode", b_decode),
            MethodDef::method("find", b_find),
            MethodDef::method("rfind", b_rfind),
            MethodDef::method("index", b_index),
            MethodDef::method("rindex", b_rindex),
            MethodDef::method("count", b_count),
            MethodDef::method("startswith", b_startswith),
            MethodDef::method("endswith", b_endswith),
            MethodDef::method("replace", b_replace),
            MethodDef::method("split", b_split),
            MethodDef::method("rsplit", b_rsplit),
            MethodDef::method("splitlines", b_splitlines),
            MethodDef::method("partition", b_partition),
            MethodDef::method("rpartition", b_rpartition),
            MethodDef::method("strip", b_strip),
            MethodDef::method("lstrip", b_lstrip),
            MethodDef::method("rstrip", b_rstrip),
            MethodDef::method("center", b_center),
            MethodDef::method("ljust", b_ljust),
            MethodDef::method("rjust", b_rjust),
            MethodDef::method("zfill", b_zfill),
            MethodDef::method("expandtabs", b_expandtabs),
            MethodDef::method("removeprefix", b_removeprefix),
            MethodDef::method("removesuffix", b_removesuffix),
            MethodDef::method("join", b_join),
            MethodDef::method("hex", b_hex),
            MethodDef::method("upper", b_upper),
            MethodDef::method("lower", b_lower),
            MethodDef::method("swapcase", b_swapcase),
            MethodDef::method("capitalize", b_capitalize),
            MethodDef::method("title", b_title),
            MethodDef::method("isalpha", b_isalpha),
            MethodDef::method("isalnum", b_isalnum),
            MethodDef::method("isdigit", b_isdigit),
            MethodDef::method("isspace", b_isspace),
            MethodDef::method("isupper", b_isupper),
            MethodDef::method("islower", b_islower),
            MethodDef::method("istitle", b_istitle),
            MethodDef::method("isascii", b_isascii),
            MethodDef::method("translate", b_translate),
            MethodDef::static_fn("maketrans", b_maketrans),
            MethodDef::method("__getitem__", b_dunder_getitem),
            MethodDef::method("__len__", b_dunder_len),
            MethodDef::method("__contains__", b_dunder_contains),
            $($extra,)*
        ]
    };
}

/// The method table of `bytes`.
pub static BYTES_METHODS: &[MethodDef] = shared_methods!(MethodDef::static_fn("fromhex", bytes_fromhex));

/// The method table of `bytearray`.
pub static BYTEARRAY_METHODS: &[MethodDef] = shared_methods!(
    MethodDef::static_fn("fromhex", bytearray_fromhex),
    MethodDef::method("append", ba::ba_append),
    MethodDef::method("extend", ba::ba_extend),
    MethodDef::method("pop", ba::ba_pop),
    MethodDef::method("insert", ba::ba_insert),
    MethodDef::method("remove", ba::ba_remove),
    MethodDef::method("reverse", ba::ba_reverse),
    MethodDef::method("clear", ba::ba_clear),
    MethodDef::method("copy", ba::ba_copy),
    MethodDef::method("__setitem__", ba::ba_dunder_setitem),
    MethodDef::method("__delitem__", ba::ba_dunder_delitem),
);

/// A copy of the receiver's bytes.
fn me(args: &[Value]) -> Vec<u8> {
    as_bytes(&args[0]).map(<[u8]>::to_vec).unwrap_or_default()
}

/// Boxes a result computed from the receiver's bytes, reusing a bytes receiver when unchanged.
fn result(args: &[Value], r: Cow<'_, [u8]>) -> Value {
    match (r, as_bytes_object(&args[0])) {
        (Cow::Borrowed(piece), Some(orig)) if piece.len() == orig.len() && args[0].ty().body.kind == crate::object::Kind::Bytes => args[0].clone(),
        (r, _) => same_kind(&args[0], r.into_owned()),
    }
}

fn b_decode(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("decode", args, kw, &["encoding", "errors"], 0, true, Style::Clinic)?;
    let encoding = named_str_arg(a[0], "decode", "encoding", "utf-8")?;
    let errors = named_str_arg(a[1], "decode", "errors", "strict")?;
    let b = me(args);
    if b.is_ascii() && matches!(encoding, "utf-8" | "utf8" | "ascii") {
        // ASCII bytes are valid UTF-8 and decode to themselves in these codecs.
        return Ok(crate::builtins::str::new_str_ascii(std::str::from_utf8(&b).unwrap_or("")));
    }
    decoded_to_value(text::codecs::decode_with(&b, encoding, errors).map_err(|e| crate::error::codec_error(e, &args[0]))?)
}

/// A needle: a bytes-like object or an int in range(256).
fn needle(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(i) = as_int(v) {
        return Ok(vec![text::search::byte_needle(i.to_i64().unwrap_or(-1))?]);
    }
    if let Some(b) = as_bytes(v) {
        return Ok(b.to_vec());
    }
    Err(PyErr::type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        v.ty().body.name
    )))
}

type Search = (Vec<u8>, Vec<u8>, Option<i64>, Option<i64>);

fn search_args(args: &[Value], kw: &[Value], name: &str) -> PyResult<Search> {
    let a = bind(name, args, kw, &["sub", "start", "end"], 1, false, Style::Expected)?;
    Ok((me(args), needle(a[0].unwrap_or(&args[0]))?, slice_bound(a[1])?, slice_bound(a[2])?))
}

fn position(p: Option<usize>) -> Value {
    new_int(p.map_or(-1, |p| p as i64))
}

fn b_find(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (h, n, s, e) = search_args(args, kw, "find")?;
    Ok(position(text::search::find_bytes(&h, &n, s, e)))
}
fn b_rfind(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (h, n, s, e) = search_args(args, kw, "rfind")?;
    Ok(position(text::search::rfind_bytes(&h, &n, s, e)))
}
fn b_index(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (h, n, s, e) = search_args(args, kw, "index")?;
    Ok(new_int(text::search::index_bytes(&h, &n, s, e)? as i64))
}
fn b_rindex(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (h, n, s, e) = search_args(args, kw, "rindex")?;
    Ok(new_int(text::search::rindex_bytes(&h, &n, s, e)? as i64))
}
fn b_count(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (h, n, s, e) = search_args(args, kw, "count")?;
    Ok(new_int(text::search::count_bytes(&h, &n, s, e) as i64))
}

fn affix_test(args: &[Value], kw: &[Value], name: &str, ends: bool) -> PyResult<Value> {
    let a = bind(name, args, kw, &["prefix", "start", "end"], 1, false, Style::Expected)?;
    let h = me(args);
    let (start, end) = (slice_bound(a[1])?, slice_bound(a[2])?);
    let test = |p: &[u8]| {
        if ends {
            text::search::ends_with_bytes(&h, p, start, end)
        } else {
            text::search::starts_with_bytes(&h, p, start, end)
        }
    };
    let arg = a[0].unwrap_or(&args[0]);
    if let Some(t) = as_tuple(arg) {
        for item in t {
            let p = as_bytes(item).ok_or_else(|| {
                PyErr::type_error(format!("a bytes-like object is required, not '{}'", item.ty().body.name))
            })?;
            if test(p) {
                return Ok(py_bool(true));
            }
        }
        return Ok(py_bool(false));
    }
    match as_bytes(arg) {
        Some(p) => Ok(py_bool(test(p))),
        None => Err(PyErr::type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            arg.ty().body.name
        ))),
    }
}
fn b_startswith(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix_test(args, kw, "startswith", false)
}
fn b_endswith(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix_test(args, kw, "endswith", true)
}

fn b_replace(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("replace", args, kw, &["old", "new", "count"], 2, true, Style::Expected)?;
    let old = bytes_like_arg(a[0].unwrap_or(&args[0]))?;
    let new = bytes_like_arg(a[1].unwrap_or(&args[0]))?;
    let count = int_or(a[2], -1)?;
    let h = me(args);
    let r = text::search::replace_bytes(&h, &old, &new, count, false)?;
    Ok(result(args, r))
}

fn sep_arg(v: Option<&Value>) -> PyResult<Option<Vec<u8>>> {
    match v {
        None => Ok(None),
        Some(v) if is_none(v) => Ok(None),
        Some(v) => bytes_like_arg(v).map(Some),
    }
}

fn piece_list(args: &[Value], parts: Vec<&[u8]>) -> Value {
    new_list(parts.into_iter().map(|p| same_kind(&args[0], p.to_vec())).collect())
}

fn b_split(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("split", args, kw, &["sep", "maxsplit"], 0, true, Style::Clinic)?;
    let sep = sep_arg(a[0])?;
    let h = me(args);
    let parts = text::split::split_bytes(&h, sep.as_deref(), int_or(a[1], -1)?)?;
    Ok(piece_list(args, parts))
}
fn b_rsplit(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("rsplit", args, kw, &["sep", "maxsplit"], 0, true, Style::Clinic)?;
    let sep = sep_arg(a[0])?;
    let h = me(args);
    let parts = text::split::rsplit_bytes(&h, sep.as_deref(), int_or(a[1], -1)?)?;
    Ok(piece_list(args, parts))
}
fn b_splitlines(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("splitlines", args, kw, &["keepends"], 0, true, Style::Clinic)?;
    let keep = match a[0] {
        Some(v) => crate::ops::truthy(vm, v)?,
        None => false,
    };
    let h = me(args);
    Ok(piece_list(args, text::split::splitlines_bytes(&h, keep)))
}

fn partition_with(args: &[Value], kw: &[Value], name: &str, reverse: bool) -> PyResult<Value> {
    let a = bind(name, args, kw, &["sep"], 1, false, Style::Clinic)?;
    let sep = bytes_like_arg(a[0].unwrap_or(&args[0]))?;
    let h = me(args);
    let (x, y, z) = if reverse { text::split::rpartition_bytes(&h, &sep)? } else { text::split::partition_bytes(&h, &sep)? };
    let k = |p: &[u8]| same_kind(&args[0], p.to_vec());
    Ok(new_tuple(vec![k(x), k(y), k(z)]))
}
fn b_partition(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_with(args, kw, "partition", false)
}
fn b_rpartition(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_with(args, kw, "rpartition", true)
}

fn strip_with(args: &[Value], kw: &[Value], name: &str, side: text::pad::StripSide) -> PyResult<Value> {
    let a = bind(name, args, kw, &["bytes"], 0, false, Style::Expected)?;
    let chars = sep_arg(a[0])?;
    let h = me(args);
    let r = text::pad::strip_bytes(&h, chars.as_deref(), side);
    Ok(result(args, Cow::Borrowed(r)))
}
fn b_strip(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_with(args, kw, "strip", text::pad::StripSide::Both)
}
fn b_lstrip(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_with(args, kw, "lstrip", text::pad::StripSide::Left)
}
fn b_rstrip(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_with(args, kw, "rstrip", text::pad::StripSide::Right)
}

fn pad_with(args: &[Value], kw: &[Value], name: &str, align: text::pad::Align) -> PyResult<Value> {
    let a = bind(name, args, kw, &["width", "fillchar"], 1, false, Style::Expected)?;
    let width = int_arg(a[0].unwrap_or(&args[0]))?;
    let fill = match a[1] {
        None => b' ',
        Some(v) => match as_bytes(v) {
            Some([b]) => *b,
            _ => {
                return Err(PyErr::type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    v.ty().body.name
                )))
            }
        },
    };
    if crate::builtins::bytes::as_bytes_object(&args[0]).is_some() && width > 0 {
        crate::builtins::binary::bytes::bytes_size_check(width as u64)?;
    }
    let h = me(args);
    let r = text::pad::pad_bytes(&h, width, fill, align)?;
    Ok(result(args, r))
}
fn b_center(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_with(args, kw, "center", text::pad::Align::Center)
}
fn b_ljust(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_with(args, kw, "ljust", text::pad::Align::Left)
}
fn b_rjust(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_with(args, kw, "rjust", text::pad::Align::Right)
}
fn b_zfill(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("zfill", args, kw, &["width"], 1, false, Style::Clinic)?;
    let width = int_arg(a[0].unwrap_or(&args[0]))?;
    if crate::builtins::bytes::as_bytes_object(&args[0]).is_some() && width > 0 {
        crate::builtins::binary::bytes::bytes_size_check(width as u64)?;
    }
    let h = me(args);
    let r = text::pad::zfill_bytes(&h, h.len(), width)?;
    Ok(result(args, r))
}
fn b_expandtabs(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("expandtabs", args, kw, &["tabsize"], 0, true, Style::Clinic)?;
    let tabsize = i32::try_from(int_or(a[0], 8)?).map_err(|_| PyErr::overflow_error("Python int too large to convert to C int"))?;
    let h = me(args);
    let r = text::pad::expandtabs_bytes(&h, tabsize)?;
    Ok(result(args, r))
}
fn affix_remove(args: &[Value], kw: &[Value], name: &str, prefix: bool) -> PyResult<Value> {
    let a = bind(name, args, kw, &["affix"], 1, false, Style::Clinic)?;
    let affix = bytes_like_arg(a[0].unwrap_or(&args[0]))?;
    let h = me(args);
    let r = if prefix { text::pad::removeprefix_bytes(&h, &affix) } else { text::pad::removesuffix_bytes(&h, &affix) };
    Ok(result(args, Cow::Borrowed(r)))
}
fn b_removeprefix(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix_remove(args, kw, "removeprefix", true)
}
fn b_removesuffix(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix_remove(args, kw, "removesuffix", false)
}

fn b_join(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("join", args, kw, &["iterable_of_bytes"], 1, false, Style::Clinic)?;
    let source = a[0].unwrap_or(&args[0]);
    let iterator = crate::ops::iter(vm, source).map_err(|_| PyErr::type_error("can only join an iterable"))?;
    let items = crate::ops::collect_iterable(vm, &iterator)?;
    // The result's size is known before anything is copied: an impossible one fails here.
    let sep_len = me(args).len();
    let mut total = sep_len.checked_mul(items.len().saturating_sub(1));
    for item in &items {
        total = total.and_then(|t| t.checked_add(as_bytes(item).map_or(0, <[u8]>::len)));
    }
    match total {
        Some(t) if t <= isize::MAX as usize => {
            if crate::alloc_tuning::too_big(t) {
                return Err(PyErr::bare(&crate::builtins::exceptions::MEMORY_ERROR));
            }
        }
        _ => return Err(PyErr::overflow_error("join() result is too long for bytes")),
    }
    let mut parts: Vec<Vec<u8>> = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match as_bytes(item) {
            Some(b) => parts.push(b.to_vec()),
            None => return Err(text::pad::join_bytes_type_error(i, item.ty().body.name).into()),
        }
    }
    let sep = me(args);
    Ok(same_kind(&args[0], text::pad::join_bytes(&sep, &parts)?))
}

fn b_hex(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("hex", args, kw, &["sep", "bytes_per_sep"], 0, true, Style::Clinic)?;
    let sep = match a[0] {
        None => None,
        Some(v) => {
            let units: Vec<u32> = if let Some(s) = as_str(v) {
                s.chars().map(u32::from).collect()
            } else if let Some(b) = as_bytes(v) {
                b.iter().map(|&x| u32::from(x)).collect()
            } else {
                return Err(PyErr::type_error(format!("sep must be str or bytes, not {}", v.ty().body.name)));
            };
            Some(text::bytes::hex_separator(&units)?)
        }
    };
    let per = int_or(a[1], 1)?;
    let h = me(args);
    Ok(crate::builtins::str::new_str_ascii(&text::bytes::hex(&h, sep, per)?))
}

fn fromhex_arg(type_name: &str, args: &[Value], kw: &[Value]) -> PyResult<Vec<u8>> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!("{type_name}.fromhex() takes no keyword arguments")));
    }
    let [v] = args else {
        return Err(PyErr::type_error(format!("{type_name}.fromhex() takes exactly one argument ({} given)", args.len())));
    };
    if let Some(s) = as_str(v) {
        return Ok(text::bytes::fromhex(s)?);
    }
    if let Some(b) = as_bytes(v) {
        let b = b.to_vec();
        return Ok(text::bytes::fromhex_bytes(&b)?);
    }
    Err(PyErr::type_error(format!("fromhex() argument must be str or bytes-like, not {}", v.ty().body.name)))
}
fn bytes_fromhex(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(new_bytes(fromhex_arg("bytes", args, kw)?))
}
fn bytearray_fromhex(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(ba::new_bytearray(fromhex_arg("bytearray", args, kw)?))
}

fn map_case(args: &[Value], kw: &[Value], name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    bind(name, args, kw, &[], 0, false, Style::Clinic)?;
    Ok(same_kind(&args[0], f(&me(args))))
}
fn b_upper(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_case(args, kw, "upper", text::bytes::upper)
}
fn b_lower(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_case(args, kw, "lower", text::bytes::lower)
}
fn b_swapcase(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_case(args, kw, "swapcase", text::bytes::swapcase)
}
fn b_capitalize(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_case(args, kw, "capitalize", text::bytes::capitalize)
}
fn b_title(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_case(args, kw, "title", text::bytes::title)
}

fn pred(args: &[Value], kw: &[Value], name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    bind(name, args, kw, &[], 0, false, Style::Clinic)?;
    Ok(py_bool(f(as_bytes(&args[0]).unwrap_or(&[]))))
}
fn b_isalpha(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(args, kw, "isalpha", text::bytes::is_alpha)
}
fn b_isalnum(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(args, kw, "isalnum", text::bytes::is_alnum)
}
fn b_isdigit(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(args, kw, "isdigit", text::bytes::is_digit)
}
fn b_isspace(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(args, kw, "isspace", text::bytes::is_space)
}
fn b_isupper(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(args, kw, "isupper", text::bytes::is_upper)
}
fn b_islower(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(args, kw, "islower", text::bytes::is_lower)
}
fn b_istitle(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(args, kw, "istitle", text::bytes::is_title)
}
fn b_isascii(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(args, kw, "isascii", text::bytes::is_ascii)
}

fn b_translate(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("translate", args, kw, &["table", "delete"], 1, true, Style::Clinic)?;
    let table = match a[0] {
        Some(v) if !is_none(v) => Some(bytes_like_arg(v)?),
        _ => None,
    };
    let delete = match a[1] {
        Some(v) => bytes_like_arg(v)?,
        None => Vec::new(),
    };
    let table = match &table {
        Some(t) => Some(text::bytes::translate_table(t)?),
        None => None,
    };
    let h = me(args);
    Ok(same_kind(&args[0], text::bytes::translate(&h, table, &delete)))
}

fn b_maketrans(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("maketrans() takes no keyword arguments"));
    }
    let [from, to] = args else {
        return Err(PyErr::type_error(format!("maketrans expected 2 arguments, got {}", args.len())));
    };
    let table = text::bytes::maketrans(&bytes_like_arg(from)?, &bytes_like_arg(to)?)?;
    Ok(new_bytes(table.to_vec()))
}

/// `bytes(x)` text used by `%s`/`%b` in bytes formatting.
pub fn bytes_for_percent(v: &Value) -> PyResult<Vec<u8>> {
    as_bytes(v).map(<[u8]>::to_vec).ok_or_else(|| {
        PyErr::type_error(format!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
            v.ty().body.name
        ))
    })
}

/// Latin-1 text of bytes (used to run a bytes template through the str formatter).
pub fn latin1(b: &[u8]) -> String {
    b.iter().map(|&x| char::from(x)).collect()
}


fn b_dunder_getitem(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("__getitem__", args, kw, &["key"], 1, false, Style::Clinic)?;
    crate::builtins::bytes::bytes_like_getitem(&args[0], a[0].unwrap_or(&args[0]))
}
fn b_dunder_len(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    bind("__len__", args, kw, &[], 0, false, Style::Clinic)?;
    Ok(new_int(as_bytes(&args[0]).map_or(0, <[u8]>::len) as i64))
}
fn b_dunder_contains(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("__contains__", args, kw, &["key"], 1, false, Style::Clinic)?;
    crate::builtins::bytes::bytes_like_contains(vm, &args[0], a[0].unwrap_or(&args[0])).map(py_bool)
}
