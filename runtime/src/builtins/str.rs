//! `str`: immutable UTF-8 text with cached length in code points and a cached hash.
//!
//! Indexing is by code point. ASCII strings (the common case) index in O(1) by byte;
//! others walk the UTF-8 (a code-point index table is future work). The hash is a keyed
//! SipHash-1-3 whose key is random per process unless `PYTHONHASHSEED` is set, as in
//! CPython, and is cached in the object. Methods are in `str_methods.rs`.

use std::cell::Cell;
use std::sync::OnceLock;


use crate::builtin_type;
use crate::builtins::int::{as_int, new_int, IntRef};
use crate::builtins::singletons::py_bool;
use crate::builtins::slice::{as_slice, normalize_index, slice_indices};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{BinOp, CompareOp, Kind, Slots, TypeObject, Value};

/// The body of a str object.
pub struct StrData {
    /// The text.
    pub s: Box<str>,
    /// Length in code points.
    pub char_len: usize,
    hash: Cell<i64>,
}

builtin_type!(
    STR_TYPE,
    "str",
    Kind::Str,
    StrData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(str_repr_slot),
        str: Some(str_str_slot),
        hash: Some(str_hash_slot),
        compare: Some(str_compare),
        binop: Some(str_binop),
        truth: Some(str_truth),
        len: Some(str_len),
        getitem: Some(str_getitem),
        contains: Some(str_contains),
        iter: Some(crate::builtins::iterators::str_iter),
        new: Some(str_new),
        ..Slots::EMPTY
    },
    crate::builtins::str_methods::STR_METHODS
);

/// A new str object.
pub fn new_str(s: &str) -> Value {
    new_str_owned(s.into())
}

/// A new str object taking ownership of the text.
pub fn new_str_owned(s: Box<str>) -> Value {
    let char_len = if s.is_ascii() { s.len() } else { s.chars().count() };
    crate::object::alloc(&STR_TYPE, StrData { s, char_len, hash: Cell::new(-1) })
}

/// A new str whose text the caller knows to be ASCII (no code-point count needed).
pub fn new_str_ascii(s: &str) -> Value {
    debug_assert!(s.is_ascii());
    crate::object::alloc(&STR_TYPE, StrData { s: s.into(), char_len: s.len(), hash: Cell::new(-1) })
}

/// The str body, if `v` is a str.
#[inline]
pub fn as_str_data(v: &Value) -> Option<&StrData> {
    if !v.is_small_int() && v.ty().body.kind == Kind::Str {
        // SAFETY: Kind::Str objects are Obj<StrData>.
        Some(unsafe { v.body_unchecked::<StrData>() })
    } else {
        None
    }
}

/// The text, if `v` is a str.
#[inline]
pub fn as_str(v: &Value) -> Option<&str> {
    as_str_data(v).map(|d| &*d.s)
}

impl StrData {
    /// True when every character is ASCII (byte index == char index).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }
    /// The character at code-point index `i` (in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            char::from(self.s.as_bytes()[i])
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }
    /// Byte offset of code-point index `i` (may equal the length).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.s.char_indices().nth(i).map_or(self.s.len(), |(b, _)| b)
        }
    }
}

fn hash_key() -> crate::numeric::hash::HashKey {
    static KEY: OnceLock<crate::numeric::hash::HashKey> = OnceLock::new();
    *KEY.get_or_init(|| {
        let env = std::env::var("PYTHONHASHSEED").ok();
        crate::numeric::hash::HashKey::from_env_value(env.as_deref())
            .unwrap_or_else(|_| crate::numeric::hash::HashKey::from_seed(None))
    })
}

/// The keyed hash of a byte string (str and bytes share it, as in CPython).
pub fn hash_bytes(b: &[u8]) -> i64 {
    crate::numeric::hash::hash_bytes(hash_key(), b)
}

/// The cached hash of a str.
#[inline]
pub fn str_hash(d: &StrData) -> i64 {
    let h = d.hash.get();
    if h != -1 {
        return h;
    }
    let h = hash_bytes(d.s.as_bytes());
    d.hash.set(h);
    h
}

fn str_hash_slot(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(as_str_data(v).map_or(0, str_hash))
}

/// CPython's `repr(str)` (the escaping rules live in `crate::text::repr`).
pub fn repr_str(s: &str) -> String {
    crate::text::repr::str_repr(s)
}

fn str_repr_slot(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_str(&repr_str(as_str(v).unwrap_or(""))))
}

fn str_str_slot(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn str_compare(_vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    match (as_str(a), as_str(b)) {
        (Some(x), Some(y)) => Ok(Some(py_bool(op.test(x.cmp(y))))),
        _ => Ok(None),
    }
}

fn str_binop(_vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match op {
        BinOp::Add => {
            let Some(x) = as_str(a) else { return Ok(None) };
            let Some(y) = as_str(b) else {
                return Err(PyErr::type_error(format!("can only concatenate str (not \"{}\") to str", b.ty().body.name)));
            };
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            Ok(Some(new_str_owned(s.into())))
        }
        BinOp::Mul => {
            let (s, n) = match (as_str(a), as_str(b)) {
                (Some(s), None) => (s, b),
                (None, Some(s)) => (s, a),
                _ => return Ok(None),
            };
            match as_int(n) {
                Some(IntRef::Small(k)) => Ok(Some(new_str_owned(s.repeat(k.max(0) as usize).into()))),
                Some(IntRef::Big(_)) => Err(PyErr::overflow_error("cannot fit 'int' into an index-sized integer")),
                None => Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", n.ty().body.name))),
            }
        }
        BinOp::Mod => {
            let Some(fmt) = as_str(a) else { return Ok(None) };
            crate::builtins::str_format::percent_format(_vm, fmt, b).map(Some)
        }
        _ => Ok(None),
    }
}

fn str_truth(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(as_str(v).is_some_and(|s| !s.is_empty()))
}

fn str_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(as_str_data(v).map_or(0, |d| d.char_len))
}

/// `s[i]` as a one-character str.
pub fn str_index(d: &StrData, i: i64) -> PyResult<Value> {
    let Some(j) = normalize_index(i, d.char_len) else {
        return Err(PyErr::index_error("string index out of range"));
    };
    Ok(crate::builtins::str_methods_case::char_str(d.char_at(j)))
}

fn str_getitem(_vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let d = as_str_data(v).ok_or_else(|| PyErr::type_error("expected str"))?;
    if let Some(i) = as_int(key) {
        let i = i.to_i64().ok_or_else(|| PyErr::index_error("cannot fit 'int' into an index-sized integer"))?;
        return str_index(d, i);
    }
    if let Some(sl) = as_slice(key) {
        let (start, _stop, step, n) = slice_indices(sl, d.char_len)?;
        if step == 1 {
            if n == d.char_len {
                return Ok(v.clone());
            }
            let piece = crate::text::index::char_range(&d.s, d.char_len, start as usize, start as usize + n);
            return Ok(if d.is_ascii() { new_str_ascii(piece) } else { new_str(piece) });
        }
        let out = crate::text::index::slice_str(&d.s, d.char_len, start, step, n);
        return Ok(if d.is_ascii() { new_str_ascii(&out) } else { new_str_owned(out.into()) });
    }
    Err(PyErr::type_error(format!("string indices must be integers, not '{}'", key.ty().body.name)))
}

fn str_contains(_vm: &mut Vm, v: &Value, item: &Value) -> PyResult<bool> {
    let s = as_str(v).unwrap_or("");
    match as_str(item) {
        Some(sub) => Ok(crate::text::search::contains(s, sub)),
        None => Err(PyErr::type_error(format!("'in <string>' requires string as left operand, not {}", item.ty().body.name))),
    }
}

fn str_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    let mut slots: [Option<&Value>; 3] = [None, None, None];
    if npos > 3 {
        return Err(PyErr::type_error(format!("str() takes at most 3 arguments ({} given)", args.len())));
    }
    for (slot, v) in slots.iter_mut().zip(&args[..npos]) {
        *slot = Some(v);
    }
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let key = as_str(k).unwrap_or("");
        let i = match key {
            "object" => 0,
            "encoding" => 1,
            "errors" => 2,
            _ => return Err(PyErr::type_error(format!("str() got an unexpected keyword argument '{key}'"))),
        };
        if slots[i].is_some() {
            return Err(PyErr::type_error(format!("argument for str() given by name ('{key}') and position ({})", i + 1)));
        }
        slots[i] = Some(v);
    }
    let [obj, encoding, errors] = slots;
    if encoding.is_none() && errors.is_none() {
        return match obj {
            None => Ok(new_str("")),
            Some(x) => crate::ops::str_(vm, x),
        };
    }
    let text_arg = |v: Option<&Value>, name: &str, default: &'static str| -> PyResult<String> {
        match v {
            None => Ok(default.to_owned()),
            Some(v) => as_str(v)
                .map(str::to_owned)
                .ok_or_else(|| PyErr::type_error(format!("str() argument '{name}' must be str, not {}", v.ty().body.name))),
        }
    };
    let encoding = text_arg(encoding, "encoding", "utf-8")?;
    let errors = text_arg(errors, "errors", "strict")?;
    let Some(obj) = obj else { return Ok(new_str("")) };
    let Some(bytes) = crate::builtins::bytes::byte_view(obj) else {
        if as_str(obj).is_some() {
            return Err(PyErr::type_error("decoding str is not supported"));
        }
        return Err(PyErr::type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            obj.ty().body.name
        )));
    };
    let bytes = bytes.to_vec();
    crate::builtins::bytes::decoded_to_value(crate::text::codecs::decode_with(&bytes, &encoding, &errors)?)
}

/// `len(s)` in code points as an int value.
pub fn str_len_value(v: &Value) -> Value {
    new_int(as_str_data(v).map_or(0, |d| d.char_len) as i64)
}
