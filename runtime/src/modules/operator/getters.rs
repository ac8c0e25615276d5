//! `operator.itemgetter`, `operator.attrgetter` and `operator.methodcaller`: callable
//! types whose instances hold what to fetch.
//!
//! They are immutable after construction, so their bodies need no lock. attrgetter
//! splits dotted names (`'a.b.c'`) once, at construction, and walks the parts on each
//! call, as CPython does.

use crate::builtin_type;
use crate::builtins::str::{as_str, new_str, new_str_owned};
use crate::builtins::tuple::new_tuple;
use crate::builtins::type_::OBJECT_TYPE;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::modules::args;
use crate::object::{Kind, Slots, TypeObject, Value};

/// `itemgetter(*items)`.
pub struct ItemGetter {
    items: Vec<Value>,
}

/// `attrgetter(*attrs)`: each attribute as its dotted parts, plus the names as given.
pub struct AttrGetter {
    paths: Vec<Vec<String>>,
    names: Vec<Value>,
}

/// `methodcaller(name, /, *args, **kwargs)`.
pub struct MethodCaller {
    name: String,
    args: Vec<Value>,
    kwnames: Vec<Value>,
}

builtin_type!(
    ITEMGETTER_TYPE,
    "operator.itemgetter",
    Kind::Object,
    ItemGetter,
    Some(&OBJECT_TYPE),
    Slots { new: Some(itemgetter_new), call: Some(itemgetter_call), repr: Some(itemgetter_repr), traverse: Some(itemgetter_traverse), ..Slots::EMPTY },
    &[]
);
builtin_type!(
    ATTRGETTER_TYPE,
    "operator.attrgetter",
    Kind::Object,
    AttrGetter,
    Some(&OBJECT_TYPE),
    Slots { new: Some(attrgetter_new), call: Some(attrgetter_call), repr: Some(attrgetter_repr), ..Slots::EMPTY },
    &[]
);
builtin_type!(
    METHODCALLER_TYPE,
    "operator.methodcaller",
    Kind::Object,
    MethodCaller,
    Some(&OBJECT_TYPE),
    Slots { new: Some(methodcaller_new), call: Some(methodcaller_call), repr: Some(methodcaller_repr), traverse: Some(methodcaller_traverse), ..Slots::EMPTY },
    &[]
);

/// The body of `v` if its type is exactly `ty` (a subclass made by a `class` statement
/// has its own instance layout, so its inherited slots must not read this body).
fn body_of<'a, T>(v: &'a Value, ty: &'static TypeObject) -> PyResult<&'a T> {
    if !std::ptr::eq(v.ty(), ty) {
        return Err(PyErr::new(
            &crate::builtins::exceptions::NOT_IMPLEMENTED_ERROR,
            format!("instances of subclasses of the built-in type '{}' are not supported yet", ty.body.name),
        ));
    }
    // SAFETY: `ty`'s instances are allocated with body `T` by the constructors below
    // (each caller names the type whose body is its `T`).
    Ok(unsafe { v.body_unchecked::<T>() })
}
fn item_getter(v: &Value) -> PyResult<&ItemGetter> {
    body_of(v, &ITEMGETTER_TYPE)
}
fn attr_getter(v: &Value) -> PyResult<&AttrGetter> {
    body_of(v, &ATTRGETTER_TYPE)
}
fn method_caller(v: &Value) -> PyResult<&MethodCaller> {
    body_of(v, &METHODCALLER_TYPE)
}

fn itemgetter_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Ok(g) = item_getter(v) {
        g.items.iter().for_each(visit);
    }
}

fn methodcaller_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Ok(m) = method_caller(v) {
        m.args.iter().for_each(visit);
    }
}

fn itemgetter_new(_vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    args::no_keywords("itemgetter", kwnames)?;
    if args.is_empty() {
        return Err(PyErr::type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(crate::object::alloc(&ITEMGETTER_TYPE, ItemGetter { items: args.to_vec() }))
}

/// The one argument a getter is called with.
fn getter_arg<'a>(name: &str, args: &'a [Value], kwnames: &[Value]) -> PyResult<&'a Value> {
    args::no_keywords(name, kwnames)?;
    match args {
        [x] => Ok(x),
        _ => Err(PyErr::type_error(format!("{name} expected 1 argument, got {}", args.len()))),
    }
}

fn itemgetter_call(vm: &mut Vm, f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let obj = getter_arg("itemgetter", args, kwnames)?;
    let g = item_getter(f)?;
    if let [item] = g.items.as_slice() {
        return crate::ops::getitem(vm, obj, item);
    }
    let mut out = Vec::with_capacity(g.items.len());
    for item in &g.items {
        out.push(crate::ops::getitem(vm, obj, item)?);
    }
    Ok(new_tuple(out))
}

fn joined_reprs(vm: &mut Vm, values: &[Value]) -> PyResult<Vec<String>> {
    values.iter().map(|x| crate::ops::repr_string(vm, x)).collect()
}

fn itemgetter_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if vm.repr_guard_enter(v) {
        return Ok(new_str("operator.itemgetter(...)"));
    }
    let parts = match item_getter(v) {
        Ok(g) => joined_reprs(vm, &g.items),
        Err(e) => Err(e),
    };
    vm.repr_guard_leave(v);
    Ok(new_str_owned(format!("operator.itemgetter({})", parts?.join(", ")).into()))
}

fn attrgetter_new(_vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    args::no_keywords("attrgetter", kwnames)?;
    if args.is_empty() {
        return Err(PyErr::type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut paths = Vec::with_capacity(args.len());
    for a in args {
        let Some(s) = as_str(a) else { return Err(PyErr::type_error("attribute name must be a string")) };
        paths.push(s.split('.').map(str::to_string).collect());
    }
    Ok(crate::object::alloc(&ATTRGETTER_TYPE, AttrGetter { paths, names: args.to_vec() }))
}

fn attrgetter_call(vm: &mut Vm, f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let obj = getter_arg("attrgetter", args, kwnames)?;
    let g = attr_getter(f)?;
    let mut out = Vec::with_capacity(g.paths.len());
    for path in &g.paths {
        let mut cur = obj.clone();
        for part in path {
            cur = crate::ops::getattr(vm, &cur, part)?;
        }
        out.push(cur);
    }
    if out.len() == 1 {
        return Ok(out.pop().expect("one"));
    }
    Ok(new_tuple(out))
}

fn attrgetter_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let parts = joined_reprs(vm, &attr_getter(v)?.names)?;
    Ok(new_str_owned(format!("operator.attrgetter({})", parts.join(", ")).into()))
}

fn methodcaller_new(_vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args::npos(args, kwnames);
    if npos == 0 {
        return Err(PyErr::type_error("methodcaller needs at least one argument, the method name"));
    }
    let Some(name) = as_str(&args[0]) else { return Err(PyErr::type_error("method name must be a string")) };
    Ok(crate::object::alloc(&METHODCALLER_TYPE, MethodCaller { name: name.to_string(), args: args[1..].to_vec(), kwnames: kwnames.to_vec() }))
}

fn methodcaller_call(vm: &mut Vm, f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let obj = getter_arg("methodcaller", args, kwnames)?;
    let m = method_caller(f)?;
    let method = crate::ops::getattr(vm, obj, &m.name)?;
    crate::ops::call(vm, &method, &m.args, &m.kwnames)
}

fn methodcaller_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = method_caller(v)?;
    let mut parts = vec![crate::ops::repr_string(vm, &new_str(&m.name))?];
    let npos = m.args.len() - m.kwnames.len();
    for a in &m.args[..npos] {
        parts.push(crate::ops::repr_string(vm, a)?);
    }
    for (k, a) in m.kwnames.iter().zip(&m.args[npos..]) {
        parts.push(format!("{}={}", as_str(k).unwrap_or(""), crate::ops::repr_string(vm, a)?));
    }
    Ok(new_str_owned(format!("operator.methodcaller({})", parts.join(", ")).into()))
}
