//! `bytearray`: the mutable byte string. Shares the read-only protocol and methods with
//! `bytes` (see `bytes.rs`, `bytes_methods.rs`); this file adds the mutation: item and
//! slice assignment, deletion, `+=`, and the list-like methods.
//!
//! The buffer sits in a `Locked`, read and written unlocked like list storage (see
//! `object/sync.rs`); never hold a borrow of it across
//! a call that can run Python code (arguments are converted to bytes before mutating).


use crate::builtin_type;
use crate::builtins::bytes::{
    byte_value, bytes_like_binop, bytes_like_compare, bytes_like_contains, bytes_like_getitem,
    bytes_like_iter, bytes_like_len, bytes_like_truth, as_bytes, construct_bytes, constructor_args,
};
use crate::builtins::int::{as_int, new_int};
use crate::builtins::method_args::{bind, int_arg, Style};
use crate::builtins::singletons::none;
use crate::builtins::slice::{as_slice, normalize_index, slice_indices};
use crate::builtins::str::{as_str, new_str};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{Kind, Locked, Slots, TypeObject, Value};

/// The body of a bytearray object.
pub struct ByteArrayData {
    buf: Locked<Vec<u8>>,
}

impl ByteArrayData {
    /// The contents (see the module docs about borrows).
    pub fn bytes(&self) -> &Vec<u8> {
        // SAFETY: one thread runs Python code; callers do not keep the borrow across calls
        // that can mutate the buffer.
        unsafe { self.buf.read_unlocked() }
    }
    /// The contents, mutably.
    #[allow(clippy::mut_from_ref)]
    pub fn bytes_mut(&self) -> &mut Vec<u8> {
        // SAFETY: as for `bytes`; mutation happens only inside bytearray's own methods,
        // which take no other borrow while they hold this one.
        unsafe { self.buf.write_unlocked() }
    }
}

builtin_type!(
    BYTEARRAY_TYPE,
    "bytearray",
    Kind::ByteArray,
    ByteArrayData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(bytearray_repr),
        compare: Some(bytes_like_compare),
        binop: Some(bytes_like_binop),
        truth: Some(bytes_like_truth),
        len: Some(bytes_like_len),
        getitem: Some(bytearray_getitem),
        setitem: Some(bytearray_setitem),
        delitem: Some(bytearray_delitem),
        contains: Some(bytes_like_contains),
        iter: Some(bytes_like_iter),
        new: Some(bytearray_new),
        ..Slots::EMPTY
    },
    crate::builtins::bytes_methods::BYTEARRAY_METHODS
);

/// A new bytearray.
pub fn new_bytearray(b: Vec<u8>) -> Value {
    crate::object::alloc(&BYTEARRAY_TYPE, ByteArrayData { buf: Locked::new(b) })
}

/// The bytearray body, if `v` is one.
#[inline]
pub fn as_bytearray(v: &Value) -> Option<&ByteArrayData> {
    if !v.is_small_int() && v.ty().body.kind == Kind::ByteArray {
        // SAFETY: Kind::ByteArray objects are Obj<ByteArrayData>.
        Some(unsafe { v.body_unchecked::<ByteArrayData>() })
    } else {
        None
    }
}

fn this(args: &[Value]) -> PyResult<&ByteArrayData> {
    as_bytearray(&args[0]).ok_or_else(|| PyErr::type_error("descriptor requires a 'bytearray' object"))
}

fn bytearray_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = as_bytes(v).unwrap_or(&[]);
    Ok(new_str(&crate::text::repr::bytearray_repr(v.ty().body.name, b)))
}

fn bytearray_getitem(_vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    bytes_like_getitem(v, key)
}

fn bytearray_setitem(vm: &mut Vm, v: &Value, key: &Value, value: Value) -> PyResult<()> {
    let d = as_bytearray(v).ok_or_else(|| PyErr::type_error("expected bytearray"))?;
    if let Some(i) = as_int(key) {
        let byte = byte_value(&value)?;
        let i = crate::builtins::slice::index_to_i64(&i)?;
        let buf = d.bytes_mut();
        return match normalize_index(i, buf.len()) {
            Some(j) => {
                buf[j] = byte;
                Ok(())
            }
            None => Err(PyErr::index_error("bytearray index out of range")),
        };
    }
    if let Some(sl) = as_slice(key) {
        let new = if let Some(b) = as_bytes(&value) {
            b.to_vec()
        } else if as_int(&value).is_some() {
            return Err(PyErr::type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
        } else {
            let items = crate::ops::collect_iterable(vm, &value).map_err(|_| {
                PyErr::type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
            })?;
            items.iter().map(byte_value).collect::<PyResult<Vec<u8>>>()?
        };
        let buf = d.bytes_mut();
        let (start, stop, step, n) = slice_indices(sl, buf.len())?;
        if step == 1 {
            let stop = stop.max(start);
            buf.splice(start as usize..stop as usize, new);
            return Ok(());
        }
        if new.len() != n {
            return Err(PyErr::value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {n}",
                new.len()
            )));
        }
        for (k, byte) in new.into_iter().enumerate() {
            buf[(start + k as i64 * step) as usize] = byte;
        }
        return Ok(());
    }
    Err(PyErr::type_error(format!("bytearray indices must be integers or slices, not {}", key.ty().body.name)))
}

fn bytearray_delitem(_vm: &mut Vm, v: &Value, key: &Value) -> PyResult<()> {
    let d = as_bytearray(v).ok_or_else(|| PyErr::type_error("expected bytearray"))?;
    let buf = d.bytes_mut();
    if let Some(i) = as_int(key) {
        let i = crate::builtins::slice::index_to_i64(&i)?;
        return match normalize_index(i, buf.len()) {
            Some(j) => {
                buf.remove(j);
                Ok(())
            }
            None => Err(PyErr::index_error("bytearray index out of range")),
        };
    }
    if let Some(sl) = as_slice(key) {
        let (start, stop, step, n) = slice_indices(sl, buf.len())?;
        if step == 1 {
            buf.drain(start as usize..stop.max(start) as usize);
            return Ok(());
        }
        let mut doomed: Vec<usize> = (0..n as i64).map(|k| (start + k * step) as usize).collect();
        doomed.sort_unstable();
        let mut next = 0;
        let mut index = 0;
        buf.retain(|_| {
            let keep = doomed.get(next) != Some(&index);
            if !keep {
                next += 1;
            }
            index += 1;
            keep
        });
        return Ok(());
    }
    Err(PyErr::type_error(format!("bytearray indices must be integers or slices, not {}", key.ty().body.name)))
}

fn bytearray_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [source, encoding, errors] = constructor_args("bytearray", args, kwnames)?;
    let b = construct_bytes(vm, "bytearray", source, encoding, errors)?;
    Ok(new_bytearray(b))
}

/// `a += b` for a bytearray `a` (extends in place); `None` when `a` is not a bytearray.
pub fn bytearray_inplace_add(a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let Some(d) = as_bytearray(a) else { return Ok(None) };
    let Some(extra) = as_bytes(b).map(<[u8]>::to_vec) else {
        return Err(PyErr::type_error(format!("can't concat {} to bytearray", b.ty().body.name)));
    };
    d.bytes_mut().extend_from_slice(&extra);
    Ok(Some(a.clone()))
}

/// `bytearray.append(item)`.
pub fn ba_append(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("append", args, kw, &["item"], 1, false, Style::Clinic)?;
    let byte = byte_value(a[0].unwrap_or(&args[0]))?;
    this(args)?.bytes_mut().push(byte);
    Ok(none())
}

/// `bytearray.extend(iterable_of_ints)`.
pub fn ba_extend(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("extend", args, kw, &["iterable_of_ints"], 1, false, Style::Clinic)?;
    let src = a[0].unwrap_or(&args[0]);
    let extra = if let Some(b) = as_bytes(src) {
        b.to_vec()
    } else if as_str(src).is_some() {
        return Err(PyErr::type_error("expected iterable of integers; got: 'str'"));
    } else {
        let items = crate::ops::collect_iterable(vm, src).map_err(|e| {
            if e.matches(&crate::builtins::exceptions::TYPE_ERROR) {
                PyErr::type_error(format!("can't extend bytearray with {}", src.ty().body.name))
            } else {
                e
            }
        })?;
        items.iter().map(byte_value).collect::<PyResult<Vec<u8>>>()?
    };
    this(args)?.bytes_mut().extend_from_slice(&extra);
    Ok(none())
}

/// `bytearray.pop(index=-1)`.
pub fn ba_pop(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("pop", args, kw, &["index"], 0, false, Style::Clinic)?;
    let i = match a[0] {
        Some(v) => int_arg(v)?,
        None => -1,
    };
    let buf = this(args)?.bytes_mut();
    if buf.is_empty() {
        return Err(PyErr::index_error("pop from empty bytearray"));
    }
    match normalize_index(i, buf.len()) {
        Some(j) => Ok(new_int(i64::from(buf.remove(j)))),
        None => Err(PyErr::index_error("pop index out of range")),
    }
}

/// `bytearray.insert(index, item)`.
pub fn ba_insert(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if kw.is_empty() && args.len() != 3 {
        return Err(PyErr::type_error(format!("insert expected 2 arguments, got {}", args.len() - 1)));
    }
    let a = bind("insert", args, kw, &["index", "item"], 2, false, Style::Clinic)?;
    let i = int_arg(a[0].unwrap_or(&args[0]))?;
    let byte = byte_value(a[1].unwrap_or(&args[0]))?;
    let buf = this(args)?.bytes_mut();
    let len = buf.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    buf.insert(at as usize, byte);
    Ok(none())
}

/// `bytearray.remove(value)`.
pub fn ba_remove(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("remove", args, kw, &["value"], 1, false, Style::Clinic)?;
    let byte = byte_value(a[0].unwrap_or(&args[0]))?;
    let buf = this(args)?.bytes_mut();
    match buf.iter().position(|&b| b == byte) {
        Some(j) => {
            buf.remove(j);
            Ok(none())
        }
        None => Err(PyErr::value_error("value not found in bytearray")),
    }
}

/// `bytearray.reverse()`.
pub fn ba_reverse(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    bind("reverse", args, kw, &[], 0, false, Style::Clinic)?;
    this(args)?.bytes_mut().reverse();
    Ok(none())
}

/// `bytearray.clear()`.
pub fn ba_clear(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    bind("clear", args, kw, &[], 0, false, Style::Clinic)?;
    this(args)?.bytes_mut().clear();
    Ok(none())
}

/// `bytearray.copy()`.
pub fn ba_copy(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    bind("copy", args, kw, &[], 0, false, Style::Clinic)?;
    Ok(new_bytearray(this(args)?.bytes().clone()))
}


/// `bytearray.__setitem__(key, value)`.
pub fn ba_dunder_setitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("__setitem__", args, kw, &["key", "value"], 2, false, Style::Expected)?;
    let (key, value) = (a[0].unwrap_or(&args[0]).clone(), a[1].unwrap_or(&args[0]).clone());
    bytearray_setitem(vm, &args[0], &key, value)?;
    Ok(none())
}

/// `bytearray.__delitem__(key)`.
pub fn ba_dunder_delitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("__delitem__", args, kw, &["key"], 1, false, Style::Clinic)?;
    let key = a[0].unwrap_or(&args[0]).clone();
    bytearray_delitem(vm, &args[0], &key)?;
    Ok(none())
}
