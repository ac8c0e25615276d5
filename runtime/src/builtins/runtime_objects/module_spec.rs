//! Module specs and loaders: the objects behind `__spec__` and `__loader__`.
//!
//! CPython's are instances of Python classes in `importlib._bootstrap`; braid's import
//! system is native, so these are small native types whose instances keep their
//! attributes in a dict (readable and writable like a plain instance's). They carry
//! CPython's qualified type names (`_frozen_importlib.ModuleSpec`,
//! `_frozen_importlib_external.SourceFileLoader`, `..NamespaceLoader`), so reprs and
//! `type(...).__name__` read as CPython's do. A spec has `name`, `loader`, `origin`,
//! `submodule_search_locations`, `cached` (always None: no bytecode cache),
//! `has_location`, the computed `parent`, and `_initializing` while its module's code runs
//! (which is how `from a import x` recognises a circular import, as CPython does).
//! Loaders have `name` and `path`. Native modules get CPython's built-in spec:
//! `loader` is the class `_frozen_importlib.BuiltinImporter`, `origin` is `'built-in'`.

use crate::builtin_type;
use crate::builtins::dict::{as_dict, new_dict};
use crate::builtins::singletons::{is_none, none, py_bool};
use crate::builtins::str::{as_str, new_str};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{Kind, Slots, Value};

/// An object whose attributes live in a dict.
pub struct AttrBag {
    dict: Value,
}

macro_rules! bag_type {
    ($static_name:ident, $name:literal, $repr:expr) => {
        builtin_type!(
            $static_name,
            $name,
            Kind::Object,
            AttrBag,
            Some(&crate::builtins::type_::OBJECT_TYPE),
            Slots {
                repr: $repr,
                hash: Some(crate::builtins::type_::identity_hash),
                getattr: Some(bag_getattr),
                setattr: Some(bag_setattr),
                traverse: Some(bag_traverse),
                ..Slots::EMPTY
            },
            &[]
        );
    };
}

bag_type!(
    MODULE_SPEC_TYPE,
    "_frozen_importlib.ModuleSpec",
    Some(spec_repr)
);
bag_type!(
    SOURCE_LOADER_TYPE,
    "_frozen_importlib_external.SourceFileLoader",
    None
);
bag_type!(
    NAMESPACE_LOADER_TYPE,
    "_frozen_importlib_external.NamespaceLoader",
    None
);

builtin_type!(
    BUILTIN_IMPORTER_TYPE,
    "_frozen_importlib.BuiltinImporter",
    Kind::Object,
    (),
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        hash: Some(crate::builtins::type_::identity_hash),
        ..Slots::EMPTY
    },
    &[]
);

fn as_bag(v: &Value) -> Option<&AttrBag> {
    let ty = if v.is_small_int() {
        return None;
    } else {
        v.ty()
    };
    if [
        &MODULE_SPEC_TYPE,
        &SOURCE_LOADER_TYPE,
        &NAMESPACE_LOADER_TYPE,
    ]
    .iter()
    .any(|t| std::ptr::eq(ty, *t))
    {
        // SAFETY: objects of the attribute-bag types are Obj<AttrBag>.
        Some(unsafe { v.body_unchecked::<AttrBag>() })
    } else {
        None
    }
}

fn new_bag(ty: &'static crate::object::TypeObject, attrs: &[(&str, Value)]) -> Value {
    let dict = new_dict();
    if let Some(d) = as_dict(&dict) {
        for (k, v) in attrs {
            d.set_str(k, v.clone());
        }
    }
    crate::object::alloc(ty, AttrBag { dict })
}

fn bag_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(b) = as_bag(v) {
        visit(&b.dict);
    }
}

fn bag_get(v: &Value, name: &str) -> Option<Value> {
    as_bag(v)
        .and_then(|b| as_dict(&b.dict))
        .and_then(|d| d.get_str(name))
}

fn bag_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(b) = as_bag(v) else { return Ok(None) };
    if name == "__dict__" {
        return Ok(Some(b.dict.clone()));
    }
    if let Some(found) = as_dict(&b.dict).and_then(|d| d.get_str(name)) {
        return Ok(Some(found));
    }
    if name == "parent" && std::ptr::eq(v.ty(), &MODULE_SPEC_TYPE) {
        return Ok(Some(spec_parent(v)));
    }
    Ok(None)
}

fn bag_setattr(vm: &mut Vm, v: &Value, name: &str, value: Option<Value>) -> PyResult<()> {
    let b = as_bag(v).ok_or_else(|| PyErr::type_error("expected a spec or loader"))?;
    let d = as_dict(&b.dict).ok_or_else(|| PyErr::type_error("attribute dict"))?;
    match value {
        Some(val) => d.set_str(name, val),
        None => {
            if d.remove(vm, &new_str(name))?.is_none() {
                let ty = v.ty().body.name;
                let short = ty.rsplit_once('.').map_or(ty, |(_, n)| n);
                return Err(PyErr::attribute_error(format!(
                    "'{short}' object has no attribute '{name}'"
                )));
            }
        }
    }
    Ok(())
}

/// `spec.parent`: the package a module belongs to (the module itself for a package).
fn spec_parent(spec: &Value) -> Value {
    let name = bag_get(spec, "name")
        .and_then(|n| as_str(&n).map(str::to_string))
        .unwrap_or_default();
    let is_package = bag_get(spec, "submodule_search_locations").is_some_and(|l| !is_none(&l));
    if is_package {
        new_str(&name)
    } else {
        new_str(name.rsplit_once('.').map_or("", |(p, _)| p))
    }
}

fn spec_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let get = |n: &str| bag_get(v, n).unwrap_or_else(none);
    let mut out = format!(
        "ModuleSpec(name={}, loader={}",
        crate::ops::repr_string(vm, &get("name"))?,
        crate::ops::repr_string(vm, &get("loader"))?
    );
    for field in ["origin", "submodule_search_locations"] {
        let value = get(field);
        if !is_none(&value) {
            out.push_str(&format!(
                ", {field}={}",
                crate::ops::repr_string(vm, &value)?
            ));
        }
    }
    out.push(')');
    Ok(new_str(&out))
}

/// A spec for a module found on a path: `origin` is its file (None for a namespace
/// package), `locations` its `__path__` list for a package.
pub fn new_spec(
    name: &str,
    loader: Value,
    origin: Option<&str>,
    locations: Option<Value>,
) -> Value {
    new_bag(
        &MODULE_SPEC_TYPE,
        &[
            ("name", new_str(name)),
            ("loader", loader),
            ("origin", origin.map_or_else(none, new_str)),
            ("loader_state", none()),
            ("submodule_search_locations", locations.unwrap_or_else(none)),
            ("cached", none()),
            ("has_location", py_bool(origin.is_some())),
        ],
    )
}

/// A `SourceFileLoader` for the module `name` read from `path`.
pub fn new_source_loader(name: &str, path: &str) -> Value {
    new_bag(
        &SOURCE_LOADER_TYPE,
        &[("name", new_str(name)), ("path", new_str(path))],
    )
}

/// A `NamespaceLoader` for the namespace package `name` with `__path__` list `path`.
pub fn new_namespace_loader(name: &str, path: Value) -> Value {
    new_bag(
        &NAMESPACE_LOADER_TYPE,
        &[("name", new_str(name)), ("path", path)],
    )
}

/// The spec of a native module: `ModuleSpec(name=..., loader=<class
/// '_frozen_importlib.BuiltinImporter'>, origin='built-in')`.
pub fn builtin_spec(name: &str) -> Value {
    let spec = new_spec(name, builtin_loader(), Some("built-in"), None);
    if let Some(d) = as_bag(&spec).and_then(|b| as_dict(&b.dict)) {
        d.set_str("has_location", py_bool(false));
    }
    spec
}

/// `__loader__` of native modules: the class `BuiltinImporter` itself, as CPython's.
pub fn builtin_loader() -> Value {
    crate::builtins::type_::type_value(&BUILTIN_IMPORTER_TYPE)
}

/// Marks `spec` (if it is one of braid's specs) as running its module's code or not.
pub fn set_initializing(spec: &Value, running: bool) {
    if let Some(d) = as_bag(spec).and_then(|b| as_dict(&b.dict)) {
        d.set_str("_initializing", py_bool(running));
    }
}

/// Whether the module with this `__spec__` is still running its code (CPython reads
/// `spec._initializing` the same way, so a user-made spec object works too).
pub fn is_initializing(vm: &mut Vm, spec: &Value) -> bool {
    if is_none(spec) {
        return false;
    }
    match crate::ops::getattr_opt(vm, spec, "_initializing") {
        Ok(Some(v)) => crate::ops::truthy(vm, &v).unwrap_or(false),
        _ => false,
    }
}

/// Whether `spec` describes a namespace package (its loader is a `NamespaceLoader`).
pub fn is_namespace_spec(spec: &Value) -> bool {
    bag_get(spec, "loader")
        .is_some_and(|l| !l.is_small_int() && std::ptr::eq(l.ty(), &NAMESPACE_LOADER_TYPE))
}

/// `spec._initializing`, read without running code (for attribute errors on modules).
pub fn initializing_flag(spec: &Value) -> bool {
    bag_get(spec, "_initializing").is_some_and(|v| v.is(&py_bool(true)))
}

/// Whether `child` is a submodule of the spec's module that is being imported right now
/// (CPython's `spec._uninitialized_submodules`).
pub fn is_uninitialized_submodule(spec: &Value, child: &str) -> bool {
    bag_get(spec, "_uninitialized_submodules")
        .and_then(|l| {
            crate::builtins::list::as_list(&l)
                .map(|list| list.items().iter().any(|v| as_str(v) == Some(child)))
        })
        .unwrap_or(false)
}

/// Records (`Some(child)`) or forgets (`None`: the last one) a submodule being imported.
pub fn track_submodule(spec: &Value, child: Option<&str>) {
    let Some(d) = as_bag(spec).and_then(|b| as_dict(&b.dict)) else {
        return;
    };
    let list = match d.get_str("_uninitialized_submodules") {
        Some(l) if crate::builtins::list::as_list(&l).is_some() => l,
        _ => {
            let l = crate::builtins::list::new_list(Vec::new());
            d.set_str("_uninitialized_submodules", l.clone());
            l
        }
    };
    if let Some(items) = crate::builtins::list::as_list(&list) {
        // The list belongs to this spec and is only changed by the importing thread.
        let items = items.items_mut();
        match child {
            Some(c) => items.push(new_str(c)),
            None => {
                items.pop();
            }
        }
    }
}

/// `sys.path[0]` as the program started (None under `-P`/`-I`): a module whose file lies
/// there may shadow a library module of the same name, which CPython 3.13+ mentions in
/// its circular-import errors.
static SYS_PATH_0: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();

/// Records the program's `sys.path[0]` (once per process, by the command line's start-up).
pub fn set_sys_path_0(path0: Option<String>) {
    let _ = SYS_PATH_0.set(path0);
}

/// `spec.origin` when `spec.has_location` is true and the origin is a str (CPython's
/// `_PyModuleSpec_GetFileOrigin`).
pub fn file_origin(vm: &mut Vm, spec: &Value) -> PyResult<Option<String>> {
    let Some(has_location) = crate::ops::getattr_opt(vm, spec, "has_location")? else {
        return Ok(None);
    };
    if !crate::ops::truthy(vm, &has_location)? {
        return Ok(None);
    }
    Ok(crate::ops::getattr_opt(vm, spec, "origin")?.and_then(|o| as_str(&o).map(str::to_string)))
}

/// [`file_origin`] for braid's own specs, without running code.
pub fn file_origin_of_bag(spec: &Value) -> Option<String> {
    if !bag_get(spec, "has_location").is_some_and(|v| v.is(&py_bool(true))) {
        return None;
    }
    bag_get(spec, "origin").and_then(|o| as_str(&o).map(str::to_string))
}

/// Whether the module at `origin` sits in the program's directory (a package: its folder
/// does), where it may hide a library module of the same name.
pub fn is_possibly_shadowing(origin: Option<&str>) -> bool {
    let Some(origin) = origin else { return false };
    let Some(Some(path0)) = SYS_PATH_0.get() else {
        return false;
    };
    let Some((mut root, last)) = origin.rsplit_once('/') else {
        return false;
    };
    if last == "__init__.py" {
        let Some((parent, _)) = root.rsplit_once('/') else {
            return false;
        };
        root = parent;
    }
    if path0.is_empty() {
        std::env::current_dir().is_ok_and(|cwd| cwd.to_string_lossy() == root)
    } else {
        path0 == root
    }
}
