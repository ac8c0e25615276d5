//! Creating a module and running its code (CPython's `_load_unlocked` and `_exec`), and
//! `importlib.reload`.

use crate::builtins::dict::{as_dict, new_dict};
use crate::builtins::list::new_list;
use crate::builtins::module::{as_module, new_module};
use crate::builtins::singletons::{is_none, none};
use crate::builtins::str::{as_str, new_str};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::modules::NATIVE_MODULES;
use crate::object::Value;

use super::finder::{self, Found};
use super::{modules_dict, not_found, spec};

/// Finds and runs the module `name` (not in `sys.modules` yet) on `search`.
pub(super) fn load(vm: &mut Vm, name: &str, search: &[String]) -> PyResult<Value> {
    // Imported before the main module runs (`braid -m pkg` imports `pkg` first).
    if name == "builtins" {
        if let Some(m) = crate::run::builtins_module(vm) {
            modules_dict(vm)?.set_str(name, m.clone());
            return Ok(m);
        }
    }
    if let Some(native) = NATIVE_MODULES.iter().find(|m| m.name == name) {
        let m = (native.init)(vm)?;
        if let Some(d) = as_module(&m).and_then(|md| as_dict(&md.dict)) {
            for (key, value) in [
                ("__spec__", spec::builtin_spec(name)),
                ("__loader__", spec::builtin_loader()),
            ] {
                if d.get_str(key).is_none_or(|v| is_none(&v)) {
                    d.set_str(key, value);
                }
            }
        }
        modules_dict(vm)?.set_str(name, m.clone());
        return Ok(m);
    }
    let last = name.rsplit_once('.').map_or(name, |(_, l)| l);
    match finder::find(last, search) {
        None => Err(not_found(format!("No module named '{name}'"), name)),
        Some(Found::Namespace { dirs }) => {
            let path = new_list(dirs.iter().map(|d| new_str(d)).collect());
            let loader = spec::new_namespace_loader(name, path.clone());
            let module_spec = spec::new_spec(name, loader.clone(), None, Some(path.clone()));
            let dict = new_dict();
            if let Some(d) = as_dict(&dict) {
                for (key, value) in [
                    ("__name__", new_str(name)),
                    ("__doc__", none()),
                    ("__package__", new_str(name)),
                    ("__loader__", loader),
                    ("__spec__", module_spec),
                    ("__file__", none()),
                    ("__path__", path),
                ] {
                    d.set_str(key, value);
                }
            }
            let m = new_module(name, dict);
            modules_dict(vm)?.set_str(name, m.clone());
            Ok(m)
        }
        Some(Found::Source {
            origin,
            source,
            package_dir,
        }) => {
            let dict = new_dict();
            init_attrs(vm, &dict, name, &origin, package_dir.as_deref());
            let module = new_module(name, dict.clone());
            modules_dict(vm)?.set_str(name, module.clone());
            if let Err(e) = exec_source(vm, &dict, &source, &origin) {
                let mut scratch = Vm::scratch();
                modules_dict(vm)?.remove(&mut scratch, &new_str(name))?;
                return Err(e);
            }
            // A module may replace itself in sys.modules; the replacement is the result.
            Ok(modules_dict(vm)?.get_str(name).unwrap_or(module))
        }
    }
}

/// Sets a source module's attributes in CPython's order.
fn init_attrs(vm: &Vm, dict: &Value, name: &str, origin: &str, package_dir: Option<&str>) {
    let Some(d) = as_dict(dict) else { return };
    let path = package_dir.map(|dir| new_list(vec![new_str(dir)]));
    let loader = spec::new_source_loader(name, origin);
    let package = if package_dir.is_some() {
        name
    } else {
        name.rsplit_once('.').map_or("", |(p, _)| p)
    };
    d.set_str("__name__", new_str(name));
    if d.get_str("__doc__").is_none() {
        d.set_str("__doc__", none());
    }
    d.set_str("__package__", new_str(package));
    d.set_str("__loader__", loader.clone());
    d.set_str(
        "__spec__",
        spec::new_spec(name, loader, Some(origin), path.clone()),
    );
    if let Some(p) = path {
        d.set_str("__path__", p);
    }
    d.set_str("__file__", new_str(origin));
    d.set_str("__cached__", none());
    d.set_str("__builtins__", vm.builtins().cloned().unwrap_or_else(none));
}

/// Compiles `source` as the file `origin` and runs it in `dict`, with the module's spec
/// marked `_initializing` meanwhile.
fn exec_source(vm: &mut Vm, dict: &Value, source: &[u8], origin: &str) -> PyResult<()> {
    let module_spec = as_dict(dict)
        .and_then(|d| d.get_str("__spec__"))
        .unwrap_or_else(none);
    let code = crate::compile_source(source, origin)
        .map_err(|e| crate::syntax_error_to_pyerr(&e, source))?;
    spec::set_initializing(&module_spec, true);
    let result = crate::interp::call::run_module_code(vm, code, dict.clone());
    spec::set_initializing(&module_spec, false);
    result.map(|_| ())
}

/// `importlib.reload(module)`: finds the module again by its spec name and runs the new
/// code in the same module object (its namespace keeps names the new code does not set).
/// Native modules have no code to run again and are returned as they are.
pub fn reload(vm: &mut Vm, module: &Value) -> PyResult<Value> {
    let Some(m) = as_module(module) else {
        return Err(PyErr::type_error("reload() argument must be a module"));
    };
    let dict = m.dict.clone();
    let module_spec = as_dict(&dict)
        .and_then(|d| d.get_str("__spec__"))
        .filter(|s| !is_none(s));
    let name = match &module_spec {
        Some(s) => crate::ops::getattr(vm, s, "name")?,
        None => crate::ops::getattr(vm, module, "__name__")?,
    };
    let name = as_str(&name).unwrap_or("").to_string();
    let current = modules_dict(vm)?.get_str(&name);
    if !current.is_some_and(|c| c.is(module)) {
        return Err(super::import_error(
            &crate::builtins::exceptions::IMPORT_ERROR,
            format!("module {name} not in sys.modules"),
            Some(&name),
            None,
        ));
    }
    if NATIVE_MODULES.iter().any(|n| n.name == name) {
        return Ok(module.clone());
    }
    let search = match name.rsplit_once('.') {
        Some((parent_name, _)) => {
            let Some(parent) = modules_dict(vm)?.get_str(parent_name) else {
                return Err(super::import_error(
                    &crate::builtins::exceptions::IMPORT_ERROR,
                    format!("parent '{parent_name}' not in sys.modules"),
                    Some(parent_name),
                    None,
                ));
            };
            match super::lookup(vm, &parent, "__path__")? {
                Some(p) => super::path_entries(vm, &p)?,
                None => Vec::new(),
            }
        }
        None => super::sys_path_entries(vm)?,
    };
    let last = name.rsplit_once('.').map_or(name.as_str(), |(_, l)| l);
    match finder::find(last, &search) {
        Some(Found::Source {
            origin,
            source,
            package_dir,
        }) => {
            init_attrs(vm, &dict, &name, &origin, package_dir.as_deref());
            exec_source(vm, &dict, &source, &origin)?;
            Ok(modules_dict(vm)?
                .get_str(&name)
                .unwrap_or_else(|| module.clone()))
        }
        // A namespace package has no code: reloading it finds its portions again.
        Some(Found::Namespace { .. }) => Ok(module.clone()),
        None => Err(not_found(
            format!("spec not found for the module '{name}'"),
            &name,
        )),
    }
}
