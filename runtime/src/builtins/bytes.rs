//! `bytes` and `bytearray`: immutable and mutable byte strings.
//!
//! Both keep a `Vec<u8>` (behind an `UnsafeCell` for bytearray's in-place changes; bytes
//! never mutates it). The byte algorithms (repr, search, split, case, hex) are in
//! `crate::text`; this file unpacks arguments and implements the sequence protocol.
//! Indexing yields ints, slicing yields the same type.

use std::cell::UnsafeCell;

use crate::builtin_type;
use crate::builtins::int::{as_int, index_i64, new_int};
use crate::builtins::list::new_list;
use crate::builtins::singletons::{is_none, none, py_bool};
use crate::builtins::slice::{as_slice, normalize_index, slice_indices};
use crate::builtins::str::{as_str, new_str, new_str_owned};
use crate::builtins::tuple::{as_tuple, repeat_count};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{BinOp, CompareOp, Kind, MethodDef, Slots, TypeObject, Value};
use crate::text;

/// The body of bytes and bytearray.
pub struct BytesData {
    data: UnsafeCell<Vec<u8>>,
}

impl BytesData {
    /// The bytes.
    pub fn bytes(&self) -> &[u8] {
        // SAFETY: single mutator thread (see list.rs); bytes objects never mutate.
        unsafe { &*self.data.get() }
    }
    #[allow(clippy::mut_from_ref)]
    fn bytes_mut(&self) -> &mut Vec<u8> {
        // SAFETY: only bytearray methods call this, on the single mutator thread.
        unsafe { &mut *self.data.get() }
    }
}

const BYTES_SLOTS: Slots = Slots {
    repr: Some(bytes_repr),
    hash: Some(bytes_hash),
    compare: Some(bytes_compare),
    binop: Some(bytes_binop),
    len: Some(bytes_len),
    getitem: Some(bytes_getitem),
    contains: Some(bytes_contains),
    iter: Some(bytes_iter),
    truth: Some(bytes_truth),
    new: Some(bytes_new),
    ..Slots::EMPTY
};

const COMMON_METHODS: &[MethodDef] = &[
    MethodDef::method("decode", bytes_decode),
    MethodDef::method("hex", bytes_hex),
    MethodDef::method("find", bytes_find),
    MethodDef::method("count", bytes_count),
    MethodDef::method("startswith", bytes_startswith),
    MethodDef::method("endswith", bytes_endswith),
    MethodDef::method("split", bytes_split),
    MethodDef::method("strip", bytes_strip),
    MethodDef::method("upper", bytes_upper),
    MethodDef::method("lower", bytes_lower),
    MethodDef::method("join", bytes_join),
    MethodDef::method("replace", bytes_replace),
    MethodDef::method("isdigit", bytes_isdigit),
    MethodDef::method("isalpha", bytes_isalpha),
];

builtin_type!(BYTES_TYPE, "bytes", Kind::Bytes, BytesData, Some(&crate::builtins::type_::OBJECT_TYPE), BYTES_SLOTS, COMMON_METHODS);

builtin_type!(
    BYTEARRAY_TYPE,
    "bytearray",
    Kind::ByteArray,
    BytesData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots { hash: None, setitem: Some(bytearray_setitem), delitem: Some(bytearray_delitem), ..BYTES_SLOTS },
    BYTEARRAY_METHODS
);

static BYTEARRAY_METHODS: &[MethodDef] = &[
    MethodDef::method("append", bytearray_append),
    MethodDef::method("extend", bytearray_extend),
    MethodDef::method("pop", bytearray_pop),
    MethodDef::method("clear", bytearray_clear),
    MethodDef::method("reverse", bytearray_reverse),
    MethodDef::method("decode", bytes_decode),
    MethodDef::method("hex", bytes_hex),
    MethodDef::method("find", bytes_find),
    MethodDef::method("count", bytes_count),
    MethodDef::method("startswith", bytes_startswith),
    MethodDef::method("endswith", bytes_endswith),
    MethodDef::method("split", bytes_split),
    MethodDef::method("strip", bytes_strip),
    MethodDef::method("upper", bytes_upper),
    MethodDef::method("lower", bytes_lower),
    MethodDef::method("join", bytes_join),
    MethodDef::method("replace", bytes_replace),
    MethodDef::method("isdigit", bytes_isdigit),
    MethodDef::method("isalpha", bytes_isalpha),
];

/// A new bytes object.
pub fn new_bytes(b: Vec<u8>) -> Value {
    crate::object::alloc(&BYTES_TYPE, BytesData { data: UnsafeCell::new(b) })
}

/// A new bytearray.
pub fn new_bytearray(b: Vec<u8>) -> Value {
    crate::object::alloc(&BYTEARRAY_TYPE, BytesData { data: UnsafeCell::new(b) })
}

fn make_like(v: &Value, b: Vec<u8>) -> Value {
    if v.ty().body.kind == Kind::ByteArray {
        new_bytearray(b)
    } else {
        new_bytes(b)
    }
}

/// The body, if `v` is bytes or bytearray.
pub fn as_bytes_data(v: &Value) -> Option<&BytesData> {
    if !v.is_small_int() && matches!(v.ty().body.kind, Kind::Bytes | Kind::ByteArray) {
        // SAFETY: bytes and bytearray objects are Obj<BytesData>.
        Some(unsafe { v.body_unchecked::<BytesData>() })
    } else {
        None
    }
}

/// The bytes of a bytes-like value.
pub fn as_bytes(v: &Value) -> Option<&[u8]> {
    as_bytes_data(v).map(BytesData::bytes)
}

fn this(args: &[Value]) -> &[u8] {
    as_bytes(&args[0]).unwrap_or(&[])
}

fn bytes_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a [u8]> {
    as_bytes(v).ok_or_else(|| PyErr::type_error(format!("{what}a bytes-like object is required, not '{}'", v.ty().body.name)))
}

fn bytes_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = as_bytes(v).unwrap_or(&[]);
    Ok(new_str_owned(
        if v.ty().body.kind == Kind::ByteArray { text::repr::bytearray_repr("bytearray", b) } else { text::repr::bytes_repr(b) }.into(),
    ))
}

fn bytes_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(crate::builtins::str::hash_bytes(as_bytes(v).unwrap_or(&[])))
}

fn bytes_compare(_vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    match (as_bytes(a), as_bytes(b)) {
        (Some(x), Some(y)) => Ok(Some(py_bool(op.test(x.cmp(y))))),
        _ => Ok(None),
    }
}

fn bytes_binop(_vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match op {
        BinOp::Add => {
            let (Some(x), Some(y)) = (as_bytes(a), as_bytes(b)) else {
                if as_bytes(a).is_some() {
                    return Err(PyErr::type_error(format!("can't concat {} to {}", b.ty().body.name, a.ty().body.name)));
                }
                return Ok(None);
            };
            let mut out = Vec::with_capacity(x.len() + y.len());
            out.extend_from_slice(x);
            out.extend_from_slice(y);
            Ok(Some(make_like(a, out)))
        }
        BinOp::Mul => {
            let (src, b_bytes, n) = match (as_bytes(a), as_bytes(b)) {
                (Some(x), None) => (a, x, b),
                (None, Some(y)) => (b, y, a),
                _ => return Ok(None),
            };
            let Some(k) = repeat_count(n)? else {
                return Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", n.ty().body.name)));
            };
            crate::builtins::tuple::repeated_len(b_bytes.len(), k)?;
            Ok(Some(make_like(src, b_bytes.repeat(k))))
        }
        BinOp::Mod => {
            let Some(fmt) = as_bytes(a) else { return Ok(None) };
            let s = crate::builtins::str_format::percent_format(_vm, &String::from_utf8_lossy(fmt), b)?;
            Ok(Some(make_like(a, as_str(&s).unwrap_or("").as_bytes().to_vec())))
        }
        _ => Ok(None),
    }
}

fn bytes_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(as_bytes(v).map_or(0, <[u8]>::len))
}

fn bytes_truth(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(as_bytes(v).is_some_and(|b| !b.is_empty()))
}

fn bytes_getitem(_vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let b = as_bytes(v).unwrap_or(&[]);
    if let Some(i) = as_int(key) {
        let i = i.to_i64().unwrap_or(i64::MAX);
        return match normalize_index(i, b.len()) {
            Some(j) => Ok(new_int(i64::from(b[j]))),
            None => Err(PyErr::index_error(if v.ty().body.kind == Kind::ByteArray { "bytearray index out of range" } else { "index out of range" })),
        };
    }
    if let Some(sl) = as_slice(key) {
        let (start, _stop, step, n) = slice_indices(sl, b.len())?;
        let out: Vec<u8> = (0..n).map(|k| b[(start + k as i64 * step) as usize]).collect();
        return Ok(make_like(v, out));
    }
    Err(PyErr::type_error(format!("byte indices must be integers or slices, not {}", key.ty().body.name)))
}

fn byte_value(v: &Value) -> PyResult<u8> {
    match as_int(v).and_then(|i| i.to_i64()) {
        Some(n) if (0..256).contains(&n) => Ok(n as u8),
        Some(_) => Err(PyErr::value_error("byte must be in range(0, 256)")),
        None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().body.name))),
    }
}

fn bytes_contains(_vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let b = as_bytes(v).unwrap_or(&[]);
    if let Some(needle) = as_bytes(x) {
        return Ok(needle.is_empty() || b.windows(needle.len()).any(|w| w == needle));
    }
    let n = byte_value(x)?;
    Ok(b.contains(&n))
}

fn bytes_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let items: Vec<Value> = as_bytes(v).unwrap_or(&[]).iter().map(|&c| new_int(i64::from(c))).collect();
    Ok(crate::builtins::iterators::new_iter(
        &crate::builtins::iterators::LIST_ITER_TYPE,
        crate::builtins::iterators::IterState::List { seq: new_list(items), index: 0 },
    ))
}

/// Bytes from the `bytes(x)` / `bytearray(x)` argument forms.
fn bytes_from_arg(vm: &mut Vm, x: &Value, encoding: Option<&Value>, errors: Option<&Value>, tyname: &str) -> PyResult<Vec<u8>> {
    if let Some(s) = as_str(x) {
        let Some(enc) = encoding.and_then(as_str) else {
            return Err(PyErr::type_error("string argument without an encoding"));
        };
        let errors = errors.and_then(as_str).unwrap_or("strict");
        return Ok(text::codecs::encode_with(s, enc, errors)?);
    }
    if encoding.is_some() {
        return Err(PyErr::type_error("encoding without a string argument"));
    }
    if let Some(b) = as_bytes(x) {
        return Ok(b.to_vec());
    }
    if let Some(n) = as_int(x) {
        let n = n.to_i64().ok_or_else(|| PyErr::overflow_error("cannot fit 'int' into an index-sized integer"))?;
        if n < 0 {
            return Err(PyErr::value_error("negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    if x.ty().body.slot(|s| s.iter).is_none() {
        return Err(PyErr::type_error(format!("cannot convert '{}' object to {tyname}", x.ty().body.name)));
    }
    let items = crate::ops::collect_iterable(vm, x)?;
    items.iter().map(byte_value).collect()
}

fn bytes_new(vm: &mut Vm, t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    let mut source = args.first().filter(|_| npos > 0);
    let mut encoding = args.get(1).filter(|_| npos > 1);
    let mut errors = args.get(2).filter(|_| npos > 2);
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        match as_str(k) {
            Some("source") => source = Some(v),
            Some("encoding") => encoding = Some(v),
            Some("errors") => errors = Some(v),
            _ => return Err(PyErr::type_error(format!("{}() got an unexpected keyword argument '{}'", t.body.name, as_str(k).unwrap_or("?")))),
        }
    }
    let data = match source {
        None => Vec::new(),
        Some(x) => bytes_from_arg(vm, x, encoding, errors, t.body.name)?,
    };
    Ok(if t.body.kind == Kind::ByteArray { new_bytearray(data) } else { new_bytes(data) })
}

fn bytes_decode(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    let mut encoding = args.get(1).filter(|_| npos > 1).and_then(as_str).unwrap_or("utf-8");
    let mut errors = args.get(2).filter(|_| npos > 2).and_then(as_str).unwrap_or("strict");
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        match as_str(k) {
            Some("encoding") => encoding = as_str(v).unwrap_or("utf-8"),
            Some("errors") => errors = as_str(v).unwrap_or("strict"),
            _ => return Err(PyErr::type_error(format!("decode() got an unexpected keyword argument '{}'", as_str(k).unwrap_or("?")))),
        }
    }
    match text::codecs::decode_with(this(args), encoding, errors)? {
        text::codecs::Decoded::Str(s) => Ok(new_str_owned(s.into())),
        text::codecs::Decoded::CodePoints(cps) => {
            let s: String = cps.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect();
            Ok(new_str_owned(s.into()))
        }
    }
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn str_encode(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    let mut encoding = args.get(1).filter(|_| npos > 1).and_then(as_str).unwrap_or("utf-8");
    let mut errors = args.get(2).filter(|_| npos > 2).and_then(as_str).unwrap_or("strict");
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        match as_str(k) {
            Some("encoding") => encoding = as_str(v).unwrap_or("utf-8"),
            Some("errors") => errors = as_str(v).unwrap_or("strict"),
            _ => return Err(PyErr::type_error(format!("encode() got an unexpected keyword argument '{}'", as_str(k).unwrap_or("?")))),
        }
    }
    let s = as_str(&args[0]).unwrap_or("");
    Ok(new_bytes(text::codecs::encode_with(s, encoding, errors)?))
}

fn bytes_hex(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_str(&text::bytes::hex(this(args), None, 0)?))
}

fn opt_index(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        Some(v) if !is_none(v) => index_i64(v).map(Some),
        _ => Ok(None),
    }
}

fn needle(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes(v) {
        return Ok(b.to_vec());
    }
    Ok(vec![byte_value(v).map_err(|_| {
        PyErr::type_error(format!("argument should be integer or bytes-like object, not '{}'", v.ty().body.name))
    })?])
}

fn bytes_find(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = needle(args.get(1).ok_or_else(|| PyErr::type_error("find() takes at least 1 argument (0 given)"))?)?;
    let r = text::search::find_bytes(this(args), &n, opt_index(args.get(2))?, opt_index(args.get(3))?);
    Ok(new_int(r.map_or(-1, |i| i as i64)))
}

fn bytes_count(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = needle(args.get(1).ok_or_else(|| PyErr::type_error("count() takes at least 1 argument (0 given)"))?)?;
    Ok(new_int(text::search::count_bytes(this(args), &n, opt_index(args.get(2))?, opt_index(args.get(3))?) as i64))
}

fn affix(args: &[Value], name: &str, test: fn(&[u8], &[u8], Option<i64>, Option<i64>) -> bool) -> PyResult<Value> {
    let arg = args.get(1).ok_or_else(|| PyErr::type_error(format!("{name}() takes at least 1 argument (0 given)")))?;
    let (s, e) = (opt_index(args.get(2))?, opt_index(args.get(3))?);
    if let Some(t) = as_tuple(arg) {
        for item in t {
            if test(this(args), bytes_arg(item, "")?, s, e) {
                return Ok(py_bool(true));
            }
        }
        return Ok(py_bool(false));
    }
    Ok(py_bool(test(this(args), bytes_arg(arg, "")?, s, e)))
}

fn bytes_startswith(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    affix(args, "startswith", text::search::starts_with_bytes)
}
fn bytes_endswith(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    affix(args, "endswith", text::search::ends_with_bytes)
}

fn bytes_split(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    let sep = match args.get(1).filter(|_| npos > 1) {
        Some(v) if !is_none(v) => Some(bytes_arg(v, "")?.to_vec()),
        _ => None,
    };
    let maxsplit = match args.get(2).filter(|_| npos > 2) {
        Some(v) => index_i64(v)?,
        None => -1,
    };
    let parts = text::split::split_bytes(this(args), sep.as_deref(), maxsplit)?;
    Ok(new_list(parts.into_iter().map(|p| make_like(&args[0], p.to_vec())).collect()))
}

fn bytes_strip(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let chars = match args.get(1) {
        Some(v) if !is_none(v) => Some(bytes_arg(v, "")?.to_vec()),
        _ => None,
    };
    let r = text::pad::strip_bytes(this(args), chars.as_deref(), text::pad::StripSide::Both);
    Ok(make_like(&args[0], r.to_vec()))
}

fn bytes_upper(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(make_like(&args[0], text::bytes::upper(this(args))))
}
fn bytes_lower(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(make_like(&args[0], text::bytes::lower(this(args))))
}
fn bytes_isdigit(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(py_bool(text::bytes::is_digit(this(args))))
}
fn bytes_isalpha(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(py_bool(text::bytes::is_alpha(this(args))))
}

fn bytes_join(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let items = crate::ops::collect_iterable(vm, args.get(1).ok_or_else(|| PyErr::type_error("join() takes exactly one argument (0 given)"))?)?;
    let mut parts: Vec<&[u8]> = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match as_bytes(item) {
            Some(b) => parts.push(b),
            None => return Err(text::pad::join_bytes_type_error(i, item.ty().body.name).into()),
        }
    }
    Ok(make_like(&args[0], text::pad::join_bytes(this(args), &parts)?))
}

fn bytes_replace(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let old = bytes_arg(args.get(1).ok_or_else(|| PyErr::type_error("replace expected at least 2 arguments, got 0"))?, "")?;
    let new = bytes_arg(args.get(2).ok_or_else(|| PyErr::type_error("replace expected at least 2 arguments, got 1"))?, "")?;
    let count = match args.get(3) {
        Some(c) => index_i64(c)?,
        None => -1,
    };
    let r = text::search::replace_bytes(this(args), old, new, count, false)?;
    Ok(make_like(&args[0], r.into_owned()))
}

fn bytearray_setitem(vm: &mut Vm, v: &Value, key: &Value, value: Value) -> PyResult<()> {
    let d = as_bytes_data(v).ok_or_else(|| PyErr::type_error("expected bytearray"))?;
    if let Some(i) = as_int(key) {
        let i = i.to_i64().unwrap_or(i64::MAX);
        let b = byte_value(&value)?;
        let data = d.bytes_mut();
        return match normalize_index(i, data.len()) {
            Some(j) => {
                data[j] = b;
                Ok(())
            }
            None => Err(PyErr::index_error("bytearray index out of range")),
        };
    }
    if let Some(sl) = as_slice(key) {
        let new = bytes_from_arg(vm, &value, None, None, "bytearray")?;
        let data = d.bytes_mut();
        let (start, stop, step, n) = slice_indices(sl, data.len())?;
        if step == 1 {
            data.splice(start as usize..stop.max(start) as usize, new);
            return Ok(());
        }
        if new.len() != n {
            return Err(PyErr::value_error(format!("attempt to assign bytes of size {} to extended slice of size {n}", new.len())));
        }
        for (k, b) in new.into_iter().enumerate() {
            data[(start + k as i64 * step) as usize] = b;
        }
        return Ok(());
    }
    Err(PyErr::type_error(format!("bytearray indices must be integers or slices, not {}", key.ty().body.name)))
}

fn bytearray_delitem(_vm: &mut Vm, v: &Value, key: &Value) -> PyResult<()> {
    let d = as_bytes_data(v).ok_or_else(|| PyErr::type_error("expected bytearray"))?;
    let data = d.bytes_mut();
    if let Some(i) = as_int(key) {
        let i = i.to_i64().unwrap_or(i64::MAX);
        return match normalize_index(i, data.len()) {
            Some(j) => {
                data.remove(j);
                Ok(())
            }
            None => Err(PyErr::index_error("bytearray index out of range")),
        };
    }
    if let Some(sl) = as_slice(key) {
        let (start, _stop, step, n) = slice_indices(sl, data.len())?;
        let mut idx: Vec<usize> = (0..n).map(|k| (start + k as i64 * step) as usize).collect();
        idx.sort_unstable();
        for j in idx.into_iter().rev() {
            data.remove(j);
        }
        return Ok(());
    }
    Err(PyErr::type_error(format!("bytearray indices must be integers or slices, not {}", key.ty().body.name)))
}

fn ba(args: &[Value]) -> PyResult<&mut Vec<u8>> {
    as_bytes_data(&args[0]).map(BytesData::bytes_mut).ok_or_else(|| PyErr::type_error("expected bytearray"))
}

fn bytearray_append(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = byte_value(args.get(1).ok_or_else(|| PyErr::type_error("bytearray.append() takes exactly one argument (0 given)"))?)?;
    ba(args)?.push(b);
    Ok(none())
}

fn bytearray_extend(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let src = args.get(1).ok_or_else(|| PyErr::type_error("bytearray.extend() takes exactly one argument (0 given)"))?;
    let data = bytes_from_arg(vm, src, None, None, "bytearray")?;
    ba(args)?.extend(data);
    Ok(none())
}

fn bytearray_pop(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let data = ba(args)?;
    if data.is_empty() {
        return Err(PyErr::index_error("pop from empty bytearray"));
    }
    let i = match args.get(1) {
        Some(i) => index_i64(i)?,
        None => -1,
    };
    match normalize_index(i, data.len()) {
        Some(j) => Ok(new_int(i64::from(data.remove(j)))),
        None => Err(PyErr::index_error("pop index out of range")),
    }
}

fn bytearray_clear(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ba(args)?.clear();
    Ok(none())
}

fn bytearray_reverse(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ba(args)?.reverse();
    Ok(none())
}
