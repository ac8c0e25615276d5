//! Deferred annotations (PEP 649/749): `__annotate__` and `__annotations__` of
//! functions, classes and modules, and the two helpers compiled annotation scopes call.
//!
//! The compiler turns the annotations of a `def`, a class body or a module into an
//! *annotate function* `__annotate__(format)` (see `compiler/annotations.rs`); nothing is
//! evaluated when the definition runs. `__annotations__` calls it with `Format.VALUE` (1)
//! the first time it is read and keeps the dict, as CPython 3.14 does:
//!
//! * a function keeps both in its own fields (`FunctionData::annotate`/`annotations`);
//!   assigning `__annotations__` drops the annotate function, assigning a new annotate
//!   function drops the cached dict;
//! * a class finds its annotate function in its *own* dict (`__annotate__`, else the
//!   compiler's `__annotate_func__`) and caches the dict as `__annotations_cache__`, so a
//!   subclass never sees its bases' annotations;
//! * a module keeps `__annotate__` and the cached `__annotations__` in its globals.
//!
//! Annotation scopes of a class (the class's own and its methods') see the class
//! namespace before the globals, as CPython's `__classdict__` cell gives them: the class
//! body stores its namespace in that cell ([`class_namespace_function`]) and the scope
//! reads global names through [`classdict_load_function`]. annotationlib replaces the
//! cell and the globals to compute the `FORWARDREF` and `STRING` formats.

use crate::builtins::dict::{as_dict, new_dict};
use crate::builtins::function::FunctionData;
use crate::builtins::singletons::{is_none, none};
use crate::builtins::str::new_str;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{TypeObject, Value};

/// `annotate(1)`, which must give a dict.
fn call_annotate(vm: &mut Vm, annotate: &Value) -> PyResult<Value> {
    let r = crate::ops::call(vm, annotate, &[crate::builtins::int::new_int(1)], &[])?;
    if as_dict(&r).is_none() {
        return Err(PyErr::type_error(format!("__annotate__ returned non-dict of type '{}'", r.ty().body.name)));
    }
    Ok(r)
}

fn check_annotate(value: Option<&Value>, when_deleted: &str) -> PyResult<()> {
    match value {
        None => Err(PyErr::type_error(when_deleted.to_string())),
        Some(v) if !is_none(v) && !crate::ops::callable(v) => Err(PyErr::type_error("__annotate__ must be callable or None")),
        Some(_) => Ok(()),
    }
}

// ---- functions ----------------------------------------------------------------------

/// `f.__annotations__`: the cached dict, else `f.__annotate__(1)` (cached), else `{}`.
pub fn function_annotations(vm: &mut Vm, v: &Value, f: &FunctionData) -> PyResult<Value> {
    if let Some(a) = f.annotations.lock(v).clone() {
        return Ok(a);
    }
    let annotate = f.annotate.lock(v).clone().filter(|a| !is_none(a));
    let d = match annotate {
        Some(a) if crate::ops::callable(&a) => call_annotate(vm, &a)?,
        _ => new_dict(),
    };
    *f.annotations.lock(v) = Some(d.clone());
    Ok(d)
}

/// Assigning or deleting `f.__annotations__` / `f.__annotate__`.
pub fn set_function_annotations(v: &Value, f: &FunctionData, name: &str, value: Option<Value>) -> PyResult<()> {
    if name == "__annotate__" {
        check_annotate(value.as_ref(), "__annotate__ cannot be deleted")?;
        let value = value.expect("checked");
        if !is_none(&value) {
            *f.annotations.lock(v) = None;
        }
        *f.annotate.lock(v) = Some(value);
        return Ok(());
    }
    let value = value.filter(|x| !is_none(x));
    if value.as_ref().is_some_and(|x| as_dict(x).is_none()) {
        return Err(PyErr::type_error("__annotations__ must be set to a dict object"));
    }
    *f.annotations.lock(v) = value;
    *f.annotate.lock(v) = Some(none());
    Ok(())
}

/// `f.__builtins__`: the builtins the function's globals name, else the interpreter's.
pub fn function_builtins(vm: &mut Vm, f: &FunctionData) -> Value {
    let own = as_dict(&f.globals).and_then(|g| g.get_str("__builtins__"));
    let b = own.map(|b| crate::builtins::module::as_module(&b).map_or(b.clone(), |m| m.dict.clone()));
    b.or_else(|| vm.builtins().cloned()).unwrap_or_else(new_dict)
}

// ---- classes ------------------------------------------------------------------------

fn own_dict(t: &'static TypeObject) -> Option<&'static crate::builtins::dict::DictData> {
    t.body.state.dict_if_filled().and_then(as_dict)
}

/// `C.__annotate__`: the class's own annotate function, or None.
pub fn class_annotate(t: &'static TypeObject) -> Value {
    let Some(d) = own_dict(t) else { return none() };
    d.get_str("__annotate__").or_else(|| d.get_str("__annotate_func__")).unwrap_or_else(none)
}

/// `C.__annotations__`: the class's own (never a base's), computed once.
pub fn class_annotations(vm: &mut Vm, t: &'static TypeObject) -> PyResult<Value> {
    let d = own_dict(t).ok_or_else(|| PyErr::attribute_error(format!("type object '{}' has no attribute '__annotations__'", t.body.name)))?;
    // Set by the class body itself (`from __future__ import annotations`), else cached.
    if let Some(a) = d.get_str("__annotations__").or_else(|| d.get_str("__annotations_cache__")) {
        return Ok(a);
    }
    let annotate = class_annotate(t);
    let out = if crate::ops::callable(&annotate) { call_annotate(vm, &annotate)? } else { new_dict() };
    crate::builtins::attr_lookup::type_dict_store(vm, t, d, "__annotations_cache__", Some(out.clone()))?;
    Ok(out)
}

/// Assigning or deleting `C.__annotations__` / `C.__annotate__` (a heap type).
pub fn set_class_attr(vm: &mut Vm, t: &'static TypeObject, name: &str, value: Option<Value>) -> PyResult<()> {
    let d = own_dict(t).ok_or_else(|| PyErr::type_error(format!("cannot set '{name}' attribute of immutable type '{}'", t.body.name)))?;
    let store = |vm: &mut Vm, key: &str, v: Option<Value>| -> PyResult<()> {
        if v.is_none() && d.get_str(key).is_none() {
            return Ok(());
        }
        crate::builtins::attr_lookup::type_dict_store(vm, t, d, key, v)
    };
    if name == "__annotate__" {
        check_annotate(value.as_ref(), "cannot delete __annotate__ attribute")?;
        let value = value.expect("checked");
        store(vm, "__annotate__", Some(value.clone()))?;
        if !is_none(&value) {
            store(vm, "__annotations_cache__", None)?;
        }
        return Ok(());
    }
    // `__annotations__` written by a `from __future__` class body stays where it is.
    let key = if d.get_str("__annotations__").is_some() { "__annotations__" } else { "__annotations_cache__" };
    if value.is_none() && d.get_str(key).is_none() {
        return Err(PyErr::attribute_error("__annotations__"));
    }
    store(vm, key, value)?;
    store(vm, "__annotate_func__", None)?;
    store(vm, "__annotate__", None)
}

// ---- modules ------------------------------------------------------------------------

/// A module's `__annotations__` or `__annotate__` when its dict has no such entry.
pub fn module_missing_attr(vm: &mut Vm, dict: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(d) = as_dict(dict) else { return Ok(None) };
    match name {
        "__annotate__" => Ok(Some(none())),
        "__annotations__" => {
            let out = match d.get_str("__annotate__") {
                Some(a) if crate::ops::callable(&a) => call_annotate(vm, &a)?,
                _ => new_dict(),
            };
            if !module_initializing(vm, d)? {
                d.set(vm, new_str("__annotations__"), out.clone())?;
            }
            Ok(Some(out))
        }
        _ => Ok(None),
    }
}

/// `__spec__._initializing` of a module being imported (its annotations are not cached).
fn module_initializing(vm: &mut Vm, d: &crate::builtins::dict::DictData) -> PyResult<bool> {
    match d.get_str("__spec__") {
        Some(spec) if !is_none(&spec) => match crate::ops::getattr(vm, &spec, "_initializing") {
            Ok(v) => crate::ops::truthy(vm, &v),
            Err(_) => Ok(false),
        },
        _ => Ok(false),
    }
}

/// Checks an assignment to a module's `__annotate__`; a new annotate function drops the
/// cached `__annotations__`.
pub fn set_module_annotate(vm: &mut Vm, dict: &Value, value: Option<&Value>) -> PyResult<()> {
    check_annotate(value, "cannot delete __annotate__ attribute")?;
    if let (Some(d), Some(v)) = (as_dict(dict), value) {
        if !is_none(v) {
            d.remove(vm, &new_str("__annotations__"))?;
        }
    }
    Ok(())
}

// ---- helpers called by compiled annotation scopes -------------------------------------

/// The running class body's namespace (what its `__classdict__` cell holds).
fn class_namespace(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.frames.last().and_then(|f| f.locals.clone()).unwrap_or_else(new_dict))
}

/// `name` from the class namespace, else the calling frame's globals (with a dict
/// subclass's `__missing__`), else builtins: CPython's LOAD_FROM_DICT_OR_GLOBALS.
fn classdict_load(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [classdict, name] = args else { return Err(PyErr::type_error("classdict lookup takes 2 arguments")) };
    match crate::ops::getitem(vm, classdict, name) {
        Ok(v) => return Ok(v),
        Err(e) if e.matches(&crate::builtins::exceptions::KEY_ERROR) => {}
        Err(e) => return Err(e),
    }
    let globals = vm.frames.last().map(|f| f.globals.clone()).unwrap_or_else(new_dict);
    if let Some(v) = as_dict(&globals).map(|g| g.get(vm, name)).transpose()?.flatten() {
        return Ok(v);
    }
    if globals.ty().body.state.is_heap() {
        match crate::builtins::instances::protocol::call_hook(vm, &globals, "__missing__", std::slice::from_ref(name)) {
            Ok(Some(v)) => return Ok(v),
            Err(e) if !e.matches(&crate::builtins::exceptions::KEY_ERROR) => return Err(e),
            _ => {}
        }
    }
    let own = as_dict(&globals).and_then(|g| g.get_str("__builtins__"));
    let builtins = own.map(|b| crate::builtins::module::as_module(&b).map_or(b.clone(), |m| m.dict.clone())).or_else(|| vm.builtins().cloned());
    if let Some(v) = builtins.as_ref().and_then(as_dict).map(|b| b.get(vm, name)).transpose()?.flatten() {
        return Ok(v);
    }
    let text = crate::builtins::str::as_str(name).unwrap_or("");
    let e = PyErr::new(&crate::builtins::exceptions::NAME_ERROR, format!("name '{text}' is not defined"));
    crate::builtins::exceptions::set_extra(&e.exc, "name", name.clone());
    Err(e)
}

/// `name` from the class namespace, else the content of `cell` (a variable of an
/// enclosing function): CPython's LOAD_FROM_DICT_OR_DEREF.
fn classdict_deref(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [classdict, name, cell] = args else { return Err(PyErr::type_error("classdict lookup takes 3 arguments")) };
    match crate::ops::getitem(vm, classdict, name) {
        Ok(v) => return Ok(v),
        Err(e) if e.matches(&crate::builtins::exceptions::KEY_ERROR) => {}
        Err(e) => return Err(e),
    }
    match crate::builtins::function::as_cell(cell).and_then(|c| c.value.lock(cell).clone()) {
        Some(v) => Ok(v),
        None => Err(PyErr::new(
            &crate::builtins::exceptions::NAME_ERROR,
            format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", crate::builtins::str::as_str(name).unwrap_or("")),
        )),
    }
}

/// The built-in function an annotation scope of a class calls to read a variable of
/// an enclosing function.
pub fn classdict_deref_function() -> Value {
    crate::builtins::function::new_builtin_function("__load_from_classdict_or_deref__", classdict_deref, None)
}

/// The built-in function a class body calls to fill its `__classdict__` cell.
pub fn class_namespace_function() -> Value {
    crate::builtins::function::new_builtin_function("__classdict__", class_namespace, None)
}

/// The built-in function an annotation scope of a class calls to read a global name.
pub fn classdict_load_function() -> Value {
    crate::builtins::function::new_builtin_function("__load_from_classdict__", classdict_load, None)
}
