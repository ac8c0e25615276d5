//! `bytes`: immutable byte strings with a cached hash (CPython's: the same keyed hash as
//! `str`, so `hash(b'ab')` and `hash('ab')` agree on ASCII).
//!
//! The sequence protocol (indexing gives ints, slicing gives bytes), comparisons,
//! concatenation and repetition live here; the methods shared with `bytearray` are in
//! `bytes_methods.rs`, which works on a borrowed `&[u8]` view of either type and builds
//! its result with the receiver's type.

use std::sync::atomic::{AtomicI64, Ordering};

use crate::builtin_type;
use crate::builtins::bytearray::{as_bytearray, new_bytearray};
use crate::builtins::int::{as_int, new_int, IntRef};
use crate::builtins::singletons::py_bool;
use crate::builtins::slice::{as_slice, normalize_index, slice_indices};
use crate::builtins::str::{as_str, new_str, new_str_owned};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{BinOp, CompareOp, Kind, Slots, TypeObject, Value};

/// The body of a bytes object.
pub struct BytesData {
    /// The bytes.
    pub b: Box<[u8]>,
    /// The hash, -1 until computed (relaxed atomic, as for str).
    hash: AtomicI64,
}

builtin_type!(
    BYTES_TYPE,
    "bytes",
    Kind::Bytes,
    BytesData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(bytes_repr_slot),
        hash: Some(bytes_hash_slot),
        compare: Some(bytes_like_compare),
        binop: Some(bytes_like_binop),
        truth: Some(bytes_like_truth),
        len: Some(bytes_like_len),
        getitem: Some(bytes_getitem),
        contains: Some(bytes_like_contains),
        iter: Some(bytes_like_iter),
        new: Some(bytes_new),
        ..Slots::EMPTY
    },
    crate::builtins::bytes_methods::BYTES_METHODS
);

/// A new bytes object.
pub fn new_bytes(b: Vec<u8>) -> Value {
    crate::object::alloc(&BYTES_TYPE, BytesData::new(b))
}

impl BytesData {
    /// The body of a bytes object holding `b`.
    pub fn new(b: Vec<u8>) -> BytesData {
        BytesData { b: b.into_boxed_slice(), hash: AtomicI64::new(-1) }
    }
}

/// The bytes, if `v` is a bytes object.
#[inline]
pub fn as_bytes_object(v: &Value) -> Option<&[u8]> {
    if !v.is_small_int() && (v.ty().body.kind == Kind::Bytes || v.ty().body.state.solid_kind() == Some(Kind::Bytes)) {
        // SAFETY: Kind::Bytes objects and bytes subclass instances are Obj<BytesData>.
        Some(unsafe { &v.body_unchecked::<BytesData>().b })
    } else {
        None
    }
}

/// A view of a bytes or bytearray object's contents. For a bytearray the view is valid
/// only until Python code runs again (it may resize the buffer): copy before calling out.
#[inline]
pub fn as_bytes(v: &Value) -> Option<&[u8]> {
    as_bytes_object(v).or_else(|| as_bytearray(v).map(|d| d.bytes().as_slice()))
}

/// The text `int(x)` / `float(x)` parse and how their errors show `x`: a str as itself, bytes and
/// bytearray as their Latin-1 text (non-ASCII bytes then fail to parse, as in CPython)
/// shown with the bytes repr (`invalid literal for int() with base 10: b'x'`).
pub fn int_source_text(x: &Value) -> Option<(String, String)> {
    if let Some(d) = crate::builtins::str::as_str_data(x) {
        return Some((d.as_str().to_owned(), crate::builtins::str::repr_str_data(d)));
    }
    let b = as_bytes(x)?;
    let shown = crate::text::repr::bytes_repr(b);
    Some((b.iter().map(|&c| char::from(c)).collect(), shown))
}

/// A bytes-like argument, copied, with CPython's message for anything else.
pub fn bytes_like_arg(v: &Value) -> PyResult<Vec<u8>> {
    as_bytes(v)
        .map(<[u8]>::to_vec)
        .ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", v.ty().body.name)))
}

/// The value of a decoding result: a str (holding lone surrogates when an error handler
/// such as `surrogateescape` made them).
pub fn decoded_to_value(d: crate::text::codecs::Decoded) -> PyResult<Value> {
    match d {
        crate::text::codecs::Decoded::Str(s) => Ok(new_str_owned(s.into())),
        crate::text::codecs::Decoded::CodePoints(cps) => Ok(crate::builtins::str::new_str_code_points(&cps)),
    }
}

/// A result of the receiver's type: bytes for bytes, bytearray for bytearray.
pub fn same_kind(receiver: &Value, b: Vec<u8>) -> Value {
    if as_bytearray(receiver).is_some() {
        new_bytearray(b)
    } else {
        new_bytes(b)
    }
}

fn bytes_repr_slot(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_str(&crate::text::repr::bytes_repr(as_bytes_object(v).unwrap_or(&[]))))
}

fn bytes_hash_slot(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if as_bytes_object(v).is_none() {
        return Ok(0);
    }
    // SAFETY: checked above: bytes objects and bytes subclass instances are Obj<BytesData>.
    let d = unsafe { v.body_unchecked::<BytesData>() };
    let h = d.hash.load(Ordering::Relaxed);
    if h != -1 {
        return Ok(h);
    }
    let h = crate::builtins::str::hash_bytes(&d.b);
    d.hash.store(h, Ordering::Relaxed);
    Ok(h)
}

/// Comparisons between any two of bytes/bytearray (lexicographic by byte).
pub fn bytes_like_compare(_vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    match (as_bytes(a), as_bytes(b)) {
        (Some(x), Some(y)) => Ok(Some(py_bool(op.test(x.cmp(y))))),
        _ => Ok(None),
    }
}

/// `+`, `*` and `%` for bytes and bytearray.
pub fn bytes_like_binop(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match op {
        BinOp::Mod => {
            let Some(template) = as_bytes(a).map(<[u8]>::to_vec) else { return Ok(None) };
            let out = crate::builtins::str_format::bytes_percent_format(vm, &template, b)?;
            Ok(Some(same_kind(a, out)))
        }
        _ => bytes_like_binop_values(op, a, b),
    }
}

/// `+` and `*` of bytes and bytearray without the interpreter (the compiler folds
/// constants with it); `%` (formatting) is [`bytes_like_binop`]'s alone.
pub fn bytes_like_binop_values(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match op {
        BinOp::Add => {
            let Some(x) = as_bytes(a) else { return Ok(None) };
            let Some(y) = as_bytes(b) else {
                return Err(PyErr::type_error(format!("can't concat {} to {}", b.ty().body.name, a.ty().body.name)));
            };
            let mut out = Vec::with_capacity(x.len() + y.len());
            out.extend_from_slice(x);
            out.extend_from_slice(y);
            Ok(Some(same_kind(a, out)))
        }
        BinOp::Mul => {
            let (seq, n) = match (as_bytes(a), as_bytes(b)) {
                (Some(_), None) => (a, b),
                (None, Some(_)) => (b, a),
                _ => return Ok(None),
            };
            let count = match as_int(n) {
                Some(k) => k.to_i64().ok_or_else(|| PyErr::overflow_error("cannot fit 'int' into an index-sized integer"))?,
                None => {
                    return Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", n.ty().body.name)))
                }
            };
            let out = crate::text::pad::repeat_bytes(as_bytes(seq).unwrap_or(&[]), count)?;
            Ok(Some(same_kind(seq, out)))
        }
        _ => Ok(None),
    }
}

/// `bool(b)`.
pub fn bytes_like_truth(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(as_bytes(v).is_some_and(|b| !b.is_empty()))
}

/// `len(b)`.
pub fn bytes_like_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(as_bytes(v).map_or(0, <[u8]>::len))
}

/// `b[i]` (an int) or `b[a:b:c]` (same type as `b`).
pub fn bytes_like_getitem(v: &Value, key: &Value) -> PyResult<Value> {
    let bytearray = as_bytearray(v).is_some();
    let b = as_bytes(v).unwrap_or(&[]);
    if let Some(i) = as_int(key) {
        let i = crate::builtins::slice::index_to_i64(&i)?;
        return match normalize_index(i, b.len()) {
            Some(j) => Ok(new_int(i64::from(b[j]))),
            None => Err(PyErr::index_error(if bytearray { "bytearray index out of range" } else { "index out of range" })),
        };
    }
    if let Some(sl) = as_slice(key) {
        let (start, _stop, step, n) = slice_indices(sl, b.len())?;
        let out: Vec<u8> = if step == 1 {
            b[start as usize..start as usize + n].to_vec()
        } else {
            (0..n as i64).map(|k| b[(start + k * step) as usize]).collect()
        };
        return Ok(same_kind(v, out));
    }
    Err(PyErr::type_error(format!(
        "{} indices must be integers or slices, not {}",
        if bytearray { "bytearray" } else { "byte" },
        key.ty().body.name
    )))
}

fn bytes_getitem(_vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    if let (Some(b), Some(IntRef::Small(i))) = (as_bytes_object(v), as_int(key)) {
        if let Some(j) = normalize_index(i, b.len()) {
            return Ok(new_int(i64::from(b[j])));
        }
    }
    bytes_like_getitem(v, key)
}

/// `x in b`: an int byte value or a bytes-like subsequence.
pub fn bytes_like_contains(_vm: &mut Vm, v: &Value, item: &Value) -> PyResult<bool> {
    let hay = as_bytes(v).unwrap_or(&[]);
    if let Some(i) = as_int(item) {
        let byte = crate::text::search::byte_needle(i.to_i64().unwrap_or(-1))?;
        return Ok(hay.contains(&byte));
    }
    match as_bytes(item) {
        Some(needle) => Ok(crate::text::search::find_bytes(hay, needle, None, None).is_some()),
        None => Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", item.ty().body.name))),
    }
}

/// The iterator over a bytes or bytearray (yields ints; sees bytearray mutation).
pub struct BytesIterData {
    /// The bytes or bytearray walked.
    pub seq: Value,
    /// Index of the next byte.
    pub pos: crate::object::WordUsize,
}

builtin_type!(
    BYTES_ITER_TYPE,
    "bytes_iterator",
    Kind::Object,
    BytesIterData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        iter: Some(bytes_iter_self),
        next: Some(bytes_iter_next),
        hash: Some(crate::builtins::type_::identity_hash),
        ..Slots::EMPTY
    },
    &[]
);

fn bytes_iter_self(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn bytes_iter_next(_vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    if v.is_small_int() || !std::ptr::eq(v.ty(), &BYTES_ITER_TYPE) {
        return Err(PyErr::type_error("expected bytes_iterator"));
    }
    // SAFETY: objects of BYTES_ITER_TYPE are Obj<BytesIterData>.
    let it = unsafe { v.body_unchecked::<BytesIterData>() };
    let pos = it.pos.get();
    match as_bytes(&it.seq).and_then(|b| b.get(pos).copied()) {
        Some(byte) => {
            it.pos.set(pos + 1);
            Ok(Some(new_int(i64::from(byte))))
        }
        None => Ok(None),
    }
}

/// `iter(b)`.
pub fn bytes_like_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(crate::object::alloc(&BYTES_ITER_TYPE, BytesIterData { seq: v.clone(), pos: crate::object::WordUsize::new(0) }))
}

/// The bytes a `bytes(x)` / `bytearray(x)` constructor makes from its arguments.
pub fn construct_bytes(
    vm: &mut Vm,
    type_name: &str,
    source: Option<&Value>,
    encoding: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<Vec<u8>> {
    let text_arg = |v: &Value, name: &str| -> PyResult<String> {
        as_str(v)
            .map(str::to_owned)
            .ok_or_else(|| PyErr::type_error(format!("{type_name}() argument '{name}' must be str, not {}", crate::builtins::method_args::arg_type_name(v))))
    };
    let Some(source) = source else {
        if encoding.is_some() {
            return Err(PyErr::type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(PyErr::type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = as_str(source) {
        let Some(enc) = encoding else {
            return Err(PyErr::type_error("string argument without an encoding"));
        };
        let enc = text_arg(enc, "encoding")?;
        let err = match errors {
            Some(e) => text_arg(e, "errors")?,
            None => "strict".to_owned(),
        };
        if let Some(d) = crate::builtins::str::as_str_data(source).filter(|d| d.has_surrogates()) {
            let cps: Vec<u32> = d.code_points().collect();
            return Ok(crate::text::codecs::encode_code_points_with(&cps, &enc, &err)?);
        }
        return Ok(crate::text::codecs::encode_with(s, &enc, &err)?);
    }
    if encoding.is_some() {
        return Err(PyErr::type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(PyErr::type_error("errors without a string argument"));
    }
    if let Some(b) = as_bytes(source) {
        return Ok(b.to_vec());
    }
    if let Some(i) = as_int(source) {
        let n = i.to_i64().ok_or_else(|| PyErr::overflow_error("cannot fit 'int' into an index-sized integer"))?;
        if n < 0 {
            return Err(PyErr::value_error("negative count"));
        }
        if type_name == "bytes" {
            bytes_size_check(n as u64)?;
        }
        let n = usize::try_from(n).map_err(|_| PyErr::bare(&crate::builtins::exceptions::MEMORY_ERROR))?;
        let mut v = crate::alloc_tuning::try_vec(n).ok_or_else(|| PyErr::bare(&crate::builtins::exceptions::MEMORY_ERROR))?;
        v.resize(n, 0);
        return Ok(v);
    }
    if type_name == "bytearray" {
        // CPython's bytearray appends item by item (no preallocation from the length
        // hint), so `bytearray(range(10**12))` fails at 256, not with MemoryError.
        let it = match crate::ops::iter(vm, source) {
            Ok(it) => it,
            Err(e) if e.matches(&crate::builtins::exceptions::TYPE_ERROR) => {
                return Err(PyErr::type_error(format!("cannot convert '{}' object to {type_name}", source.ty().body.name)))
            }
            Err(e) => return Err(e),
        };
        let mut out = Vec::new();
        while let Some(x) = crate::ops::next(vm, &it)? {
            out.push(byte_value(&x)?);
        }
        return Ok(out);
    }
    let items = match crate::ops::collect_iterable(vm, source) {
        Ok(items) => items,
        Err(e) if e.matches(&crate::builtins::exceptions::TYPE_ERROR) => {
            return Err(PyErr::type_error(format!("cannot convert '{}' object to {type_name}", source.ty().body.name)))
        }
        Err(e) => return Err(e),
    };
    items
        .iter()
        .map(|v| match byte_value(v) {
            Err(e) if e.matches(&crate::builtins::exceptions::VALUE_ERROR) => {
                Err(PyErr::value_error("bytes must be in range(0, 256)"))
            }
            other => other,
        })
        .collect()
}

/// CPython's limit on one bytes object: its size plus the object header must fit an
/// `isize` (`OverflowError: byte string is too large`); smaller impossible sizes are a
/// MemoryError, raised by the allocation itself.
pub fn bytes_size_check(n: u64) -> PyResult<()> {
    const HEADER: u64 = 33;
    if n > i64::MAX as u64 - HEADER {
        return Err(PyErr::overflow_error("byte string is too large"));
    }
    Ok(())
}

/// One int in `range(256)` (bytes items, `bytearray.append`, `b[i] = x`).
pub fn byte_value(v: &Value) -> PyResult<u8> {
    match as_int(v) {
        Some(i) => i
            .to_i64()
            .and_then(|x| u8::try_from(x).ok())
            .ok_or_else(|| PyErr::value_error("byte must be in range(0, 256)")),
        None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().body.name))),
    }
}

/// Binds `(source, encoding, errors)` of the bytes/bytearray constructors.
pub fn constructor_args<'a>(type_name: &str, args: &'a [Value], kwnames: &[Value]) -> PyResult<[Option<&'a Value>; 3]> {
    let npos = args.len() - kwnames.len();
    if npos > 3 {
        return Err(PyErr::type_error(format!("{type_name}() takes at most 3 arguments ({} given)", args.len())));
    }
    let mut slots: [Option<&Value>; 3] = [None, None, None];
    for (slot, v) in slots.iter_mut().zip(&args[..npos]) {
        *slot = Some(v);
    }
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let key = as_str(k).unwrap_or("");
        let i = match key {
            "source" => 0,
            "encoding" => 1,
            "errors" => 2,
            _ => return Err(PyErr::type_error(format!("{type_name}() got an unexpected keyword argument '{key}'"))),
        };
        if slots[i].is_some() {
            return Err(PyErr::type_error(format!(
                "argument for {type_name}() given by name ('{key}') and position ({})",
                i + 1
            )));
        }
        slots[i] = Some(v);
    }
    Ok(slots)
}

fn bytes_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [source, encoding, errors] = constructor_args("bytes", args, kwnames)?;
    if let (Some(s), None, None) = (source, encoding, errors) {
        if s.ty().body.kind == Kind::Bytes {
            return Ok(s.clone());
        }
    }
    let b = construct_bytes(vm, "bytes", source, encoding, errors)?;
    Ok(new_bytes(b))
}
