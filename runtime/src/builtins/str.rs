//! `str`: immutable UTF-8 text with cached length in code points and a cached hash.
//!
//! Indexing is by code point. ASCII strings (the common case) index in O(1) by byte;
//! others walk the UTF-8 (a code-point index table is future work). The hash is a keyed
//! SipHash-1-3 whose key is random per process unless `PYTHONHASHSEED` is set, as in
//! CPython, and is cached in the object. Methods are in `str_methods.rs`.

use std::cell::Cell;
use std::sync::OnceLock;


use crate::builtins::int::{as_int, new_int};
use crate::builtins::singletons::py_bool;
use crate::builtins::slice::{as_slice, normalize_index, slice_indices};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{BinOp, CompareOp, Header, Kind, Obj, Slots, TypeData, TypeObject, Value};

/// The body of a str object.
///
/// The UTF-8 bytes follow the struct in the same allocation (one allocation per string,
/// 56 bytes of overhead: CPython's compact ASCII strings cost 40 plus the text).
#[repr(C)]
pub struct StrData {
    /// Length in bytes (strings are limited to 4 GiB; longer ones raise MemoryError).
    byte_len: u32,
    /// Length in code points.
    char_len_u32: u32,
    hash: Cell<i64>,
}

/// `STR_TYPE`'s destructor: the object and its text are one allocation.
unsafe fn str_dealloc(obj: *mut Header) {
    // SAFETY: str objects are allocated by `new_str_owned` with `str_layout(byte_len)`,
    // and no references remain.
    unsafe {
        let body = &(*(obj as *const Obj<StrData>)).body;
        let layout = str_layout(body.byte_len as usize);
        std::alloc::dealloc(obj as *mut u8, layout);
    }
}

fn str_layout(byte_len: usize) -> std::alloc::Layout {
    let size = std::mem::size_of::<Obj<StrData>>() + byte_len;
    std::alloc::Layout::from_size_align(size, std::mem::align_of::<Obj<StrData>>()).unwrap_or_else(|_| std::alloc::Layout::new::<Obj<StrData>>())
}

/// The built-in `str` type.
pub static STR_TYPE: TypeObject = Obj {
    header: Header::immortal(&crate::builtins::type_::TYPE_TYPE),
    body: TypeData {
        name: "str",
        kind: Kind::Str,
        base: Some(&crate::builtins::type_::OBJECT_TYPE),
        dealloc: str_dealloc,
        slots: STR_SLOTS,
        methods: crate::builtins::str_methods::STR_METHODS,
    },
};

const STR_SLOTS: Slots = Slots {
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
};

/// A new str object.
pub fn new_str(s: &str) -> Value {
    new_str_from(s)
}

/// A new str object from owned text (copied into the object's own allocation).
pub fn new_str_owned(s: Box<str>) -> Value {
    new_str_from(&s)
}

fn new_str_from(s: &str) -> Value {
    let char_len = if s.is_ascii() { s.len() } else { s.chars().count() };
    new_str_with_len(s, char_len)
}

/// A new str whose text the caller knows to be ASCII (no code-point count needed).
pub fn new_str_ascii(s: &str) -> Value {
    debug_assert!(s.is_ascii());
    new_str_with_len(s, s.len())
}

fn new_str_with_len(s: &str, char_len: usize) -> Value {
    new_str_parts(&[s], char_len)
}

/// A new str holding the concatenation of `parts` (whose code points total `char_len`,
/// bytes at most `u32::MAX`), written straight into the object's allocation.
pub fn new_str_from_parts(parts: &[&str], char_len: usize) -> Value {
    new_str_parts(parts, char_len)
}

fn new_str_parts(parts: &[&str], char_len: usize) -> Value {
    let byte_len: usize = parts.iter().map(|p| p.len()).sum();
    if byte_len > u32::MAX as usize {
        // Text this large cannot be represented; allocation would fail anyway.
        std::alloc::handle_alloc_error(str_layout(byte_len));
    }
    let layout = str_layout(byte_len);
    // SAFETY: the layout has non-zero size; every field of the object is written before
    // the pointer escapes, and the parts are copied, in order, into the `byte_len` bytes
    // after the struct.
    unsafe {
        let p = std::alloc::alloc(layout) as *mut Obj<StrData>;
        if p.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        std::ptr::write(
            p,
            Obj {
                header: Header::new_owned(&STR_TYPE, crate::thread::brc::current_tid()),
                body: StrData { byte_len: byte_len as u32, char_len_u32: char_len as u32, hash: Cell::new(-1) },
            },
        );
        let mut text = (p as *mut u8).add(std::mem::size_of::<Obj<StrData>>());
        for part in parts {
            std::ptr::copy_nonoverlapping(part.as_ptr(), text, part.len());
            text = text.add(part.len());
        }
        Value::from_owned_ptr(p as *const Header)
    }
}

/// `a + b` for two strs: one allocation, no code-point recount; an empty operand returns
/// the other object itself.
pub fn str_concat(a: &Value, x: &StrData, b: &Value, y: &StrData) -> PyResult<Value> {
    if y.byte_len == 0 {
        return Ok(a.clone());
    }
    if x.byte_len == 0 {
        return Ok(b.clone());
    }
    if x.byte_len as usize + y.byte_len as usize > u32::MAX as usize {
        return Err(PyErr::bare(&crate::builtins::exceptions::MEMORY_ERROR));
    }
    Ok(new_str_parts(&[x.as_str(), y.as_str()], x.char_len() + y.char_len()))
}

/// An interned str: one immortal object per distinct text, shared by every code object
/// (identifiers, attribute names). Global-variable caches compare keys by identity
/// first, so interning makes a cache hit a pointer compare.
pub fn intern(s: &str) -> Value {
    use std::collections::HashMap;
    use std::sync::Mutex;
    static TABLE: OnceLock<Mutex<HashMap<Box<str>, usize>>> = OnceLock::new();
    let mut table = TABLE.get_or_init(Default::default).lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(&raw) = table.get(s) {
        // SAFETY: interned strings are immortal and never freed.
        return unsafe { Value::from_raw(raw) };
    }
    let v = new_str(s);
    if let Some(h) = v.header() {
        h.make_immortal();
    }
    let raw = v.into_raw();
    table.insert(s.into(), raw);
    // SAFETY: immortal, so this copy needs no reference of its own.
    unsafe { Value::from_raw(raw) }
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
    as_str_data(v).map(StrData::as_str)
}

impl StrData {
    /// Length in code points.
    #[inline(always)]
    pub fn char_len(&self) -> usize {
        self.char_len_u32 as usize
    }

    /// The text.
    #[inline(always)]
    pub fn as_str(&self) -> &str {
        // SAFETY: the bytes after the struct are the UTF-8 text written by `new_str_from`
        // (the body is always inside an `Obj` allocated there), `byte_len` long.
        unsafe {
            let obj = (self as *const StrData as *const u8).sub(std::mem::offset_of!(Obj<StrData>, body));
            let text = obj.add(std::mem::size_of::<Obj<StrData>>());
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(text, self.byte_len as usize))
        }
    }

    /// True when every character is ASCII (byte index == char index).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len_u32 == self.byte_len
    }
    /// The character at code-point index `i` (in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            char::from(self.as_str().as_bytes()[i])
        } else {
            self.as_str().chars().nth(i).unwrap_or('\0')
        }
    }
    /// Byte offset of code-point index `i` (may equal the length).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.as_str().char_indices().nth(i).map_or(self.byte_len as usize, |(b, _)| b)
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
    let h = hash_bytes(d.as_str().as_bytes());
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
            let Some(x) = as_str_data(a) else { return Ok(None) };
            let Some(y) = as_str_data(b) else {
                return Err(PyErr::type_error(format!("can only concatenate str (not \"{}\") to str", b.ty().body.name)));
            };
            str_concat(a, x, b, y).map(Some)
        }
        BinOp::Mul => {
            let (s, n) = match (as_str(a), as_str(b)) {
                (Some(s), None) => (s, b),
                (None, Some(s)) => (s, a),
                (Some(_), Some(_)) => {
                    return Err(PyErr::type_error("can't multiply sequence by non-int of type 'str'"))
                }
                _ => return Ok(None),
            };
            match crate::builtins::tuple::repeat_count(n)? {
                Some(k) => {
                    let total = s.len().checked_mul(k).filter(|&t| t <= isize::MAX as usize);
                    let Some(total) = total else {
                        return Err(PyErr::overflow_error("repeated string is too long"));
                    };
                    if total > u32::MAX as usize {
                        return Err(PyErr::bare(&crate::builtins::exceptions::MEMORY_ERROR));
                    }
                    Ok(Some(new_str_owned(s.repeat(k).into())))
                }
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
    Ok(as_str_data(v).map_or(0, |d| d.char_len()))
}

/// `s[i]` as a one-character str.
pub fn str_index(v: &Value, d: &StrData, i: i64) -> PyResult<Value> {
    let Some(j) = normalize_index(i, d.char_len()) else {
        return Err(PyErr::index_error("string index out of range"));
    };
    Ok(crate::builtins::str_methods_case::char_str(crate::builtins::str_index_cache::char_at(v, d, j)))
}

fn str_getitem(_vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let d = as_str_data(v).ok_or_else(|| PyErr::type_error("expected str"))?;
    if let Some(i) = as_int(key) {
        let i = i.to_i64().ok_or_else(|| PyErr::index_error("cannot fit 'int' into an index-sized integer"))?;
        return str_index(v, d, i);
    }
    if let Some(sl) = as_slice(key) {
        let (start, _stop, step, n) = slice_indices(sl, d.char_len())?;
        if step == 1 {
            if n == d.char_len() {
                return Ok(v.clone());
            }
            let from = crate::builtins::str_index_cache::byte_offset(v, d, start as usize);
            let to = crate::builtins::str_index_cache::byte_offset(v, d, start as usize + n);
            let piece = &d.as_str()[from..to];
            return Ok(if d.is_ascii() { new_str_ascii(piece) } else { new_str(piece) });
        }
        let out = crate::text::index::slice_str(d.as_str(), d.char_len(), start, step, n);
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
    let mut object = args.first().filter(|_| npos > 0);
    let mut encoding = args.get(1).filter(|_| npos > 1);
    let mut errors = args.get(2).filter(|_| npos > 2);
    if npos > 3 {
        return Err(PyErr::type_error(format!("str expected at most 3 arguments, got {npos}")));
    }
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        match as_str(k) {
            Some("object") => object = Some(v),
            Some("encoding") => encoding = Some(v),
            Some("errors") => errors = Some(v),
            _ => return Err(PyErr::type_error(format!("str() got an unexpected keyword argument '{}'", as_str(k).unwrap_or("?")))),
        }
    }
    let Some(x) = object else { return Ok(new_str("")) };
    if encoding.is_none() && errors.is_none() {
        return crate::ops::str_(vm, x);
    }
    let text_arg = |v: Option<&Value>, name: &str, default: &'static str| -> PyResult<String> {
        match v {
            None => Ok(default.to_owned()),
            Some(v) => as_str(v)
                .map(str::to_owned)
                .ok_or_else(|| PyErr::type_error(format!("str() argument '{name}' must be str, not {}", v.ty().body.name))),
        }
    };
    let enc = text_arg(encoding, "encoding", "utf-8")?;
    let errs = text_arg(errors, "errors", "strict")?;
    let Some(b) = crate::builtins::bytes::as_bytes(x) else {
        if as_str(x).is_some() {
            return Err(PyErr::type_error("decoding str is not supported"));
        }
        return Err(PyErr::type_error(format!("decoding to str: need a bytes-like object, {} found", x.ty().body.name)));
    };
    let b = b.to_vec();
    crate::builtins::bytes::decoded_to_value(crate::text::codecs::decode_with(&b, &enc, &errs)?)
}

/// `len(s)` in code points as an int value.
pub fn str_len_value(v: &Value) -> Value {
    new_int(as_str_data(v).map_or(0, |d| d.char_len()) as i64)
}
