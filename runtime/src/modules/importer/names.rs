//! `from module import name` and `from module import *`.

use crate::builtins::dict::as_dict;
use crate::builtins::exceptions::{set_extra, IMPORT_ERROR};
use crate::builtins::str::{as_str, new_str};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;

use super::{import_error, modules_dict, spec};

/// `from module import name` (the `IMPORT_FROM` instruction): the attribute, else the
/// submodule `module.name` from `sys.modules` (a circular import may not have bound it
/// yet), else CPython's ImportError: "cannot import name 'y' from 'x' (/path/x.py)",
/// "... from partially initialized module 'x' (most likely due to a circular import)
/// (/path/x.py)" while x's code is still running, "(unknown location)" without
/// `__file__`.
pub fn import_from(vm: &mut Vm, module: &Value, name: &str) -> PyResult<Value> {
    match super::lookup(vm, module, name) {
        Ok(Some(v)) => return Ok(v),
        Ok(None) => {}
        // A module `__getattr__` that raises AttributeError means "no such name".
        Err(e) if e.matches(&crate::builtins::exceptions::ATTRIBUTE_ERROR) => {}
        Err(e) => return Err(e),
    }
    let package =
        super::lookup(vm, module, "__name__")?.and_then(|n| as_str(&n).map(str::to_string));
    if let Some(package) = &package {
        if let Some(m) = modules_dict(vm)?.get_str(&format!("{package}.{name}")) {
            return Ok(m);
        }
    }
    let shown = package
        .clone()
        .unwrap_or_else(|| "<unknown module name>".to_string());
    let (msg, origin) = match super::lookup(vm, module, "__spec__")? {
        None => (
            format!("cannot import name '{name}' from '{shown}' (unknown location)"),
            None,
        ),
        Some(module_spec) => {
            let origin = spec::file_origin(vm, &module_spec)?;
            let shadowing = spec::is_possibly_shadowing(origin.as_deref());
            // Without a located spec, `__file__` still names the module's file.
            let origin = origin.or_else(|| {
                crate::builtins::module::as_module(module)
                    .and_then(|m| as_dict(&m.dict))
                    .and_then(|d| d.get_str("__file__"))
                    .and_then(|f| as_str(&f).map(str::to_string))
            });
            let msg = match (spec::is_initializing(vm, &module_spec), &origin) {
                (true, Some(o)) if shadowing => {
                    format!("cannot import name '{name}' from '{shown}' (consider renaming '{o}' if it has the same name as a library you intended to import)")
                }
                (true, Some(o)) => format!("cannot import name '{name}' from partially initialized module '{shown}' (most likely due to a circular import) ({o})"),
                (true, None) => format!("cannot import name '{name}' from partially initialized module '{shown}' (most likely due to a circular import)"),
                (false, Some(o)) => format!("cannot import name '{name}' from '{shown}' ({o})"),
                (false, None) => format!("cannot import name '{name}' from '{shown}' (unknown location)"),
            };
            (msg, origin)
        }
    };
    let err = import_error(&IMPORT_ERROR, msg, package.as_deref(), origin.as_deref());
    // The traceback's "Did you mean" suggestion reads `name_from`.
    set_extra(&err.exc, "name_from", new_str(name));
    Err(err)
}

/// `from module import *`: the names in `module.__all__` if it has one (each must be a
/// str), else every name of its namespace that does not start with `_`.
pub fn import_star(vm: &mut Vm, module: &Value, globals: &Value) -> PyResult<()> {
    let dst = as_dict(globals).ok_or_else(|| PyErr::type_error("globals"))?;
    if let Some(all) = super::lookup(vm, module, "__all__")? {
        for item in crate::ops::collect_iterable(vm, &all)? {
            let Some(key) = as_str(&item) else {
                let modname = super::lookup(vm, module, "__name__")?
                    .and_then(|n| as_str(&n).map(str::to_string));
                return Err(PyErr::type_error(format!(
                    "Item in {}.__all__ must be str, not {}",
                    modname.as_deref().unwrap_or("?"),
                    item.ty().body.name
                )));
            };
            let value = crate::ops::getattr(vm, module, key)?;
            dst.set(vm, item, value)?;
        }
        return Ok(());
    }
    let Some(namespace) = super::lookup(vm, module, "__dict__")? else {
        return Err(import_error(
            &IMPORT_ERROR,
            "from-import-* object has no __dict__ and no __all__".to_string(),
            None,
            None,
        ));
    };
    let src =
        as_dict(&namespace).ok_or_else(|| PyErr::type_error("module namespace is not a dict"))?;
    for (k, v) in src.items() {
        if as_str(&k).is_some_and(|s| !s.starts_with('_')) {
            dst.set(vm, k, v)?;
        }
    }
    Ok(())
}
