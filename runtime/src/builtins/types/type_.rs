//! `type` and `object`: the roots of the type system.
//!
//! Calling a type object dispatches to its `new` slot (`int("3")`, `list(x)`); `type(x)`
//! with one argument returns the argument's type. Attribute lookup on a type
//! (`attr_lookup::type_getattro`) reads the type dicts along its MRO; the `getattr` slot
//! here only serves the type's own data attributes (`__name__`, `__mro__`, `__dict__` ...).

use crate::builtin_type;
use crate::builtins::str::new_str;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{BinOp, Kind, MethodDef, Slots, TypeData, TypeObject, Value};

builtin_type!(
    TYPE_TYPE,
    "type",
    Kind::Type,
    TypeData,
    Some(&OBJECT_TYPE),
    Slots {
        repr: Some(type_repr),
        call: Some(type_call),
        new: Some(type_new_slot),
        getattr: Some(type_getattr),
        getitem: Some(type_getitem),
        binop: Some(type_binop),
        hash: Some(identity_hash),
        ..Slots::EMPTY
    },
    TYPE_METHODS
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
    Ok(new_str(&format!("<class '{}'>", crate::builtins::instances::heap_type::full_name(t))))
}

/// `type.__new__(meta, name, bases, ns)` as the `new` slot (what `type.__new__` and a
/// metaclass's `super().__new__(...)` reach).
fn type_new_slot(vm: &mut Vm, meta: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if args.len() - kwnames.len() == 1 && kwnames.is_empty() && std::ptr::eq(meta, &TYPE_TYPE) {
        return Ok(type_value(args[0].ty()));
    }
    crate::builtins::instances::heap_type::type_new(vm, meta, args, kwnames)
}

/// Hash by identity (objects without `__eq__`).
pub fn identity_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(identity_hash_value(v))
}

/// The identity hash of `v` (the address rotated right by 4 bits, as CPython does).
pub fn identity_hash_value(v: &Value) -> i64 {
    let raw = v.raw();
    ((raw >> 4) | (raw << (usize::BITS - 4))) as i64
}

fn object_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_str(&format!("<{} object at {:#x}>", v.ty().body.name, v.raw())))
}

fn object_new(_vm: &mut Vm, t: &'static TypeObject, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if t.body.state.is_heap() {
        return crate::builtins::instances::type_call::object_new_heap(t, args.len());
    }
    if !args.is_empty() {
        return Err(PyErr::type_error("object() takes no arguments"));
    }
    Ok(crate::object::alloc(&OBJECT_TYPE, ()))
}

fn type_call(vm: &mut Vm, callee: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let t = as_type(callee).ok_or_else(|| PyErr::type_error("expected type"))?;
    if t.body.state.is_heap() {
        return crate::builtins::instances::type_call::call_heap_type(vm, t, args, kwnames);
    }
    if std::ptr::eq(t, &TYPE_TYPE) && args.len() == 1 && kwnames.is_empty() {
        return Ok(type_value(args[0].ty()));
    }
    if std::ptr::eq(t, &TYPE_TYPE) && args.len() == 2 && kwnames.len() == 1 {
        return Err(PyErr::type_error("type() takes no keyword arguments"));
    }
    if std::ptr::eq(t, &TYPE_TYPE) && args.len() - kwnames.len() != 3 {
        return Err(PyErr::type_error("type() takes 1 or 3 arguments"));
    }
    if std::ptr::eq(t, &TYPE_TYPE) {
        return crate::builtins::instances::heap_type::type_new(vm, t, args, kwnames);
    }
    match t.body.slot(|s| s.new) {
        Some(new) => new(vm, t, args, kwnames),
        None => Err(PyErr::type_error(format!("cannot create '{}' instances", t.body.name))),
    }
}

/// The data attributes of type objects (CPython's `type_getsets` and members), as
/// `dir(type)` lists them. `__abstractmethods__` and `__annotations__`/`__annotate__`
/// exist only on some classes: for built-in types they raise AttributeError, as in
/// CPython.
pub const TYPE_DATA_ATTRIBUTES: &[&str] = &[
    "__abstractmethods__",
    "__annotate__",
    "__annotations__",
    "__base__",
    "__bases__",
    "__dict__",
    "__doc__",
    "__module__",
    "__mro__",
    "__name__",
    "__qualname__",
    "__text_signature__",
    "__type_params__",
];

const TYPE_METHODS: &[MethodDef] = &[
    MethodDef::method("mro", type_mro),
    MethodDef::method("__subclasses__", type_subclasses),
    MethodDef::method("__instancecheck__", type_instancecheck),
    MethodDef::method("__subclasscheck__", type_subclasscheck),
    MethodDef::static_fn("__prepare__", type_prepare),
];

fn the_type(args: &[Value], name: &str) -> PyResult<&'static TypeObject> {
    args.first().and_then(as_type).ok_or_else(|| PyErr::type_error(format!("descriptor '{name}' requires a 'type' object")))
}

fn type_mro(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = the_type(args, "mro")?;
    let mro = crate::builtins::type_init::mro_tuple(t);
    Ok(crate::builtins::list::new_list(crate::builtins::tuple::as_tuple(mro).map(<[Value]>::to_vec).unwrap_or_default()))
}

/// `T.__subclasses__()`: the built-in types (and exception classes) whose base is `T`,
/// then the subclasses created at run time.
fn type_subclasses(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = the_type(args, "__subclasses__")?;
    let known = crate::builtins::registry::BUILTIN_TYPES.iter().chain(crate::builtins::exceptions::ALL_EXCEPTION_TYPES.iter());
    let mut subs: Vec<Value> = known.filter(|k| k.body.base.is_some_and(|b| std::ptr::eq(b, t))).map(|k| type_value(k)).collect();
    subs.extend(t.body.state.subclasses().into_iter().map(type_value));
    Ok(crate::builtins::list::new_list(subs))
}

fn type_instancecheck(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = the_type(args, "__instancecheck__")?;
    let [_, x] = args else { return Err(PyErr::type_error(format!("expected 1 argument, got {}", args.len().saturating_sub(1)))) };
    Ok(crate::builtins::singletons::py_bool(crate::ops::isinstance(x, t)))
}

fn type_subclasscheck(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = the_type(args, "__subclasscheck__")?;
    let [_, x] = args else { return Err(PyErr::type_error(format!("expected 1 argument, got {}", args.len().saturating_sub(1)))) };
    let sub = as_type(x).ok_or_else(|| PyErr::type_error("issubclass() arg 1 must be a class"))?;
    Ok(crate::builtins::singletons::py_bool(sub.body.is_subtype(&t.body)))
}

/// `type.__prepare__(name, bases, **kw)`: the namespace a class body starts with.
fn type_prepare(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(crate::builtins::dict::new_dict())
}

/// `T[item]`: `T.__class_getitem__(item)`, or a `type[...]` alias for `type` itself.
fn type_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let t = as_type(v).ok_or_else(|| PyErr::type_error("expected type"))?;
    if std::ptr::eq(t, &TYPE_TYPE) {
        return Ok(crate::builtins::generic_alias::new_alias(v.clone(), key));
    }
    if t.body.state.is_heap() {
        if let Some(f) = crate::builtins::attr_lookup::type_lookup(t, "__class_getitem__") {
            let bound = crate::builtins::attr_lookup::type_attribute_bound(vm, f, v, t)?;
            return crate::ops::call(vm, &bound, std::slice::from_ref(key), &[]);
        }
    }
    match crate::builtins::slot_wrappers::find(&t.body, "__class_getitem__") {
        Some(found) => {
            let f = found.from_type(t);
            crate::ops::call(vm, &f, std::slice::from_ref(key), &[])
        }
        None => Err(PyErr::type_error(format!("type '{}' is not subscriptable", t.body.name))),
    }
}

/// `int | None`: a union of types.
fn type_binop(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if op != BinOp::Or {
        return Ok(None);
    }
    crate::builtins::union_type::join(vm, a, b)
}

/// The data attributes of type objects (the getters behind `type.__dict__`'s getset
/// descriptors); everything else on a type is found by `attr_lookup::type_getattro`.
fn type_getattr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let t = as_type(v).ok_or_else(|| PyErr::type_error("expected type"))?;
    Ok(Some(match name {
        "__name__" => crate::builtins::type_init::name_value(t),
        "__qualname__" => crate::builtins::type_init::qualname_value(t),
        "__annotations__" if t.body.state.is_heap() => return crate::builtins::instances::annotations::class_annotations(vm, t).map(Some),
        "__annotate__" if t.body.state.is_heap() => crate::builtins::instances::annotations::class_annotate(t),
        "__module__" | "__doc__" if t.body.state.is_heap() => {
            let d = t.body.state.dict_if_filled().and_then(crate::builtins::dict::as_dict);
            match d.and_then(|d| d.get_str(name)) {
                Some(v) => v,
                None if name == "__doc__" => crate::builtins::singletons::none(),
                None => return Err(PyErr::attribute_error("__module__")),
            }
        }
        "__module__" => new_str(t.body.name.rsplit_once('.').map_or("builtins", |(m, _)| m)),
        "__mro__" => crate::builtins::type_init::mro_tuple(t).clone(),
        "__bases__" => crate::builtins::type_init::bases_tuple(t).clone(),
        "__base__" => crate::builtins::instances::class_assign::base_value(t),
        "__dict__" => crate::builtins::type_namespace::type_dict(vm, t),
        "__doc__" | "__text_signature__" => crate::builtins::singletons::none(),
        // A PEP 695 generic class stores its parameters in its own namespace.
        "__type_params__" => t
            .body
            .state
            .dict_if_filled()
            .and_then(crate::builtins::dict::as_dict)
            .and_then(|d| d.get_str("__type_params__"))
            .unwrap_or_else(|| crate::builtins::tuple::new_tuple(Vec::new())),
        // Only abstract classes have it; CPython's getter raises with the bare name.
        "__abstractmethods__" => return Err(PyErr::attribute_error("__abstractmethods__")),
        _ => return Ok(None),
    }))
}
