//! `weakref.proxy`: an object that forwards every operation to its referent, and raises
//! `ReferenceError: weakly-referenced object no longer exists` once it died.
//!
//! Two types as in CPython: `weakref.CallableProxyType` for callable referents (it has
//! a call slot) and `weakref.ProxyType` for the rest. Proxies are unhashable. They share
//! the weak-reference body and side table with `ref` (`table.rs`).

use super::reference::{alloc_weakref, as_weakref, referent_text, unsupported, weakref_traverse};
use super::table;
use crate::builtins::singletons::is_none;
use crate::builtins::str::new_str;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{BinOp, CompareOp, Kind, Obj, Slots, TypeObject, UnaryOp, Value};

macro_rules! proxy_type {
    ($name:ident, $text:expr, $call:expr) => {
        /// A proxy type (see the module docs).
        pub static $name: TypeObject = Obj {
            header: crate::object::Header::immortal(&crate::builtins::type_::TYPE_TYPE),
            body: crate::object::TypeData {
                name: $text,
                kind: Kind::Object,
                base: Some(&crate::builtins::type_::OBJECT_TYPE),
                dealloc: table::weakref_dealloc,
                slots: Slots {
                    call: $call,
                    hash: Some(proxy_hash),
                    compare: Some(proxy_compare),
                    binop: Some(proxy_binop),
                    unary: Some(proxy_unary),
                    truth: Some(proxy_truth),
                    len: Some(proxy_len),
                    getitem: Some(proxy_getitem),
                    setitem: Some(proxy_setitem),
                    delitem: Some(proxy_delitem),
                    contains: Some(proxy_contains),
                    iter: Some(proxy_iter),
                    next: Some(proxy_next),
                    repr: Some(proxy_repr),
                    str: Some(proxy_str),
                    getattr: Some(proxy_getattr),
                    setattr: Some(proxy_setattr),
                    traverse: Some(weakref_traverse),
                    ..Slots::EMPTY
                },
                methods: &[],
                state: crate::object::type_state::TypeState::builtin(),
            },
        };
    };
}

proxy_type!(PROXY_TYPE, "weakref.ProxyType", None);
proxy_type!(CALLABLE_PROXY_TYPE, "weakref.CallableProxyType", Some(proxy_call));

/// `weakref.proxy(obj, callback=None)`.
pub fn new_proxy(obj: &Value, callback: Option<Value>) -> PyResult<Value> {
    if !table::supports_weakrefs(obj) {
        return Err(unsupported(obj));
    }
    let callback = callback.filter(|c| !is_none(c));
    let basic = callback.is_none();
    let t: &'static TypeObject = if crate::ops::callable(obj) { &CALLABLE_PROXY_TYPE } else { &PROXY_TYPE };
    Ok(table::register(obj, basic, true, t, move || alloc_weakref(t, obj, callback)))
}

/// The referent, or CPython's ReferenceError.
fn target(v: &Value) -> PyResult<Value> {
    let w = as_weakref(v).ok_or_else(|| PyErr::type_error("expected a weak proxy"))?;
    table::referent(w).ok_or_else(|| PyErr::new(&crate::builtins::exceptions::REFERENCE_ERROR, "weakly-referenced object no longer exists"))
}

/// An operand with proxies replaced by their referents (CPython's `UNWRAP`).
fn unwrap(v: &Value) -> PyResult<Value> {
    if is_proxy(v) {
        target(v)
    } else {
        Ok(v.clone())
    }
}

fn is_proxy(v: &Value) -> bool {
    let t = v.ty();
    std::ptr::eq(t, &PROXY_TYPE) || std::ptr::eq(t, &CALLABLE_PROXY_TYPE)
}

fn proxy_call(vm: &mut Vm, v: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let o = target(v)?;
    crate::ops::call(vm, &o, args, kwnames)
}

fn proxy_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Err(PyErr::type_error(format!("unhashable type: '{}'", v.ty().body.name)))
}

fn proxy_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    let (x, y) = (unwrap(a)?, unwrap(b)?);
    crate::ops::compare(vm, &x, &y, op).map(Some)
}

fn proxy_binop(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (x, y) = (unwrap(a)?, unwrap(b)?);
    crate::ops::binary(vm, op, &x, &y).map(Some)
}

fn proxy_unary(vm: &mut Vm, op: UnaryOp, v: &Value) -> PyResult<Option<Value>> {
    let o = target(v)?;
    crate::ops::unary(vm, op, &o).map(Some)
}

fn proxy_truth(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    let o = target(v)?;
    crate::ops::truthy(vm, &o)
}

fn proxy_len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let o = target(v)?;
    crate::ops::len(vm, &o)
}

fn proxy_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let o = target(v)?;
    crate::ops::getitem(vm, &o, key)
}

fn proxy_setitem(vm: &mut Vm, v: &Value, key: &Value, value: Value) -> PyResult<()> {
    let o = target(v)?;
    crate::ops::setitem(vm, &o, key, value)
}

fn proxy_delitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<()> {
    let o = target(v)?;
    crate::ops::delitem(vm, &o, key)
}

fn proxy_contains(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let o = target(v)?;
    crate::ops::contains(vm, &o, x)
}

fn proxy_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = target(v)?;
    crate::ops::iter(vm, &o)
}

fn proxy_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let o = target(v)?;
    if o.ty().body.slot(|s| s.next).is_none() && !o.ty().body.state.is_heap() {
        return Err(PyErr::type_error(format!(
            "Weakref proxy referenced a non-iterator '{}' object",
            o.ty().body.name
        )));
    }
    crate::ops::next(vm, &o)
}

fn proxy_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let w = as_weakref(v).ok_or_else(|| PyErr::type_error("expected a weak proxy"))?;
    let text = match table::referent(w) {
        Some(o) => referent_text(vm, &o),
        None => "dead".to_string(),
    };
    Ok(new_str(&format!("<weakproxy at {:#x}; {text}>", v.raw())))
}

fn proxy_str(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = target(v)?;
    crate::ops::str_(vm, &o)
}

fn proxy_getattr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let o = target(v)?;
    crate::ops::getattr(vm, &o, name).map(Some)
}

fn proxy_setattr(vm: &mut Vm, v: &Value, name: &str, value: Option<Value>) -> PyResult<()> {
    let o = target(v)?;
    crate::ops::setattr(vm, &o, name, value)
}
