//! Bound methods (`obj.method` without a call): a function and the object to pass
//! first. A method *call* `obj.m(args)` never makes one: `LoadMethod` hands the
//! function and the object to `Call` separately (see `interp/op_names.rs`).

use crate::builtin_type;
use crate::builtins::str::{as_str, new_str};
use crate::builtins::type_::OBJECT_TYPE;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{CompareOp, Kind, Slots, Value};

/// The body of a bound method.
pub struct BoundMethodData {
    /// `__func__`.
    pub func: Value,
    /// `__self__`.
    pub self_: Value,
}

builtin_type!(
    METHOD_TYPE,
    "method",
    Kind::BoundMethod,
    BoundMethodData,
    Some(&OBJECT_TYPE),
    Slots {
        call: Some(method_call),
        repr: Some(method_repr),
        hash: Some(method_hash),
        compare: Some(method_compare),
        getattr: Some(method_getattr),
        traverse: Some(method_traverse),
        new: Some(method_new),
        ..Slots::EMPTY
    },
    &[]
);

/// `types.MethodType(func, instance)`, with CPython's argument checks.
fn method_new(_vm: &mut Vm, _t: &'static crate::object::TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("method() takes no keyword arguments"));
    }
    let [func, self_] = args else {
        return Err(PyErr::type_error(format!("method expected 2 arguments, got {}", args.len())));
    };
    if !crate::ops::callable(func) {
        return Err(PyErr::type_error("first argument must be callable"));
    }
    if crate::builtins::singletons::is_none(self_) {
        return Err(PyErr::type_error("instance must not be None"));
    }
    Ok(new_bound_method(func.clone(), self_.clone()))
}

/// `func` bound to `self_`.
pub fn new_bound_method(func: Value, self_: Value) -> Value {
    crate::object::alloc(&METHOD_TYPE, BoundMethodData { func, self_ })
}

/// The bound method body, if `v` is one.
#[inline]
pub fn as_bound_method(v: &Value) -> Option<&BoundMethodData> {
    if !v.is_small_int() && v.ty().body.kind == Kind::BoundMethod {
        // SAFETY: Kind::BoundMethod objects are Obj<BoundMethodData>.
        Some(unsafe { v.body_unchecked::<BoundMethodData>() })
    } else {
        None
    }
}

fn method_call(vm: &mut Vm, f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let m = as_bound_method(f).ok_or_else(|| PyErr::type_error("expected a method"))?;
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(m.self_.clone());
    all.extend_from_slice(args);
    crate::ops::call(vm, &m.func, &all, kwnames)
}

fn method_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = as_bound_method(v).ok_or_else(|| PyErr::type_error("expected a method"))?;
    let name = match crate::ops::getattr_opt(vm, &m.func, "__qualname__")? {
        Some(q) => as_str(&q).map(str::to_string),
        None => None,
    };
    let name = match name {
        Some(n) => n,
        None => crate::ops::getattr_opt(vm, &m.func, "__name__")?.and_then(|n| as_str(&n).map(str::to_string)).unwrap_or_else(|| "?".into()),
    };
    let me = crate::ops::repr_string(vm, &m.self_)?;
    Ok(new_str(&format!("<bound method {name} of {me}>")))
}

fn method_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let m = as_bound_method(v).ok_or_else(|| PyErr::type_error("expected a method"))?;
    let a = crate::builtins::type_::identity_hash_value(&m.self_);
    let b = crate::ops::hash(vm, &m.func)?;
    Ok(a ^ b)
}

fn method_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (as_bound_method(a), as_bound_method(b)) else { return Ok(None) };
    let eq = match op {
        CompareOp::Eq | CompareOp::Ne => x.self_.is(&y.self_) && crate::ops::eq(vm, &x.func, &y.func)?,
        _ => return Ok(None),
    };
    Ok(Some(crate::builtins::singletons::py_bool(eq == (op == CompareOp::Eq))))
}

fn method_getattr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(m) = as_bound_method(v) else { return Ok(None) };
    match name {
        "__func__" => Ok(Some(m.func.clone())),
        "__self__" => Ok(Some(m.self_.clone())),
        // Everything else reads through to the function (`__name__`, `__doc__`, ...).
        _ => crate::ops::getattr_opt(vm, &m.func, name),
    }
}

fn method_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(m) = as_bound_method(v) {
        visit(&m.func);
        visit(&m.self_);
    }
}
