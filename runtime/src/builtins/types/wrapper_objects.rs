//! The objects slot dunders are seen through: `int.__add__` is a `wrapper_descriptor`
//! (`<slot wrapper '__add__' of 'int' objects>`) and `(1).__add__` a `method-wrapper`
//! (`<method-wrapper '__add__' of int object at 0x...>`), as in CPython.
//!
//! Both share the body of built-in functions ([`BuiltinFunctionData`], `Kind::BuiltinFunction`)
//! so calls, the LOAD_METHOD cache and `callable()` treat them exactly like built-in
//! methods; only their type, and so their repr and attributes, differ. Dunders that are
//! ordinary methods in CPython (`__reduce_ex__`, `__sizeof__`, `__format__` ...) stay
//! built-in methods; `slot_wrappers::Found` picks the object by [`is_slot_dunder`].

use crate::builtin_type;
use crate::builtins::function::{as_builtin, BuiltinFunctionData};
use crate::builtins::str::new_str;
use crate::builtins::type_::type_value;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{CompareOp, Kind, MethodDef, NativeFn, Slots, TypeObject, Value};

/// Dunders CPython implements through a type slot (CPython's `slotdefs`), shown as slot
/// wrappers; every other dunder (`__reduce_ex__`, `__sizeof__`, `__round__` ...) is a
/// plain method there.
pub fn is_slot_dunder(name: &str) -> bool {
    const SLOT_DUNDERS: &[&str] = &[
        "__abs__", "__add__", "__and__", "__bool__", "__call__", "__contains__", "__del__", "__delattr__", "__delete__",
        "__delitem__", "__divmod__", "__eq__", "__float__", "__floordiv__", "__ge__", "__get__", "__getattribute__",
        "__getitem__", "__gt__", "__hash__", "__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__", "__imod__",
        "__imul__", "__index__", "__init__", "__int__", "__invert__", "__ior__", "__ipow__", "__irshift__", "__isub__",
        "__iter__", "__itruediv__", "__ixor__", "__le__", "__len__", "__lshift__", "__lt__", "__matmul__", "__mod__",
        "__mul__", "__ne__", "__neg__", "__next__", "__or__", "__pos__", "__pow__", "__radd__", "__rand__", "__rdivmod__",
        "__repr__", "__rfloordiv__", "__rlshift__", "__rmatmul__", "__rmod__", "__rmul__", "__ror__", "__rpow__",
        "__rrshift__", "__rshift__", "__rsub__", "__rtruediv__", "__rxor__", "__set__", "__setattr__", "__setitem__",
        "__str__", "__sub__", "__truediv__", "__xor__",
    ];
    name.starts_with("__") && SLOT_DUNDERS.binary_search(&name).is_ok()
}

const WRAPPER_SLOTS: Slots = Slots {
    repr: Some(wrapper_repr),
    call: Some(wrapper_call),
    getattr: Some(wrapper_getattr),
    hash: Some(builtin_hash),
    compare: Some(builtin_compare),
    ..Slots::EMPTY
};

builtin_type!(METHOD_WRAPPER_TYPE, "method-wrapper", Kind::BuiltinFunction, BuiltinFunctionData, Some(&crate::builtins::type_::OBJECT_TYPE), WRAPPER_SLOTS, &[]);

builtin_type!(
    WRAPPER_DESCRIPTOR_TYPE,
    "wrapper_descriptor",
    Kind::BuiltinFunction,
    BuiltinFunctionData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    WRAPPER_SLOTS,
    &[MethodDef::method("__get__", descriptor_get)]
);

/// `(x).__name__` bound to `x`.
pub fn new_method_wrapper(name: &'static str, func: NativeFn, receiver: Value) -> Value {
    crate::object::alloc(&METHOD_WRAPPER_TYPE, BuiltinFunctionData { name, func, bound_self: Some(receiver), self_type: None })
}

/// `T.__name__`: unbound, checks that its receiver is a `owner` instance.
pub fn new_wrapper_descriptor(name: &'static str, func: NativeFn, owner: &'static TypeObject) -> Value {
    crate::object::alloc(&WRAPPER_DESCRIPTOR_TYPE, BuiltinFunctionData { name, func, bound_self: None, self_type: Some(owner) })
}

/// Built-in functions and methods are equal when they run the same code on the same
/// receiver (`x.append == x.append`), as CPython compares them; braid makes a fresh
/// object per lookup, so identity would not do.
pub fn builtin_compare(_vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (as_builtin(a), as_builtin(b)) else { return Ok(None) };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) || !std::ptr::eq(a.ty(), b.ty()) {
        return Ok(None);
    }
    let same_receiver = match (&x.bound_self, &y.bound_self) {
        (Some(p), Some(q)) => p.is(q),
        (None, None) => true,
        _ => false,
    };
    let same_owner = match (x.self_type, y.self_type) {
        (Some(p), Some(q)) => std::ptr::eq(p, q),
        (None, None) => true,
        _ => false,
    };
    let equal = x.func as usize == y.func as usize && x.name == y.name && same_receiver && same_owner;
    Ok(Some(crate::builtins::singletons::py_bool(equal == (op == CompareOp::Eq))))
}

/// The hash matching [`builtin_compare`]: the code and the receiver's identity.
pub fn builtin_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let b = wrapper(v)?;
    let receiver = match &b.bound_self {
        Some(s) => crate::builtins::type_::identity_hash(vm, s)?,
        None => b.self_type.map_or(0, |t| t as *const TypeObject as i64),
    };
    let h = (b.func as usize as i64).rotate_left(7) ^ receiver;
    Ok(if h == -1 { -2 } else { h })
}

fn wrapper(v: &Value) -> PyResult<&BuiltinFunctionData> {
    as_builtin(v).ok_or_else(|| PyErr::type_error("expected a slot wrapper"))
}

/// Calls a wrapper; an unbound one first checks its receiver with CPython's
/// wrapper-descriptor message.
fn wrapper_call(vm: &mut Vm, f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let w = wrapper(f)?;
    if let (Some(owner), Some(receiver)) = (w.self_type, args.first().filter(|_| args.len() > kwnames.len())) {
        if !receiver.ty().body.is_subtype(&owner.body) {
            return Err(PyErr::type_error(format!(
                "descriptor '{}' requires a '{}' object but received a '{}'",
                w.name,
                owner.body.name,
                receiver.ty().body.name
            )));
        }
    }
    crate::builtins::function::builtin_call(vm, f, args, kwnames)
}

fn wrapper_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let w = wrapper(v)?;
    Ok(new_str(&match (&w.bound_self, w.self_type) {
        (Some(s), _) => format!("<method-wrapper '{}' of {} object at {:#x}>", w.name, s.ty().body.name, s.raw()),
        (None, Some(owner)) => format!("<slot wrapper '{}' of '{}' objects>", w.name, owner.body.name),
        (None, None) => format!("<slot wrapper '{}'>", w.name),
    }))
}

fn wrapper_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let w = wrapper(v)?;
    let owner_name = w.self_type.map(|t| t.body.name).or_else(|| w.bound_self.as_ref().map(|s| s.ty().body.name));
    Ok(match name {
        "__name__" => Some(new_str(w.name)),
        "__qualname__" => Some(new_str(&format!("{}.{}", owner_name.unwrap_or("object"), w.name))),
        "__self__" => w.bound_self.clone(),
        "__objclass__" => w.self_type.map(type_value).or_else(|| w.bound_self.as_ref().map(|s| type_value(s.ty()))),
        "__text_signature__" => Some(crate::builtins::singletons::none()),
        _ => None,
    })
}

/// `T.__add__.__get__(x)`: the method-wrapper bound to `x` (the descriptor itself for None).
fn descriptor_get(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    descriptor_bind(args, |w, obj| new_method_wrapper(w.name, w.func, obj))
}

/// The `__get__` of both descriptor kinds: checks the receiver against the owner type
/// (CPython's message), returns the descriptor itself for `__get__(None, T)`, else
/// `bind(descriptor, receiver)`.
fn descriptor_bind(args: &[Value], bind: impl FnOnce(&BuiltinFunctionData, Value) -> Value) -> PyResult<Value> {
    let w = wrapper(&args[0])?;
    let Some(obj) = args.get(1) else {
        return Err(PyErr::type_error("expected at least 1 argument, got 0"));
    };
    if crate::builtins::singletons::is_none(obj) && args.len() > 2 {
        return Ok(args[0].clone());
    }
    if let Some(owner) = w.self_type {
        if !obj.ty().body.is_subtype(&owner.body) {
            return Err(PyErr::type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                w.name,
                owner.body.name,
                obj.ty().body.name
            )));
        }
    }
    Ok(bind(w, obj.clone()))
}

builtin_type!(
    METHOD_DESCRIPTOR_TYPE,
    "method_descriptor",
    Kind::BuiltinFunction,
    BuiltinFunctionData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(method_descriptor_repr),
        call: Some(crate::builtins::function::builtin_call),
        getattr: Some(wrapper_getattr),
        hash: Some(builtin_hash),
        compare: Some(builtin_compare),
        ..Slots::EMPTY
    },
    &[MethodDef::method("__get__", method_descriptor_get)]
);

/// `list.append`: an unbound method of a built-in type; calls check the receiver.
pub fn new_method_descriptor(name: &'static str, func: NativeFn, owner: &'static TypeObject) -> Value {
    crate::object::alloc(&METHOD_DESCRIPTOR_TYPE, BuiltinFunctionData { name, func, bound_self: None, self_type: Some(owner) })
}

fn method_descriptor_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let w = wrapper(v)?;
    Ok(new_str(&format!("<method '{}' of '{}' objects>", w.name, w.self_type.map_or("object", |t| t.body.name))))
}

/// `list.append.__get__(x)`: the built-in method bound to `x`.
fn method_descriptor_get(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    descriptor_bind(args, |w, obj| crate::builtins::function::new_builtin_function(w.name, w.func, Some(obj)))
}

builtin_type!(
    CLASSMETHOD_DESCRIPTOR_TYPE,
    "classmethod_descriptor",
    Kind::BuiltinFunction,
    BuiltinFunctionData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(method_descriptor_repr),
        call: Some(classmethod_descriptor_call),
        getattr: Some(wrapper_getattr),
        hash: Some(builtin_hash),
        compare: Some(builtin_compare),
        ..Slots::EMPTY
    },
    &[MethodDef::method("__get__", classmethod_descriptor_get)]
);

/// A class-bound dunder as a type dict holds it (`list.__dict__['__class_getitem__']`):
/// looked up through a type or an instance it binds to the type.
pub fn new_classmethod_descriptor(name: &'static str, func: NativeFn, owner: &'static TypeObject) -> Value {
    crate::object::alloc(&CLASSMETHOD_DESCRIPTOR_TYPE, BuiltinFunctionData { name, func, bound_self: None, self_type: Some(owner) })
}

/// The built-in method a classmethod descriptor becomes when looked up on `cls`.
pub fn bind_classmethod(w: &BuiltinFunctionData, cls: &'static TypeObject) -> Value {
    crate::builtins::function::new_builtin_function(w.name, w.func, Some(type_value(cls)))
}

/// Calling the descriptor itself: `args[0]` is the class, which must derive from the owner.
fn classmethod_descriptor_call(vm: &mut Vm, f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let w = wrapper(f)?;
    let owner = w.self_type.unwrap_or(&crate::builtins::type_::OBJECT_TYPE);
    let cls = args.first().filter(|_| args.len() > kwnames.len()).and_then(crate::builtins::type_::as_type);
    match cls {
        Some(c) if c.body.is_subtype(&owner.body) => (w.func)(vm, args, kwnames),
        _ => Err(PyErr::type_error(format!("descriptor '{}' for type '{}' needs a type, not a '{}' as arg 1", w.name, owner.body.name, args.first().map_or("NoneType", |a| a.ty().body.name)))),
    }
}

/// `__get__(obj, type=None)`: the method bound to `type`, or to `type(obj)`.
fn classmethod_descriptor_get(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let w = wrapper(&args[0])?;
    let cls = match args.get(2).and_then(crate::builtins::type_::as_type) {
        Some(t) => t,
        None => args.get(1).map(Value::ty).ok_or_else(|| PyErr::type_error("__get__(None, None) is invalid"))?,
    };
    Ok(bind_classmethod(w, cls))
}

#[cfg(test)]
mod tests {
    #[test]
    fn slot_dunder_table_is_sorted() {
        assert!(super::is_slot_dunder("__add__") && super::is_slot_dunder("__xor__") && super::is_slot_dunder("__len__"));
        assert!(!super::is_slot_dunder("__reduce_ex__") && !super::is_slot_dunder("__round__") && !super::is_slot_dunder("append"));
    }
}
