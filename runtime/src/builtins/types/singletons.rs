//! The immortal singletons: `None`, `NotImplemented`, `Ellipsis`, `True`, `False`.
//!
//! They are statics, so creating one is a pointer load and refcounting them is a no-op.
//! `bool` derives from `int`: arithmetic treats `True`/`False` as 1/0 (see `ops`).

use crate::builtin_type;
use crate::builtins::str::new_str;
use crate::builtins::type_::identity_hash;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::header::Header;
use crate::object::{Kind, Obj, Slots, TypeObject, Value};

builtin_type!(NONE_TYPE, "NoneType", Kind::None, (), Some(&crate::builtins::type_::OBJECT_TYPE), Slots { repr: Some(none_repr), hash: Some(identity_hash), truth: Some(always_false), new: Some(none_new), ..Slots::EMPTY }, &[]);
builtin_type!(NOT_IMPLEMENTED_TYPE, "NotImplementedType", Kind::NotImplemented, (), Some(&crate::builtins::type_::OBJECT_TYPE), Slots { repr: Some(not_implemented_repr), hash: Some(identity_hash), ..Slots::EMPTY }, &[]);
builtin_type!(ELLIPSIS_TYPE, "ellipsis", Kind::Ellipsis, (), Some(&crate::builtins::type_::OBJECT_TYPE), Slots { repr: Some(ellipsis_repr), hash: Some(identity_hash), ..Slots::EMPTY }, &[]);
builtin_type!(BOOL_TYPE, "bool", Kind::Bool, bool, Some(&crate::builtins::int::INT_TYPE), Slots { repr: Some(bool_repr), new: Some(bool_new), truth: Some(bool_truth), binop: Some(bool_binop), ..Slots::EMPTY }, &[]);

/// `&`, `|`, `^` of two bools stay bools; everything else is int arithmetic.
fn bool_binop(vm: &mut Vm, op: crate::object::BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    use crate::object::BinOp;
    if let (Some(x), Some(y)) = (as_bool(a), as_bool(b)) {
        match op {
            BinOp::And => return Ok(Some(py_bool(x & y))),
            BinOp::Or => return Ok(Some(py_bool(x | y))),
            BinOp::Xor => return Ok(Some(py_bool(x ^ y))),
            _ => {}
        }
    }
    match crate::builtins::int::INT_TYPE.body.slots.binop {
        Some(f) => f(vm, op, a, b),
        None => Ok(None),
    }
}

/// `None`.
pub static NONE: Obj<()> = Obj { header: Header::immortal(&NONE_TYPE), body: () };
/// `NotImplemented`.
pub static NOT_IMPLEMENTED: Obj<()> = Obj { header: Header::immortal(&NOT_IMPLEMENTED_TYPE), body: () };
/// `Ellipsis`.
pub static ELLIPSIS: Obj<()> = Obj { header: Header::immortal(&ELLIPSIS_TYPE), body: () };
/// `True`.
pub static TRUE: Obj<bool> = Obj { header: Header::immortal(&BOOL_TYPE), body: true };
/// `False`.
pub static FALSE: Obj<bool> = Obj { header: Header::immortal(&BOOL_TYPE), body: false };

/// The `None` value.
#[inline(always)]
pub fn none() -> Value {
    Value::from_static(&NONE)
}
/// `True` or `False`.
#[inline(always)]
pub fn py_bool(b: bool) -> Value {
    Value::from_static(if b { &TRUE } else { &FALSE })
}
/// True when `v` is `None`.
#[inline(always)]
pub fn is_none(v: &Value) -> bool {
    v.is_static(&NONE)
}
/// `NotImplemented`.
pub fn not_implemented() -> Value {
    Value::from_static(&NOT_IMPLEMENTED)
}
/// For a `bool` value, its truth; `None` otherwise.
#[inline(always)]
pub fn as_bool(v: &Value) -> Option<bool> {
    if v.is_static(&TRUE) {
        Some(true)
    } else if v.is_static(&FALSE) {
        Some(false)
    } else {
        None
    }
}

fn none_repr(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(new_str("None"))
}
fn not_implemented_repr(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(new_str("NotImplemented"))
}
fn ellipsis_repr(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(new_str("Ellipsis"))
}
fn bool_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_str(if v.is_static(&TRUE) { "True" } else { "False" }))
}
fn always_false(_vm: &mut Vm, _v: &Value) -> PyResult<bool> {
    Ok(false)
}
fn bool_truth(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(v.is_static(&TRUE))
}
fn none_new(_vm: &mut Vm, _t: &'static TypeObject, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(PyErr::type_error("NoneType takes no arguments"));
    }
    Ok(none())
}
fn bool_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("bool() takes no keyword arguments"));
    }
    match args {
        [] => Ok(py_bool(false)),
        [x] => Ok(py_bool(crate::ops::truthy(vm, x)?)),
        _ => Err(PyErr::type_error(format!("bool expected at most 1 argument, got {}", args.len()))),
    }
}
