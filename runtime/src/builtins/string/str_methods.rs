//! The methods of `str`: argument unpacking and boxing around `crate::text`.
//!
//! The algorithms (search, split, padding, case maps, codecs) live in `crate::text`; this
//! file only binds Python arguments, converts code-point indices and returns the
//! original object when a method leaves the text unchanged, as CPython does. Case maps,
//! predicates, codecs and translation are in `str_methods_case.rs`.

use std::borrow::Cow;

use crate::builtins::int::new_int;
use crate::builtins::list::new_list;
use crate::builtins::method_args::{bind, int_arg, int_or, slice_bound, Style};
use crate::builtins::singletons::{is_none, py_bool};
use crate::builtins::str::{as_str, as_str_data, new_str, new_str_owned, StrData};
use crate::builtins::str_methods_case as case;
use crate::builtins::str_surrogates::surrogate_safe;
use crate::builtins::tuple::{as_tuple, new_tuple};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{MethodDef, Value};
use crate::text;

/// The method table of `str`.
pub static STR_METHODS: &[MethodDef] = &[
    MethodDef::method("join", str_join),
    MethodDef::method("split", surrogate_safe!(str_split)),
    MethodDef::method("rsplit", surrogate_safe!(str_rsplit)),
    MethodDef::method("splitlines", surrogate_safe!(str_splitlines)),
    MethodDef::method("partition", surrogate_safe!(str_partition)),
    MethodDef::method("rpartition", surrogate_safe!(str_rpartition)),
    MethodDef::method("strip", surrogate_safe!(str_strip)),
    MethodDef::method("lstrip", surrogate_safe!(str_lstrip)),
    MethodDef::method("rstrip", surrogate_safe!(str_rstrip)),
    MethodDef::method("center", surrogate_safe!(str_center)),
    MethodDef::method("ljust", surrogate_safe!(str_ljust)),
    MethodDef::method("rjust", surrogate_safe!(str_rjust)),
    MethodDef::method("zfill", surrogate_safe!(str_zfill)),
    MethodDef::method("expandtabs", surrogate_safe!(str_expandtabs)),
    MethodDef::method("removeprefix", surrogate_safe!(str_removeprefix)),
    MethodDef::method("removesuffix", surrogate_safe!(str_removesuffix)),
    MethodDef::method("replace", surrogate_safe!(str_replace)),
    MethodDef::method("startswith", surrogate_safe!(str_startswith)),
    MethodDef::method("endswith", surrogate_safe!(str_endswith)),
    MethodDef::method("find", surrogate_safe!(str_find)),
    MethodDef::method("rfind", surrogate_safe!(str_rfind)),
    MethodDef::method("index", surrogate_safe!(str_index_method)),
    MethodDef::method("rindex", surrogate_safe!(str_rindex)),
    MethodDef::method("count", surrogate_safe!(str_count)),
    MethodDef::method("lower", surrogate_safe!(case::str_lower)),
    MethodDef::method("upper", surrogate_safe!(case::str_upper)),
    MethodDef::method("casefold", surrogate_safe!(case::str_casefold)),
    MethodDef::method("title", surrogate_safe!(case::str_title)),
    MethodDef::method("capitalize", surrogate_safe!(case::str_capitalize)),
    MethodDef::method("swapcase", surrogate_safe!(case::str_swapcase)),
    MethodDef::method("isdigit", surrogate_safe!(case::str_isdigit)),
    MethodDef::method("isdecimal", surrogate_safe!(case::str_isdecimal)),
    MethodDef::method("isnumeric", surrogate_safe!(case::str_isnumeric)),
    MethodDef::method("isalpha", surrogate_safe!(case::str_isalpha)),
    MethodDef::method("isalnum", surrogate_safe!(case::str_isalnum)),
    MethodDef::method("isspace", surrogate_safe!(case::str_isspace)),
    MethodDef::method("isprintable", surrogate_safe!(case::str_isprintable)),
    MethodDef::method("isascii", surrogate_safe!(case::str_isascii)),
    MethodDef::method("isidentifier", surrogate_safe!(case::str_isidentifier)),
    MethodDef::method("islower", surrogate_safe!(case::str_islower)),
    MethodDef::method("isupper", surrogate_safe!(case::str_isupper)),
    MethodDef::method("istitle", surrogate_safe!(case::str_istitle)),
    MethodDef::method("encode", case::str_encode),
    MethodDef::method("translate", case::str_translate),
    MethodDef::static_fn("maketrans", case::str_maketrans),
    MethodDef::method("format", surrogate_safe!(formatting crate::builtins::str_format::str_format_method)),
    MethodDef::method("format_map", surrogate_safe!(formatting crate::builtins::str_format::str_format_map)),
    MethodDef::method("__format__", surrogate_safe!(crate::builtins::str_format::str_dunder_format)),
    MethodDef::method("__len__", str_dunder_len),
    MethodDef::method("__contains__", str_dunder_contains),
    MethodDef::method("__getitem__", str_dunder_getitem),
    MethodDef::method("__add__", str_dunder_add),
    MethodDef::method("__mul__", str_dunder_mul),
    MethodDef::method("__mod__", str_dunder_mod),
    MethodDef::method("__eq__", str_dunder_eq),
    MethodDef::method("__ne__", str_dunder_ne),
    MethodDef::method("__lt__", str_dunder_lt),
    MethodDef::method("__le__", str_dunder_le),
    MethodDef::method("__gt__", str_dunder_gt),
    MethodDef::method("__ge__", str_dunder_ge),
];

/// The str body of `self` (methods are only reachable through a str).
pub(crate) fn this(args: &[Value]) -> &StrData {
    match as_str_data(&args[0]) {
        Some(d) => d,
        None => empty_str_data(),
    }
}

fn empty_str_data() -> &'static StrData {
    use std::sync::OnceLock;
    struct Holder(Value);
    // SAFETY: the held value is an immutable, never-freed str used only for reading.
    unsafe impl Sync for Holder {}
    unsafe impl Send for Holder {}
    static EMPTY: OnceLock<Holder> = OnceLock::new();
    let h = EMPTY.get_or_init(|| Holder(new_str("")));
    as_str_data(&h.0).unwrap_or_else(|| unreachable!("new_str makes a str"))
}

/// `what must be str, not T`.
pub(crate) fn str_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a StrData> {
    as_str_data(v).ok_or_else(|| PyErr::type_error(format!("{what} must be str, not {}", crate::builtins::method_args::arg_type_name(v))))
}

/// Boxes a result that may borrow `self`'s text: returns `self` itself when unchanged.
pub(crate) fn cow_result(this_v: &Value, d: &StrData, r: Cow<'_, str>) -> Value {
    match r {
        Cow::Borrowed(s) => sub_result(this_v, d, s),
        Cow::Owned(s) => new_str_owned(s.into()),
    }
}

/// Boxes a piece of `self`'s text, reusing `self` when the piece is all of it.
pub(crate) fn sub_result(this_v: &Value, d: &StrData, s: &str) -> Value {
    if s.len() == d.as_str().len() {
        crate::builtins::str::exact_str(this_v, d)
    } else if d.is_ascii() {
        ascii_str(s)
    } else {
        new_str(s)
    }
}

/// A str known to be ASCII (skips the code-point count).
fn ascii_str(s: &str) -> Value {
    crate::builtins::str::new_str_ascii(s)
}

fn str_join(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("join", args, kw, &["iterable"], 1, false, Style::Clinic)?;
    let sep = this(args).as_str();
    let arg = a[0].unwrap_or(&args[0]);
    let items = match crate::builtins::list::as_list(arg) {
        Some(l) => l.items().clone(),
        None => match as_tuple(arg) {
            Some(t) => t.to_vec(),
            None => match crate::ops::collect_iterable(vm, arg) {
                Ok(v) => v,
                Err(e) if e.matches(&crate::builtins::exceptions::TYPE_ERROR) && crate::ops::iter(vm, arg).is_err() => {
                    return Err(PyErr::type_error("can only join an iterable"))
                }
                Err(e) => return Err(e),
            },
        },
    };
    let sep_data = this(args);
    let mut bytes = 0usize;
    let mut chars = 0usize;
    let mut parts: Vec<&str> = Vec::with_capacity(items.len() * 2);
    let mut surrogates = sep_data.has_surrogates();
    for (i, item) in items.iter().enumerate() {
        if i & 0xffff == 0xffff {
            // A huge join stops promptly on Ctrl-C.
            crate::thread::sigint::check_interrupt()?;
        }
        let Some(d) = as_str_data(item) else {
            return Err(text::pad::join_type_error(i, item.ty().body.name).into());
        };
        if i > 0 && !sep.is_empty() {
            parts.push(sep);
            bytes += sep.len();
            chars += sep_data.char_len();
        }
        parts.push(d.as_str());
        surrogates |= d.has_surrogates();
        bytes += d.as_str().len();
        chars += d.char_len();
    }
    if items.len() == 1 {
        return Ok(items[0].clone());
    }
    if bytes > crate::builtins::str::MAX_STR_BYTES {
        return Err(PyErr::bare(&crate::builtins::exceptions::MEMORY_ERROR));
    }
    if surrogates {
        return Ok(join_wtf8(sep_data, &items, chars));
    }
    Ok(crate::builtins::str::new_str_from_parts(&parts, chars))
}

/// `sep.join(items)` (all strs) keeping lone surrogates: the canonical texts joined.
#[cold]
fn join_wtf8(sep: &StrData, items: &[Value], chars: usize) -> Value {
    let mut parts: Vec<&[u8]> = Vec::with_capacity(items.len() * 2);
    for (i, d) in items.iter().filter_map(as_str_data).enumerate() {
        if i > 0 {
            parts.push(sep.as_wtf8());
        }
        parts.push(d.as_wtf8());
    }
    crate::builtins::str::new_str_wtf8_parts(&parts, chars)
}

fn sep_arg(v: Option<&Value>) -> PyResult<Option<&str>> {
    match v {
        None => Ok(None),
        Some(v) if is_none(v) => Ok(None),
        Some(v) => as_str(v).map(Some).ok_or_else(|| PyErr::type_error(format!("must be str or None, not {}", v.ty().body.name))),
    }
}

fn pieces_list(this_v: &Value, d: &StrData, parts: Vec<&str>) -> Value {
    new_list(parts.into_iter().map(|p| sub_result(this_v, d, p)).collect())
}

fn str_split(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("split", args, kw, &["sep", "maxsplit"], 0, true, Style::Clinic)?;
    let d = this(args);
    let parts = text::split::split(d.as_str(), sep_arg(a[0])?, int_or(a[1], -1)?)?;
    Ok(pieces_list(&args[0], d, parts))
}

fn str_rsplit(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("rsplit", args, kw, &["sep", "maxsplit"], 0, true, Style::Clinic)?;
    let d = this(args);
    let parts = text::split::rsplit(d.as_str(), sep_arg(a[0])?, int_or(a[1], -1)?)?;
    Ok(pieces_list(&args[0], d, parts))
}

fn str_splitlines(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("splitlines", args, kw, &["keepends"], 0, true, Style::Clinic)?;
    let keep = match a[0] {
        Some(v) => crate::ops::truthy(vm, v)?,
        None => false,
    };
    let d = this(args);
    Ok(pieces_list(&args[0], d, text::split::splitlines(d.as_str(), keep)))
}

fn partition_with(args: &[Value], kw: &[Value], name: &str, reverse: bool) -> PyResult<Value> {
    let a = bind(name, args, kw, &["sep"], 1, false, Style::Clinic)?;
    let d = this(args);
    let sep_v = a[0].unwrap_or(&args[0]);
    let sep = as_str_data(sep_v).ok_or_else(|| PyErr::type_error(format!("must be str, not {}", sep_v.ty().body.name)))?;
    let sep = sep.as_str();
    let (x, y, z) = if reverse { text::split::rpartition(d.as_str(), sep)? } else { text::split::partition(d.as_str(), sep)? };
    let mid = if y.is_empty() { new_str("") } else { sep_v.clone() };
    Ok(new_tuple(vec![sub_result(&args[0], d, x), mid, sub_result(&args[0], d, z)]))
}

fn str_partition(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_with(args, kw, "partition", false)
}

fn str_rpartition(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_with(args, kw, "rpartition", true)
}

fn strip_with(args: &[Value], kw: &[Value], name: &str, side: text::pad::StripSide) -> PyResult<Value> {
    let a = bind(name, args, kw, &["chars"], 0, false, Style::Expected)?;
    let d = this(args);
    let chars = match a[0] {
        None => None,
        Some(v) if is_none(v) => None,
        Some(v) => Some(as_str(v).ok_or_else(|| PyErr::type_error(format!("{name} arg must be None or str")))?),
    };
    Ok(sub_result(&args[0], d, text::pad::strip(d.as_str(), chars, side)))
}

fn str_strip(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_with(args, kw, "strip", text::pad::StripSide::Both)
}
fn str_lstrip(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_with(args, kw, "lstrip", text::pad::StripSide::Left)
}
fn str_rstrip(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_with(args, kw, "rstrip", text::pad::StripSide::Right)
}

fn pad_with(args: &[Value], kw: &[Value], name: &str, align: text::pad::Align) -> PyResult<Value> {
    let a = bind(name, args, kw, &["width", "fillchar"], 1, false, Style::Expected)?;
    let d = this(args);
    let width = int_arg(a[0].unwrap_or(&args[0]))?;
    let fill = match a[1] {
        None => ' ',
        Some(v) => {
            let s = as_str(v)
                .ok_or_else(|| PyErr::type_error(format!("{name}() argument 2 must be str, not {}", crate::builtins::method_args::arg_type_name(v))))?;
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => c,
                _ => return Err(PyErr::type_error("The fill character must be exactly one character long")),
            }
        }
    };
    Ok(cow_result(&args[0], d, text::pad::pad(d.as_str(), d.char_len(), width, fill, align)?))
}

fn str_center(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_with(args, kw, "center", text::pad::Align::Center)
}
fn str_ljust(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_with(args, kw, "ljust", text::pad::Align::Left)
}
fn str_rjust(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_with(args, kw, "rjust", text::pad::Align::Right)
}

fn str_zfill(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("zfill", args, kw, &["width"], 1, false, Style::Clinic)?;
    let d = this(args);
    let width = int_arg(a[0].unwrap_or(&args[0]))?;
    Ok(cow_result(&args[0], d, text::pad::zfill(d.as_str(), d.char_len(), width)?))
}

fn str_expandtabs(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("expandtabs", args, kw, &["tabsize"], 0, true, Style::Clinic)?;
    let d = this(args);
    let tabsize = int_or(a[0], 8)?;
    let tabsize = i32::try_from(tabsize).map_err(|_| PyErr::overflow_error("Python int too large to convert to C int"))?;
    Ok(cow_result(&args[0], d, text::pad::expandtabs(d.as_str(), tabsize)?))
}

fn affix_remove(args: &[Value], kw: &[Value], name: &str, prefix: bool) -> PyResult<Value> {
    let a = bind(name, args, kw, &["affix"], 1, false, Style::Clinic)?;
    let d = this(args);
    let v = a[0].unwrap_or(&args[0]);
    let affix = as_str(v).ok_or_else(|| PyErr::type_error(format!("{name}() argument must be str, not {}", crate::builtins::method_args::arg_type_name(v))))?;
    let r = if prefix { text::pad::removeprefix(d.as_str(), affix) } else { text::pad::removesuffix(d.as_str(), affix) };
    Ok(sub_result(&args[0], d, r))
}

fn str_removeprefix(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix_remove(args, kw, "removeprefix", true)
}
fn str_removesuffix(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix_remove(args, kw, "removesuffix", false)
}

fn str_replace(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("replace", args, kw, &["old", "new", "count"], 2, true, Style::Clinic)?;
    let d = this(args);
    let old = a[0].map_or(Ok(""), |v| {
        as_str(v).ok_or_else(|| PyErr::type_error(format!("replace() argument 1 must be str, not {}", crate::builtins::method_args::arg_type_name(v))))
    })?;
    let new = a[1].map_or(Ok(""), |v| {
        as_str(v).ok_or_else(|| PyErr::type_error(format!("replace() argument 2 must be str, not {}", crate::builtins::method_args::arg_type_name(v))))
    })?;
    let count = int_or(a[2], -1)?;
    Ok(cow_result(&args[0], d, text::search::replace(d.as_str(), old, new, count)?))
}

fn affix_test(args: &[Value], kw: &[Value], name: &str, ends: bool) -> PyResult<Value> {
    let a = bind(name, args, kw, &["prefix", "start", "end"], 1, false, Style::Expected)?;
    let d = this(args);
    let start = slice_bound(a[1])?;
    let end = slice_bound(a[2])?;
    let test = |p: &str| {
        if ends {
            text::search::ends_with(d.as_str(), d.char_len(), p, start, end)
        } else {
            text::search::starts_with(d.as_str(), d.char_len(), p, start, end)
        }
    };
    let arg = a[0].unwrap_or(&args[0]);
    if let Some(t) = as_tuple(arg) {
        for item in t {
            let p = as_str(item).ok_or_else(|| {
                PyErr::type_error(format!("tuple for {name} must only contain str, not {}", item.ty().body.name))
            })?;
            if test(p) {
                return Ok(py_bool(true));
            }
        }
        return Ok(py_bool(false));
    }
    match as_str(arg) {
        Some(p) => Ok(py_bool(test(p))),
        None => Err(PyErr::type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            arg.ty().body.name
        ))),
    }
}

fn str_startswith(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix_test(args, kw, "startswith", false)
}
fn str_endswith(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix_test(args, kw, "endswith", true)
}

type SearchArgs<'a> = (&'a StrData, &'a str, Option<i64>, Option<i64>);

fn search_args<'a>(args: &'a [Value], kw: &[Value], name: &str) -> PyResult<SearchArgs<'a>> {
    let a = bind(name, args, kw, &["sub", "start", "end"], 1, false, Style::Expected)?;
    let sub = str_arg(a[0].unwrap_or(&args[0]), &format!("{name}() argument 1"))?;
    Ok((this(args), sub.as_str(), slice_bound(a[1])?, slice_bound(a[2])?))
}

fn position(p: Option<usize>) -> Value {
    new_int(p.map_or(-1, |p| p as i64))
}

fn str_find(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (d, sub, s, e) = search_args(args, kw, "find")?;
    Ok(position(text::search::find(d.as_str(), d.char_len(), sub, s, e)))
}
fn str_rfind(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (d, sub, s, e) = search_args(args, kw, "rfind")?;
    Ok(position(text::search::rfind(d.as_str(), d.char_len(), sub, s, e)))
}
fn str_index_method(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (d, sub, s, e) = search_args(args, kw, "index")?;
    Ok(new_int(text::search::index(d.as_str(), d.char_len(), sub, s, e)? as i64))
}
fn str_rindex(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (d, sub, s, e) = search_args(args, kw, "rindex")?;
    Ok(new_int(text::search::rindex(d.as_str(), d.char_len(), sub, s, e)? as i64))
}
fn str_count(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (d, sub, s, e) = search_args(args, kw, "count")?;
    Ok(new_int(text::search::count(d.as_str(), d.char_len(), sub, s, e) as i64))
}

fn one_arg<'a>(args: &'a [Value], kw: &[Value], name: &str) -> PyResult<&'a Value> {
    let a = bind(name, args, kw, &["value"], 1, false, Style::Clinic)?;
    Ok(a[0].unwrap_or(&args[0]))
}

fn str_dunder_len(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    bind("__len__", args, kw, &[], 0, false, Style::Clinic)?;
    Ok(new_int(this(args).char_len() as i64))
}
fn str_dunder_contains(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(args, kw, "__contains__")?;
    crate::ops::contains(vm, &args[0], x).map(py_bool)
}
fn str_dunder_getitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(args, kw, "__getitem__")?;
    crate::ops::getitem(vm, &args[0], x)
}

fn binop_method(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, op: crate::object::BinOp) -> PyResult<Value> {
    let x = one_arg(args, kw, name)?;
    let slot = args[0].ty().body.slots.binop;
    match slot {
        Some(f) => match f(vm, op, &args[0], x) {
            Ok(Some(v)) => Ok(v),
            Ok(None) | Err(_) if as_str(x).is_none() && !matches!(op, crate::object::BinOp::Mod) => {
                Ok(crate::builtins::singletons::not_implemented())
            }
            other => other.map(|v| v.unwrap_or_else(crate::builtins::singletons::not_implemented)),
        },
        None => Ok(crate::builtins::singletons::not_implemented()),
    }
}
fn str_dunder_add(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    binop_method(vm, args, kw, "__add__", crate::object::BinOp::Add)
}
fn str_dunder_mul(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    // `s.__mul__(n)` with an int is the repeat itself: its MemoryError/OverflowError
    // propagates, as CPython's `sq_repeat` wrapper does.
    if let (Some(n), Some(f)) = (args.get(1).filter(|_| kw.is_empty() && args.len() == 2), args[0].ty().body.slots.binop) {
        if crate::builtins::int::as_int(n).is_some() {
            return f(vm, crate::object::BinOp::Mul, &args[0], n).map(|v| v.unwrap_or_else(crate::builtins::singletons::not_implemented));
        }
    }
    binop_method(vm, args, kw, "__mul__", crate::object::BinOp::Mul)
}
fn str_dunder_mod(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    binop_method(vm, args, kw, "__mod__", crate::object::BinOp::Mod)
}

fn compare_method(args: &[Value], kw: &[Value], name: &str, op: crate::object::CompareOp) -> PyResult<Value> {
    let x = one_arg(args, kw, name)?;
    match as_str_data(x) {
        Some(other) => Ok(py_bool(op.test(this(args).text_cmp(other)))),
        None => Ok(crate::builtins::singletons::not_implemented()),
    }
}
fn str_dunder_eq(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    compare_method(args, kw, "__eq__", crate::object::CompareOp::Eq)
}
fn str_dunder_ne(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    compare_method(args, kw, "__ne__", crate::object::CompareOp::Ne)
}
fn str_dunder_lt(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    compare_method(args, kw, "__lt__", crate::object::CompareOp::Lt)
}
fn str_dunder_le(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    compare_method(args, kw, "__le__", crate::object::CompareOp::Le)
}
fn str_dunder_gt(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    compare_method(args, kw, "__gt__", crate::object::CompareOp::Gt)
}
fn str_dunder_ge(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    compare_method(args, kw, "__ge__", crate::object::CompareOp::Ge)
}
