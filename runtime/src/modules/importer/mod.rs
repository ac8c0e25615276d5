//! The import system: `import`, `from ... import`, `__import__`, `importlib`, `-m`.
//!
//! It follows CPython's `importlib._bootstrap` step for step, but natively, with no
//! meta path or path hooks to consult:
//!
//! 1. [`import_module`] is the `IMPORT_NAME` instruction and `__import__`: it resolves a
//!    relative name against the importing module's `__package__`/`__spec__`/`__name__`,
//!    imports it ([`find_and_load`]), then either returns the top-level package (`import
//!    a.b.c` binds `a`) or, with a from-list, imports the listed submodules of a package.
//! 2. [`find_and_load`] looks in `sys.modules` first (whatever object is there is the
//!    module; `None` stops the import), imports the parent package first for a dotted
//!    name, then finds the module: native modules (the `NATIVE_MODULES` registry, like
//!    CPython's built-in importer) before anything on the search path, then the search
//!    path itself ([`finder`]): `sys.path` for a top-level module, the parent's `__path__`
//!    for a submodule. Python files come from disk or from braid's embedded library
//!    ([`embedded`]), the last `sys.path` entry.
//! 3. [`load`] creates the module, sets its attributes, puts it in `sys.modules` before
//!    running its code (so circular imports see the partially initialised module, its
//!    spec marked `_initializing`) and removes it again if the code raises; a loaded
//!    submodule becomes an attribute of its package.
//!
//! `from x import y` ([`names::import_from`]) falls back to `sys.modules['x.y']` and
//! raises CPython's "cannot import name" texts, including the circular-import one;
//! `from x import *` honours `__all__`. [`sys_path`] builds the initial `sys.path`;
//! [`run_main`] is `braid -m`.

pub mod embedded;
pub mod finder;
mod load;
mod names;
pub mod run_main;
pub mod sys_path;

/// The spec and loader types live with the module type.
pub use crate::builtins::runtime_objects::module_spec as spec;

pub use embedded::LIB_ROOT;
pub use load::reload;
pub use names::{import_from, import_star};

use crate::builtins::dict::{as_dict, DictData};
use crate::builtins::exceptions::{set_extra, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR};
use crate::builtins::singletons::{is_none, none};
use crate::builtins::str::{as_str, new_str};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;

/// `getattr(v, name, None)`: the attribute, or None when it is missing or the lookup raised
/// AttributeError (a module `__getattr__`), as CPython's import code reads optional
/// attributes.
pub(crate) fn lookup(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    match crate::ops::getattr_opt(vm, v, name) {
        Err(e) if e.matches(&crate::builtins::exceptions::ATTRIBUTE_ERROR) => Ok(None),
        other => other,
    }
}

/// `sys.modules`.
pub(crate) fn modules_dict(vm: &Vm) -> PyResult<&DictData> {
    vm.modules()
        .and_then(as_dict)
        .ok_or_else(|| PyErr::runtime_error("sys.modules is not initialised"))
}

/// An ImportError (or subclass) carrying CPython's `name` and `path` attributes.
pub(crate) fn import_error(
    ty: &'static crate::object::TypeObject,
    msg: String,
    name: Option<&str>,
    path: Option<&str>,
) -> PyErr {
    let e = PyErr::new(ty, msg);
    set_extra(&e.exc, "name", name.map_or_else(none, new_str));
    set_extra(&e.exc, "path", path.map_or_else(none, new_str));
    e
}

/// `ModuleNotFoundError(msg, name=name)`.
pub(crate) fn not_found(msg: String, name: &str) -> PyErr {
    import_error(&MODULE_NOT_FOUND_ERROR, msg, Some(name), None)
}

/// The `IMPORT_NAME` instruction and `__import__(name, globals, locals, fromlist, level)`:
/// imports `name` (relative to the package of `globals` when `level > 0`) and returns
/// what the statement binds (the top-level package without a from-list).
pub fn import_module(
    vm: &mut Vm,
    name: &str,
    globals: Option<&Value>,
    fromlist: Option<&Value>,
    level: u16,
) -> PyResult<Value> {
    let absolute = if level > 0 {
        resolve_name(vm, name, globals, level)?
    } else {
        if name.is_empty() {
            return Err(PyErr::value_error("Empty module name"));
        }
        name.to_string()
    };
    let module = find_and_load(vm, &absolute)?;
    let Some(fromlist) = fromlist else {
        let top_len = name.find('.').unwrap_or(name.len());
        if level == 0 {
            return if top_len == name.len() {
                Ok(module)
            } else {
                find_and_load(vm, &name[..top_len])
            };
        }
        if name.is_empty() {
            return Ok(module);
        }
        // `__import__('b.c', level=1)` from package `p` returns `p.b`.
        let cut = name.len() - top_len;
        let full = module_name(vm, &module)?;
        let wanted = &full[..full.len().saturating_sub(cut)];
        return modules_dict(vm)?
            .get_str(wanted)
            .ok_or_else(|| PyErr::key_error(new_str(wanted)));
    };
    if lookup(vm, &module, "__path__")?.is_some() {
        handle_fromlist(vm, &module, fromlist, false)?;
    }
    Ok(module)
}

/// `importlib.import_module(name, package)` after the leading dots were counted: the
/// module itself, not its top-level package.
pub fn import_resolved(
    vm: &mut Vm,
    name: &str,
    package: Option<&str>,
    level: u16,
) -> PyResult<Value> {
    let absolute = if level > 0 {
        let globals = crate::builtins::dict::new_dict();
        if let Some(d) = as_dict(&globals) {
            d.set_str("__package__", package.map_or_else(none, new_str));
        }
        resolve_name(vm, name, Some(&globals), level)?
    } else {
        name.to_string()
    };
    if absolute.is_empty() {
        return Err(PyErr::value_error("Empty module name"));
    }
    find_and_load(vm, &absolute)
}

/// `module.__name__` as a String.
fn module_name(vm: &mut Vm, module: &Value) -> PyResult<String> {
    let n = crate::ops::getattr(vm, module, "__name__")?;
    Ok(as_str(&n).unwrap_or("").to_string())
}

/// The absolute name of a relative import (CPython's `resolve_name`): the package comes
/// from `__package__`, else `__spec__.parent`, else `__name__` (minus its last part
/// unless the module is a package).
fn resolve_name(vm: &mut Vm, name: &str, globals: Option<&Value>, level: u16) -> PyResult<String> {
    let empty = crate::builtins::dict::new_dict();
    // No globals at all reads as an empty namespace; an explicit non-dict is an error.
    let globals = globals.unwrap_or(&empty);
    let g = as_dict(globals).ok_or_else(|| PyErr::type_error("globals must be a dict"))?;
    let package = g.get_str("__package__").filter(|p| !is_none(p));
    let spec = g.get_str("__spec__").filter(|s| !is_none(s));
    let package = if let Some(p) = package {
        as_str(&p)
            .ok_or_else(|| PyErr::type_error("package must be a string"))?
            .to_string()
    } else if let Some(s) = spec {
        let parent = crate::ops::getattr(vm, &s, "parent")?;
        as_str(&parent)
            .ok_or_else(|| PyErr::type_error("__spec__.parent must be a string"))?
            .to_string()
    } else {
        let n = g
            .get_str("__name__")
            .ok_or_else(|| PyErr::key_error(new_str("'__name__' not in globals")))?;
        let n = as_str(&n).ok_or_else(|| PyErr::type_error("__name__ must be a string"))?;
        if g.get_str("__path__").is_some() {
            n.to_string()
        } else {
            n.rsplit_once('.').map_or("", |(p, _)| p).to_string()
        }
    };
    if package.is_empty() {
        return Err(import_error(
            &IMPORT_ERROR,
            "attempted relative import with no known parent package".to_string(),
            None,
            None,
        ));
    }
    relative_to(&package, name, level)
}

/// `name` relative to `package` with `level` leading dots (`level` 1 is the package
/// itself, each further dot one package up).
pub(crate) fn relative_to(package: &str, name: &str, level: u16) -> PyResult<String> {
    let mut base = package;
    for _ in 1..level {
        match base.rfind('.') {
            Some(i) => base = &base[..i],
            None => {
                return Err(import_error(
                    &IMPORT_ERROR,
                    "attempted relative import beyond top-level package".to_string(),
                    None,
                    None,
                ));
            }
        }
    }
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

/// The spec `name` would be imported with from `search`, without importing it
/// (`importlib.util.find_spec`): a built-in spec for a native module, None if nothing
/// is found.
pub fn spec_for(name: &str, search: &[String]) -> Option<Value> {
    if crate::modules::NATIVE_MODULES
        .iter()
        .any(|m| m.name == name)
    {
        return Some(spec::builtin_spec(name));
    }
    let last = name.rsplit_once('.').map_or(name, |(_, l)| l);
    Some(match finder::find(last, search)? {
        finder::Found::Source {
            origin,
            package_dir,
            ..
        } => {
            let locations = package_dir.map(|d| crate::builtins::list::new_list(vec![new_str(&d)]));
            spec::new_spec(
                name,
                spec::new_source_loader(name, &origin),
                Some(&origin),
                locations,
            )
        }
        finder::Found::Namespace { dirs } => {
            let path = crate::builtins::list::new_list(dirs.iter().map(|d| new_str(d)).collect());
            spec::new_spec(
                name,
                spec::new_namespace_loader(name, path.clone()),
                None,
                Some(path),
            )
        }
    })
}

/// `from package import a, b`: imports each listed name that is not yet an attribute of
/// the package as a submodule (a missing submodule is left for `import_from` to report).
/// `*` stands for `__all__` (one level deep).
fn handle_fromlist(vm: &mut Vm, module: &Value, fromlist: &Value, recursive: bool) -> PyResult<()> {
    let items = crate::ops::collect_iterable(vm, fromlist)?;
    let mut package_name: Option<String> = None;
    for item in items {
        let Some(x) = as_str(&item) else {
            let ty = item.ty().body.name;
            let msg = if recursive {
                format!(
                    "Item in {}.__all__ must be str, not {ty}",
                    module_name(vm, module)?
                )
            } else {
                format!("Item in ``from list'' must be str, not {ty}")
            };
            return Err(PyErr::type_error(msg));
        };
        if x == "*" {
            if !recursive {
                if let Some(all) = lookup(vm, module, "__all__")? {
                    handle_fromlist(vm, module, &all, true)?;
                }
            }
            continue;
        }
        if lookup(vm, module, x)?.is_some() {
            continue;
        }
        if package_name.is_none() {
            package_name = Some(module_name(vm, module)?);
        }
        let from_name = format!("{}.{x}", package_name.as_deref().unwrap_or(""));
        if let Err(e) = find_and_load(vm, &from_name) {
            let missing_submodule = e.matches(&MODULE_NOT_FOUND_ERROR)
                && crate::builtins::exceptions::get_extra(&e.exc, "name")
                    .as_ref()
                    .and_then(as_str)
                    == Some(from_name.as_str())
                && !modules_dict(vm)?
                    .get_str(&from_name)
                    .is_some_and(|m| is_none(&m));
            if !missing_submodule {
                return Err(e);
            }
        }
    }
    Ok(())
}

/// The `sys.path` list as strings (other entries are skipped, as CPython's path finder
/// skips them).
pub(crate) fn sys_path_entries(vm: &mut Vm) -> PyResult<Vec<String>> {
    let sys = find_and_load(vm, "sys")?;
    let Some(path) = lookup(vm, &sys, "path")? else {
        return Err(import_error(
            &IMPORT_ERROR,
            "sys.path must be a list of directory names".to_string(),
            None,
            None,
        ));
    };
    path_entries(vm, &path)
}

/// The string items of a search path (`sys.path` or a `__path__`).
pub(crate) fn path_entries(vm: &mut Vm, path: &Value) -> PyResult<Vec<String>> {
    let items = crate::ops::collect_iterable(vm, path)?;
    Ok(items
        .iter()
        .filter_map(|v| as_str(v).map(str::to_string))
        .collect())
}

/// Imports the module `name` (absolute, dotted or not) and returns it: the object in
/// `sys.modules` if there is one, else the module found and run now.
pub fn find_and_load(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = modules_dict(vm)?.get_str(name) {
        if is_none(&m) {
            return Err(not_found(
                format!("import of {name} halted; None in sys.modules"),
                name,
            ));
        }
        return Ok(m);
    }
    let (search, parent) = match name.rsplit_once('.') {
        Some((parent_name, child)) => {
            let parent = find_and_load(vm, parent_name)?;
            // Running the parent's code may have imported this module already.
            if let Some(m) = modules_dict(vm)?.get_str(name) {
                return Ok(m);
            }
            let Some(path) = lookup(vm, &parent, "__path__")? else {
                return Err(not_found(
                    format!("No module named '{name}'; '{parent_name}' is not a package"),
                    name,
                ));
            };
            (path_entries(vm, &path)?, Some((parent, child)))
        }
        None if name == "sys" => (Vec::new(), None),
        None => (sys_path_entries(vm)?, None),
    };
    // While the submodule loads, its package's spec lists it, so that `package.child`
    // read too early names the circular import.
    let parent_spec = match &parent {
        Some((p, child)) => {
            lookup(vm, p, "__spec__")?.inspect(|s| spec::track_submodule(s, Some(child)))
        }
        None => None,
    };
    let loaded = load::load(vm, name, &search);
    if let Some(s) = &parent_spec {
        spec::track_submodule(s, None);
    }
    let module = loaded?;
    if let Some((parent, child)) = parent {
        crate::ops::setattr(vm, &parent, child, Some(module.clone()))?;
    }
    Ok(module)
}
