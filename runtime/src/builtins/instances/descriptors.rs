//! `property`, `classmethod` and `staticmethod`: the descriptor types user classes
//! use most, implemented natively so that attribute lookup recognises them by type
//! (`attr_lookup::classify`) and never calls a Python-level `__get__` for them.

use crate::builtin_type;
use crate::builtins::singletons::{is_none, none};
use crate::builtins::str::{as_str, new_str};
use crate::builtins::type_::{type_value, OBJECT_TYPE};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{Kind, Locked, MethodDef, Slots, TypeObject, Value};

// ---- property ---------------------------------------------------------------------

/// The body of a property.
pub struct PropertyData {
    /// Getter.
    pub fget: Option<Value>,
    /// Setter.
    pub fset: Option<Value>,
    /// Deleter.
    pub fdel: Option<Value>,
    /// `__doc__`.
    pub doc: Locked<Value>,
    /// The attribute name (from `__set_name__`, else the getter's `__name__`).
    pub name: Locked<Option<Value>>,
}

builtin_type!(
    PROPERTY_TYPE,
    "property",
    Kind::Property,
    PropertyData,
    Some(&OBJECT_TYPE),
    Slots { new: Some(property_new), getattr: Some(property_getattr), traverse: Some(property_traverse), ..Slots::EMPTY },
    &[
        MethodDef::method("getter", property_getter),
        MethodDef::method("setter", property_setter),
        MethodDef::method("deleter", property_deleter),
        MethodDef::method("__get__", property_dunder_get),
        MethodDef::method("__set__", property_dunder_set),
        MethodDef::method("__delete__", property_dunder_delete),
        MethodDef::method("__set_name__", property_set_name),
    ]
);

/// The property body, if `v` is a property or an instance of a property subclass
/// (whose body starts with the same `PropertyData`, `builtin_layout.rs`).
pub fn as_property(v: &Value) -> Option<&PropertyData> {
    if !v.is_small_int() && (std::ptr::eq(v.ty(), &PROPERTY_TYPE) || v.ty().body.state.solid_kind() == Some(Kind::Property)) {
        // SAFETY: objects of PROPERTY_TYPE are Obj<PropertyData>, and instances of its
        // subclasses keep a PropertyData at the same offset.
        Some(unsafe { v.body_unchecked::<PropertyData>() })
    } else {
        None
    }
}

/// A fresh plain property with the fields of `v` (for `builtin_layout::adopt` when
/// the constructed property is shared).
pub fn copy_property(v: &Value) -> Value {
    let p = as_property(v).expect("a property");
    let body = PropertyData { fget: p.fget.clone(), fset: p.fset.clone(), fdel: p.fdel.clone(), doc: Locked::new(p.doc.lock(v).clone()), name: Locked::new(p.name.lock(v).clone()) };
    crate::object::alloc(&PROPERTY_TYPE, body)
}

fn some_unless_none(v: Option<Value>) -> Option<Value> {
    v.filter(|v| !is_none(v))
}

fn make_property(vm: &mut Vm, fget: Option<Value>, fset: Option<Value>, fdel: Option<Value>, doc: Option<Value>, name: Option<Value>) -> PyResult<Value> {
    let doc = match some_unless_none(doc) {
        Some(d) => d,
        None => match &fget {
            Some(g) => crate::ops::getattr_opt(vm, g, "__doc__")?.unwrap_or_else(none),
            None => none(),
        },
    };
    let name = match name {
        Some(n) => Some(n),
        None => match &fget {
            Some(g) => crate::ops::getattr_opt(vm, g, "__name__").ok().flatten(),
            None => None,
        },
    };
    Ok(crate::object::alloc(&PROPERTY_TYPE, PropertyData { fget, fset, fdel, doc: Locked::new(doc), name: Locked::new(name) }))
}

fn property_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let p = super::args::bind("property", args, kwnames, &["fget", "fset", "fdel", "doc"], 0)?;
    let mut it = p.into_iter();
    let (g, s, d, doc) = (it.next().flatten(), it.next().flatten(), it.next().flatten(), it.next().flatten());
    make_property(vm, some_unless_none(g), some_unless_none(s), some_unless_none(d), doc, None)
}

fn this_property(args: &[Value]) -> PyResult<&PropertyData> {
    args.first().and_then(as_property).ok_or_else(|| PyErr::type_error("descriptor requires a 'property' object"))
}

fn copy_with(vm: &mut Vm, args: &[Value], which: usize) -> PyResult<Value> {
    let p = this_property(args)?;
    let f = args.get(1).cloned().ok_or_else(|| PyErr::type_error("expected 1 argument"))?;
    let f = some_unless_none(Some(f));
    let (mut g, mut s, mut d) = (p.fget.clone(), p.fset.clone(), p.fdel.clone());
    match which {
        0 => g = f,
        1 => s = f,
        _ => d = f,
    }
    let doc = p.doc.lock(&args[0]).clone();
    // A getter's docstring replaces one that came from the old getter.
    let doc = if which == 0 { None } else { Some(doc) };
    let name = p.name.lock(&args[0]).clone();
    let t = args[0].ty();
    if t.body.state.is_heap() {
        // A subclass's `setter` makes another instance of it: `type(self)(fget, fset, fdel, doc)`.
        let doc = doc.unwrap_or_else(none);
        let fargs = [g.unwrap_or_else(none), s.unwrap_or_else(none), d.unwrap_or_else(none), doc];
        return crate::ops::call(vm, &type_value(t), &fargs, &[]);
    }
    make_property(vm, g, s, d, doc, if which == 0 { None } else { name })
}

fn property_getter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    copy_with(vm, args, 0)
}
fn property_setter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    copy_with(vm, args, 1)
}
fn property_deleter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    copy_with(vm, args, 2)
}

fn property_name(prop: &Value, p: &PropertyData) -> String {
    p.name.lock(prop).as_ref().and_then(|n| as_str(n).map(|s| format!("'{s}' "))).unwrap_or_default()
}

/// `obj.attr` through a property.
pub fn property_get(vm: &mut Vm, prop: &Value, obj: &Value) -> PyResult<Value> {
    let p = as_property(prop).ok_or_else(|| PyErr::type_error("expected a property"))?;
    match &p.fget {
        Some(g) => crate::ops::call(vm, g, std::slice::from_ref(obj), &[]),
        None => Err(PyErr::attribute_error(format!("property {}of '{}' object has no getter", property_name(prop, p), obj.ty().body.name))),
    }
}

/// `obj.attr = v` / `del obj.attr` through a property.
pub fn property_set(vm: &mut Vm, prop: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let p = as_property(prop).ok_or_else(|| PyErr::type_error("expected a property"))?;
    match value {
        Some(v) => match &p.fset {
            Some(s) => crate::ops::call(vm, s, &[obj.clone(), v], &[]).map(drop),
            None => Err(PyErr::attribute_error(format!("property {}of '{}' object has no setter", property_name(prop, p), obj.ty().body.name))),
        },
        None => match &p.fdel {
            Some(d) => crate::ops::call(vm, d, std::slice::from_ref(obj), &[]).map(drop),
            None => Err(PyErr::attribute_error(format!("property {}of '{}' object has no deleter", property_name(prop, p), obj.ty().body.name))),
        },
    }
}

fn property_dunder_get(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let obj = args.get(1).ok_or_else(|| PyErr::type_error("__get__ expected at least 1 argument, got 0"))?;
    if is_none(obj) {
        return Ok(args[0].clone());
    }
    property_get(vm, &args[0], obj)
}
fn property_dunder_set(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [prop, obj, v] = args else { return Err(PyErr::type_error("__set__ expected 2 arguments")) };
    property_set(vm, prop, obj, Some(v.clone())).map(|_| none())
}
fn property_dunder_delete(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [prop, obj] = args else { return Err(PyErr::type_error("__delete__ expected 1 argument")) };
    property_set(vm, prop, obj, None).map(|_| none())
}
fn property_set_name(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = this_property(args)?;
    if let Some(n) = args.get(2) {
        *p.name.lock(&args[0]) = Some(n.clone());
    }
    Ok(none())
}

fn property_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(p) = as_property(v) else { return Ok(None) };
    let or_none = |f: &Option<Value>| f.clone().unwrap_or_else(none);
    Ok(match name {
        "fget" => Some(or_none(&p.fget)),
        "fset" => Some(or_none(&p.fset)),
        "fdel" => Some(or_none(&p.fdel)),
        "__doc__" => Some(p.doc.lock(v).clone()),
        "__name__" => match p.name.lock(v).clone() {
            Some(n) => Some(n),
            None => return Err(PyErr::attribute_error("'property' object has no attribute '__name__'")),
        },
        "__isabstractmethod__" => Some(crate::builtins::singletons::py_bool(false)),
        _ => None,
    })
}

fn property_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(p) = as_property(v) {
        for f in [&p.fget, &p.fset, &p.fdel].into_iter().flatten() {
            visit(f);
        }
        visit(&p.doc.lock(v));
    }
}

// ---- classmethod / staticmethod -----------------------------------------------------

/// The body of a classmethod or staticmethod: the wrapped callable and its `__dict__`.
pub struct WrappedFunction {
    /// `__func__`.
    pub func: Value,
    /// Attributes copied from the function (`__name__`, `__doc__` ...) and set later.
    pub dict: Locked<Option<Value>>,
}

builtin_type!(
    CLASSMETHOD_TYPE,
    "classmethod",
    Kind::Property,
    WrappedFunction,
    Some(&OBJECT_TYPE),
    Slots { new: Some(classmethod_new), getattr: Some(wrapped_getattr), repr: Some(wrapped_repr), traverse: Some(wrapped_traverse), ..Slots::EMPTY },
    &[MethodDef::method("__get__", classmethod_dunder_get)]
);

builtin_type!(
    STATICMETHOD_TYPE,
    "staticmethod",
    Kind::Property,
    WrappedFunction,
    Some(&OBJECT_TYPE),
    Slots {
        new: Some(staticmethod_new),
        getattr: Some(wrapped_getattr),
        repr: Some(wrapped_repr),
        call: Some(staticmethod_call),
        traverse: Some(wrapped_traverse),
        ..Slots::EMPTY
    },
    &[MethodDef::method("__get__", staticmethod_dunder_get)]
);

fn wrapped(v: &Value) -> Option<&WrappedFunction> {
    if !v.is_small_int() && (std::ptr::eq(v.ty(), &CLASSMETHOD_TYPE) || std::ptr::eq(v.ty(), &STATICMETHOD_TYPE)) {
        // SAFETY: both types' instances are Obj<WrappedFunction>.
        Some(unsafe { v.body_unchecked::<WrappedFunction>() })
    } else {
        None
    }
}

/// The function inside a classmethod.
pub fn classmethod_func(v: &Value) -> Option<Value> {
    if !v.is_small_int() && std::ptr::eq(v.ty(), &CLASSMETHOD_TYPE) {
        wrapped(v).map(|w| w.func.clone())
    } else {
        None
    }
}

/// The function inside a staticmethod.
pub fn staticmethod_func(v: &Value) -> Option<Value> {
    if !v.is_small_int() && std::ptr::eq(v.ty(), &STATICMETHOD_TYPE) {
        wrapped(v).map(|w| w.func.clone())
    } else {
        None
    }
}

/// `classmethod(f)`.
pub fn new_classmethod(f: Value) -> Value {
    crate::object::alloc(&CLASSMETHOD_TYPE, WrappedFunction { func: f, dict: Locked::new(None) })
}

/// `staticmethod(f)`.
pub fn new_staticmethod(f: Value) -> Value {
    crate::object::alloc(&STATICMETHOD_TYPE, WrappedFunction { func: f, dict: Locked::new(None) })
}

fn one_callable(name: &str, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    match args {
        [f] => Ok(f.clone()),
        _ => Err(PyErr::type_error(format!("{name} expected 1 argument, got {}", args.len()))),
    }
}

fn classmethod_new(_vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    Ok(new_classmethod(one_callable("classmethod", args, kwnames)?))
}

fn staticmethod_new(_vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    Ok(new_staticmethod(one_callable("staticmethod", args, kwnames)?))
}

fn staticmethod_call(vm: &mut Vm, f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let w = wrapped(f).ok_or_else(|| PyErr::type_error("expected staticmethod"))?;
    crate::ops::call(vm, &w.func, args, kwnames)
}

fn wrapped_getattr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(w) = wrapped(v) else { return Ok(None) };
    match name {
        "__func__" | "__wrapped__" => return Ok(Some(w.func.clone())),
        "__isabstractmethod__" => {
            return Ok(Some(crate::ops::getattr_opt(vm, &w.func, "__isabstractmethod__")?.unwrap_or_else(|| crate::builtins::singletons::py_bool(false))))
        }
        _ => {}
    }
    if let Some(d) = w.dict.lock(v).clone() {
        if let Some(found) = crate::builtins::dict::as_dict(&d).and_then(|d| d.get_str(name)) {
            return Ok(Some(found));
        }
    }
    // `__name__`, `__qualname__`, `__doc__`, `__module__` come from the function
    // (CPython copies them at construction).
    if matches!(name, "__name__" | "__qualname__" | "__doc__" | "__module__" | "__annotations__") {
        return crate::ops::getattr_opt(vm, &w.func, name);
    }
    Ok(None)
}

fn wrapped_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let w = wrapped(v).ok_or_else(|| PyErr::type_error("expected a wrapper"))?;
    let inner = crate::ops::repr_string(vm, &w.func)?;
    Ok(new_str(&format!("<{}({inner})>", v.ty().body.name)))
}

fn wrapped_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(w) = wrapped(v) {
        visit(&w.func);
        if let Some(d) = w.dict.lock(v).as_ref() {
            visit(d);
        }
    }
}

fn classmethod_dunder_get(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let w = args.first().and_then(wrapped).ok_or_else(|| PyErr::type_error("expected classmethod"))?;
    let owner = match args.get(2).filter(|t| !is_none(t)) {
        Some(t) => t.clone(),
        None => type_value(args.get(1).ok_or_else(|| PyErr::type_error("__get__(None, None) is invalid"))?.ty()),
    };
    let _ = vm;
    Ok(super::bound_method::new_bound_method(w.func.clone(), owner))
}

fn staticmethod_dunder_get(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let w = args.first().and_then(wrapped).ok_or_else(|| PyErr::type_error("expected staticmethod"))?;
    Ok(w.func.clone())
}

// ---- helpers for heap types ---------------------------------------------------------

/// A class attribute `f` as seen from the class `t` (what `t.name` gives): functions
/// stay plain, classmethods bind to `t`, staticmethods unwrap, built-in class methods
/// bind, other descriptors are asked through `__get__(None, t)`.
pub fn bind_class_attribute(vm: &mut Vm, f: Value, t: &'static TypeObject) -> PyResult<Value> {
    let tv = type_value(t);
    crate::builtins::attr_lookup::type_attribute_bound(vm, f, &tv, t)
}

/// A descriptor for slot `name` of heap type `t` (a `__slots__` entry).
pub fn new_slot_member(name: &str, t: &'static TypeObject) -> Value {
    let leaked: &'static str = Box::leak(name.to_string().into_boxed_str());
    crate::builtins::type_namespace::new_slot_member(leaked, &t.body)
}

/// The `__dict__` descriptor of a class whose instances have a dict.
pub fn new_dict_descriptor(t: &'static TypeObject) -> Value {
    crate::builtins::type_namespace::new_getset_descriptor("__dict__", &t.body)
}
