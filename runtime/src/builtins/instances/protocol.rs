//! The number and conversion protocols for instances of user classes: the places where
//! a built-in operation (`int(x)`, `seq[x]`, `range(x)`, `format(x, spec)`, `abs(x)` ...)
//! must ask a user class's `__index__`, `__int__`, `__format__` ... Built-in values pass
//! through untouched, so the built-in code behind these entry points stays as it was.

use std::borrow::Cow;

use crate::builtins::str::new_str;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;

use super::dunder_slots::{call_dunder, lookup};

/// Calls `v`'s class's `name` when `v` is an instance of a user class defining it.
#[inline]
pub fn call_hook(vm: &mut Vm, v: &Value, name: &'static str, rest: &[Value]) -> PyResult<Option<Value>> {
    if v.is_small_int() || !v.ty().body.state.is_heap() {
        return Ok(None);
    }
    match lookup(v.ty(), name) {
        Some(f) => call_dunder(vm, &f, v, rest).map(Some),
        None => Ok(None),
    }
}

/// `operator.index(v)` for an instance of a user class; other values unchanged.
pub fn index_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match call_hook(vm, v, "__index__", &[])? {
        Some(r) if crate::builtins::int::as_int(&r).is_some() => Ok(r),
        Some(r) => Err(PyErr::type_error(format!("__index__ returned non-int (type {})", r.ty().body.name))),
        None => Ok(v.clone()),
    }
}

/// [`index_value`] over several arguments (copies only when one of them changes).
pub fn index_values<'a>(vm: &mut Vm, args: &'a [Value]) -> PyResult<Cow<'a, [Value]>> {
    if !args.iter().any(|a| !a.is_small_int() && a.ty().body.state.is_heap()) {
        return Ok(Cow::Borrowed(args));
    }
    let mut out = Vec::with_capacity(args.len());
    for a in args {
        out.push(index_value(vm, a)?);
    }
    Ok(Cow::Owned(out))
}

/// A slice whose bounds are instances of user classes, with each bound replaced by its
/// `__index__` (`None` when no bound needs it).
pub fn slice_value(vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
    let Some(s) = crate::builtins::slice::as_slice(key) else { return Ok(None) };
    let heap = |v: &Value| !v.is_small_int() && v.ty().body.state.is_heap();
    if !heap(&s.start) && !heap(&s.stop) && !heap(&s.step) {
        return Ok(None);
    }
    let (a, b, c) = (index_value(vm, &s.start)?, index_value(vm, &s.stop)?, index_value(vm, &s.step)?);
    Ok(Some(crate::builtins::slice::new_slice(a, b, c)))
}

/// `int(v)` for a user class: `__int__`, else `__index__` (`Ok(None)`: neither).
pub fn int_value(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    for name in ["__int__", "__index__"] {
        if let Some(r) = call_hook(vm, v, name, &[])? {
            if crate::builtins::int::as_int(&r).is_none() {
                return Err(PyErr::type_error(format!("{name} returned non-int (type {})", r.ty().body.name)));
            }
            return Ok(Some(r));
        }
    }
    Ok(None)
}

/// `float(v)` for a user class: `__float__`, else `__index__`.
pub fn float_value(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    if let Some(r) = call_hook(vm, v, "__float__", &[])? {
        if crate::builtins::float::as_float(&r).is_none() {
            return Err(PyErr::type_error(format!("{}.__float__ returned non-float (type {})", v.ty().body.name, r.ty().body.name)));
        }
        return Ok(Some(r));
    }
    if let Some(r) = call_hook(vm, v, "__index__", &[])? {
        let i = crate::builtins::int::as_int(&r).ok_or_else(|| PyErr::type_error(format!("__index__ returned non-int (type {})", r.ty().body.name)))?;
        return Ok(Some(crate::builtins::float::new_float(i.to_f64()?)));
    }
    Ok(None)
}

/// `format(v, spec)` for a user class: its `__format__`, else `object.__format__`
/// (str(v) for an empty spec, CPython's TypeError otherwise). `Ok(None)` for values of
/// built-in classes.
pub fn format_hook(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<Option<Value>> {
    if v.is_small_int() || !v.ty().body.state.is_heap() {
        return Ok(None);
    }
    if let Some(r) = call_hook(vm, v, "__format__", &[new_str(spec)])? {
        if crate::builtins::str::as_str(&r).is_none() {
            return Err(PyErr::type_error(format!("__format__ must return a str, not {}", r.ty().body.name)));
        }
        return Ok(Some(r));
    }
    if spec.is_empty() || super::dunder_slots::builtin_base(v.ty()).state.is_heap() {
        return crate::ops::str_(vm, v).map(Some);
    }
    if std::ptr::eq(super::dunder_slots::builtin_base(v.ty()), &crate::builtins::type_::OBJECT_TYPE.body)
        || v.ty().body.kind == crate::object::Kind::Exception
    {
        return Err(PyErr::type_error(format!("unsupported format string passed to {}.__format__", v.ty().body.name)));
    }
    Ok(None)
}
