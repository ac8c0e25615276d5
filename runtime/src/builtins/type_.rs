//! `type` and `object`: the roots of the type system.
//!
//! Calling a type object dispatches to its `new` slot (`int("3")`, `list(x)`); `type(x)`
//! with one argument returns the argument's type. Attribute lookup on a type finds its
//! methods as unbound functions (`str.upper`, `dict.fromkeys`).

use crate::builtin_type;
use crate::builtins::function::new_builtin_function;
use crate::builtins::str::new_str;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{Kind, Slots, TypeData, TypeObject, Value};

builtin_type!(
    TYPE_TYPE,
    "type",
    Kind::Type,
    TypeData,
    Some(&OBJECT_TYPE),
    Slots { repr: Some(type_repr), call: Some(type_call), getattr: Some(type_getattr), hash: Some(identity_hash), ..Slots::EMPTY },
    &[]
);

builtin_type!(
    OBJECT_TYPE,
    "object",
    Kind::Object,
    (),
    None,
    Slots { repr: Some(object_repr), hash: Some(identity_hash), new: Some(object_new), ..Slots::EMPTY },
    &[]
);

/// The type object behind a value known to be a type.
pub fn as_type(v: &Value) -> Option<&'static TypeObject> {
    if v.ty().body.kind == Kind::Type {
        // SAFETY: values of kind Type are `Obj<TypeData>`; built-in types are static,
        // so extending the lifetime to 'static is sound for them, and heap types are
        // deferred (never freed while referenced from code).
        Some(unsafe { &*(v.header_ptr() as *const TypeObject) })
    } else {
        None
    }
}

/// A value for a static type.
pub fn type_value(t: &'static TypeObject) -> Value {
    Value::from_static(t)
}

fn type_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = as_type(v).ok_or_else(|| PyErr::type_error("expected type"))?;
    Ok(new_str(&format!("<class '{}'>", t.body.name)))
}

/// Hash by identity (objects without `__eq__`).
pub fn identity_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let raw = v.raw();
    Ok(((raw >> 4) | (raw << (usize::BITS - 4))) as i64)
}

fn object_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_str(&format!("<{} object at {:#x}>", v.ty().body.name, v.raw())))
}

fn object_new(_vm: &mut Vm, _t: &'static TypeObject, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(PyErr::type_error("object() takes no arguments"));
    }
    Ok(crate::object::alloc(&OBJECT_TYPE, ()))
}

fn type_call(vm: &mut Vm, callee: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let t = as_type(callee).ok_or_else(|| PyErr::type_error("expected type"))?;
    if std::ptr::eq(t, &TYPE_TYPE) && args.len() == 1 && kwnames.is_empty() {
        return Ok(type_value(args[0].ty()));
    }
    match t.body.slot(|s| s.new) {
        Some(new) => new(vm, t, args, kwnames),
        None => Err(PyErr::type_error(format!("cannot create '{}' instances", t.body.name))),
    }
}

fn type_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let t = as_type(v).ok_or_else(|| PyErr::type_error("expected type"))?;
    if name == "__name__" || name == "__qualname__" {
        // Types of native modules carry CPython's dotted tp_name
        // (`string.templatelib.Template`); `__name__` is its last component.
        return Ok(Some(new_str(crate::builtins::template::short_type_name(&t.body))));
    }
    if name == "__module__" {
        return Ok(Some(new_str(t.body.name.rsplit_once('.').map_or("builtins", |(m, _)| m))));
    }
    if let Some(v) = crate::builtins::template::class_attr(&t.body, name) {
        return Ok(Some(v));
    }
    if name == "__mro__" {
        let chain = t.body.mro().filter_map(crate::builtins::registry::type_of_data).map(type_value).collect();
        return Ok(Some(crate::builtins::tuple::new_tuple(chain)));
    }
    if name == "__module__" {
        // Every type so far is built in (no user classes yet).
        return Ok(Some(new_str("builtins")));
    }
    if let Some(m) = t.body.find_method(name) {
        if m.is_static {
            return Ok(Some(new_builtin_function(m.name, m.func, None)));
        }
        // The method's own type (found along the MRO) is what the receiver must be.
        let owner = t.body.mro().find(|td| td.methods.iter().any(|x| std::ptr::eq(x, m)));
        let owner_ty = owner.and_then(|td| crate::builtins::registry::type_of_data(td)).unwrap_or(t);
        return Ok(Some(crate::builtins::function::new_unbound_method(m.name, m.func, owner_ty)));
    }
    if let Some(w) = crate::builtins::slot_wrappers::find(&t.body, name) {
        return Ok(Some(new_builtin_function(w.name, w.func, None)));
    }
    Ok(None)
}
