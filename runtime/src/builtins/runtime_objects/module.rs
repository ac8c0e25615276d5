//! Module objects: a name and a globals dict.

use crate::builtins::singletons::none;
use crate::builtin_type;
use crate::builtins::dict::as_dict;
use crate::builtins::str::{as_str, new_str};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{Kind, Slots, Value};

/// The body of a module.
pub struct ModuleData {
    /// `__name__`.
    pub name: String,
    /// The namespace.
    pub dict: Value,
}

builtin_type!(
    MODULE_TYPE,
    "module",
    Kind::Module,
    ModuleData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(module_repr),
        traverse: Some(crate::builtins::gc_slots::module_traverse),
        hash: Some(crate::builtins::type_::identity_hash),
        getattr: Some(module_getattr),
        setattr: Some(module_setattr),
        new: Some(module_new),
        ..Slots::EMPTY
    },
    &[]
);

/// `types.ModuleType(name, doc=None)`: an empty module, its `__package__`, `__loader__`
/// and `__spec__` None as CPython leaves them.
fn module_new(_vm: &mut Vm, t: &'static crate::object::TypeObject, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !std::ptr::eq(t, &MODULE_TYPE) {
        return Err(PyErr::new(&crate::builtins::exceptions::NOT_IMPLEMENTED_ERROR, "subclasses of module are not supported by braid"));
    }
    let p = crate::modules::args::bind("module", args, kw, &["name", "doc"], 0, 2, 1)?;
    let name_v = p[0].clone().expect("required");
    let name = as_str(&name_v).ok_or_else(|| PyErr::type_error(format!("module() argument 'name' must be str, not {}", name_v.ty().body.name)))?;
    let dict = crate::builtins::dict::new_dict();
    let d = as_dict(&dict).expect("new dict");
    d.set_str("__doc__", p[1].clone().unwrap_or_else(none));
    d.set_str("__package__", none());
    Ok(new_module(name, dict))
}

/// A new module around `dict` (deferred refcounting: every thread touches modules).
pub fn new_module(name: &str, dict: Value) -> Value {
    if let Some(d) = as_dict(&dict) {
        d.set_str("__name__", new_str(name));
        // CPython's import machinery sets these; braid keeps no docstrings for native
        // modules and has no importlib loader or spec objects, so they are None.
        for (key, value) in [("__doc__", none()), ("__package__", new_str(name.rsplit_once('.').map_or("", |(p, _)| p))), ("__loader__", none()), ("__spec__", none())] {
            if d.get_str(key).is_none() {
                d.set_str(key, value);
            }
        }
    }
    let m = crate::object::alloc(&MODULE_TYPE, ModuleData { name: name.to_string(), dict: dict.clone() });
    if let Some(h) = m.header() {
        h.make_deferred();
    }
    if let Some(h) = dict.header() {
        h.make_deferred();
    }
    m
}

/// The module body, if `v` is a module.
pub fn as_module(v: &Value) -> Option<&ModuleData> {
    if !v.is_small_int() && v.ty().body.kind == Kind::Module {
        // SAFETY: Kind::Module objects are Obj<ModuleData>.
        Some(unsafe { v.body_unchecked::<ModuleData>() })
    } else {
        None
    }
}

fn module_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = as_module(v).ok_or_else(|| PyErr::type_error("expected module"))?;
    // CPython: `from '<file>'` for modules loaded from a file, `(namespace) from [dirs]`
    // for a namespace package (`__file__` None, a `__path__`), `(built-in)` for native ones.
    let d = as_dict(&m.dict);
    let file = d.and_then(|d| d.get_str("__file__"));
    if let Some(path) = file.as_ref().and_then(as_str) {
        return Ok(new_str(&format!("<module '{}' from '{path}'>", m.name)));
    }
    if let (Some(f), Some(dirs)) = (&file, d.and_then(|d| d.get_str("__path__"))) {
        if crate::builtins::singletons::is_none(f) {
            let dirs = crate::ops::repr_string(vm, &dirs)?;
            return Ok(new_str(&format!("<module '{}' (namespace) from {dirs}>", m.name)));
        }
    }
    // Only braid's own native modules are built-in; a module made by `types.ModuleType`
    // has no file, spec or loader and shows just its name.
    if m.name == "builtins" || crate::modules::NATIVE_MODULES.iter().any(|n| n.name == m.name) {
        return Ok(new_str(&format!("<module '{}' (built-in)>", m.name)));
    }
    Ok(new_str(&format!("<module '{}'>", m.name)))
}

fn module_getattr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let m = as_module(v).ok_or_else(|| PyErr::type_error("expected module"))?;
    if name == "__dict__" {
        return Ok(Some(m.dict.clone()));
    }
    let Some(d) = as_dict(&m.dict) else { return Ok(None) };
    if let Some(found) = d.get_str(name) {
        return Ok(Some(found));
    }
    if let Some(found) = crate::builtins::instances::annotations::module_missing_attr(vm, &m.dict, name)? {
        return Ok(Some(found));
    }
    // PEP 562: a module-level `__getattr__(name)` supplies missing attributes.
    match d.get_str("__getattr__") {
        Some(hook) => crate::ops::call(vm, &hook, &[new_str(name)], &[]).map(Some),
        None => Ok(None),
    }
}

fn module_setattr(vm: &mut Vm, v: &Value, name: &str, value: Option<Value>) -> PyResult<()> {
    let m = as_module(v).ok_or_else(|| PyErr::type_error("expected module"))?;
    let d = as_dict(&m.dict).ok_or_else(|| PyErr::type_error("module dict"))?;
    if name == "__annotate__" {
        crate::builtins::instances::annotations::set_module_annotate(vm, &m.dict, value.as_ref())?;
    }
    match value {
        Some(val) => d.set_str(name, val),
        None => {
            if d.remove(vm, &new_str(name))?.is_none() {
                return Err(PyErr::attribute_error(format!("module '{}' has no attribute '{name}'", m.name)));
            }
        }
    }
    let _ = as_str;
    Ok(())
}
