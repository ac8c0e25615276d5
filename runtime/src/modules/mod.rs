//! Native modules and the import machinery.
//!
//! Each module is one file, or one folder when it spans several (`builtins/`, `math/`),
//! exposing `pub fn init(vm) -> Value`; [`NATIVE_MODULES`] is
//! the registry. `import` looks in `sys.modules`, then the registry, then `.py` files
//! next to the main script (`sys.path[0]`).

pub mod builtins;
pub mod io;
pub mod math;
pub mod string;
pub mod sys;
pub mod time;

// The files of the `builtins` module, at their old paths.
pub use builtins::{names as builtins_names, numeric as builtins_numeric};

use crate::builtins::dict::{as_dict, new_dict};
use crate::builtins::module::{as_module, new_module};
use crate::builtins::str::{as_str, new_str};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;

/// A native module: name and constructor.
pub struct NativeModule {
    /// Import name.
    pub name: &'static str,
    /// Builds the module.
    pub init: fn(&mut Vm) -> PyResult<Value>,
}

/// Every native module.
pub static NATIVE_MODULES: &[NativeModule] = &[
    NativeModule { name: "sys", init: sys::init },
    NativeModule { name: "math", init: math::init },
    NativeModule { name: "time", init: time::init },
    NativeModule { name: "io", init: io::init },
    NativeModule { name: "_io", init: io::init },
    NativeModule { name: "string", init: string::init },
    NativeModule { name: "string.templatelib", init: string::init_templatelib },
];

/// Helper for module files: a module with the given functions.
pub fn make_module(name: &str, funcs: &[(&'static str, crate::object::NativeFn)]) -> Value {
    let dict = new_dict();
    let d = as_dict(&dict).expect("new dict");
    for (n, f) in funcs {
        d.set_str(n, crate::builtins::function::new_builtin_function(n, *f, None));
    }
    new_module(name, dict)
}

/// Sets an attribute of a module being built.
pub fn module_set(module: &Value, name: &str, value: Value) {
    if let Some(d) = as_module(module).and_then(|m| as_dict(&m.dict)) {
        d.set_str(name, value);
    }
}

fn modules_dict(vm: &Vm) -> PyResult<&crate::builtins::dict::DictData> {
    vm.modules().and_then(as_dict).ok_or_else(|| PyErr::runtime_error("sys.modules is not initialised"))
}

/// `import name` (returns the top-level package for dotted names without fromlist).
pub fn import_module(vm: &mut Vm, name: &str, fromlist: Option<&Value>, level: u16) -> PyResult<Value> {
    if level > 0 {
        return Err(PyErr::new(&crate::builtins::exceptions::IMPORT_ERROR, "attempted relative import with no known parent package"));
    }
    let module = import_absolute(vm, name)?;
    match name.split_once('.') {
        Some((top, _)) if fromlist.is_none() => import_absolute(vm, top),
        _ => Ok(module),
    }
}

/// Imports `name` (parents first for a dotted name, binding each submodule as an
/// attribute of its package) and returns the module `name` itself.
fn import_absolute(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = modules_dict(vm)?.get_str(name) {
        return Ok(m);
    }
    let parent = match name.rsplit_once('.') {
        Some((parent_name, child)) => {
            let parent = import_absolute(vm, parent_name)?;
            if crate::ops::getattr_opt(vm, &parent, "__path__")?.is_none() {
                return Err(PyErr::new(
                    &crate::builtins::exceptions::MODULE_NOT_FOUND_ERROR,
                    format!("No module named '{name}'; '{parent_name}' is not a package"),
                ));
            }
            Some((parent, child))
        }
        None => None,
    };
    let found = if let Some(native) = NATIVE_MODULES.iter().find(|m| m.name == name) {
        let m = (native.init)(vm)?;
        modules_dict(vm)?.set_str(name, m.clone());
        Some(m)
    } else {
        import_source_module(vm, name)?
    };
    let Some(m) = found else {
        return Err(PyErr::new(&crate::builtins::exceptions::MODULE_NOT_FOUND_ERROR, format!("No module named '{name}'")));
    };
    if let Some((parent, child)) = parent {
        module_set(&parent, child, m.clone());
    }
    Ok(m)
}

fn import_source_module(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    if name.contains('.') {
        return Ok(None);
    }
    let dir = vm
        .main_path
        .as_ref()
        .and_then(|p| std::path::Path::new(p).parent().map(std::path::Path::to_path_buf))
        .unwrap_or_else(|| std::path::PathBuf::from("."));
    let path = dir.join(format!("{name}.py"));
    let Ok(source) = std::fs::read(&path) else { return Ok(None) };
    let filename = path.to_string_lossy().to_string();
    let dict = new_dict();
    let module = new_module(name, dict.clone());
    if let Some(d) = as_dict(&dict) {
        d.set_str("__file__", new_str(&filename));
        d.set_str("__cached__", crate::builtins::singletons::none());
        d.set_str("__builtins__", vm.builtins().cloned().unwrap_or_else(crate::builtins::singletons::none));
    }
    modules_dict(vm)?.set_str(name, module.clone());
    let code = crate::compile_source(&source, &filename).map_err(|e| crate::syntax_error_to_pyerr(&e, &source))?;
    if let Err(e) = crate::interp::call::run_module_code(vm, code, dict) {
        let mut scratch = Vm::scratch();
        if let Some(d) = vm.modules().and_then(as_dict) {
            d.remove(&mut scratch, &new_str(name))?;
        }
        return Err(e);
    }
    Ok(Some(module))
}

/// `from module import name`.
pub fn import_from(vm: &mut Vm, module: &Value, name: &str) -> PyResult<Value> {
    match crate::ops::getattr_opt(vm, module, name)? {
        Some(v) => Ok(v),
        None => {
            let mname = as_module(module).map_or_else(|| "?".to_string(), |m| m.name.clone());
            let err = PyErr::new(&crate::builtins::exceptions::IMPORT_ERROR, format!("cannot import name '{name}' from '{mname}' (unknown location)"));
            // CPython's ImportError attributes; the traceback's suggestion reads them.
            crate::builtins::exceptions::set_extra(&err.exc, "name", new_str(&mname));
            crate::builtins::exceptions::set_extra(&err.exc, "name_from", new_str(name));
            crate::builtins::exceptions::set_extra(&err.exc, "path", crate::builtins::singletons::none());
            Err(err)
        }
    }
}

/// `from module import *`.
pub fn import_star(vm: &mut Vm, module: &Value, globals: &Value) -> PyResult<()> {
    let m = as_module(module).ok_or_else(|| PyErr::type_error("expected module"))?;
    let src = as_dict(&m.dict).ok_or_else(|| PyErr::type_error("module dict"))?;
    let dst = as_dict(globals).ok_or_else(|| PyErr::type_error("globals"))?;
    for (k, v) in src.items() {
        if as_str(&k).is_some_and(|s| !s.starts_with('_')) {
            dst.set(vm, k, v)?;
        }
    }
    Ok(())
}
