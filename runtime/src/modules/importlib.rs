//! The `importlib` module: `import_module`, `reload` and `invalidate_caches`, over the
//! native import system (`modules::importer`).
//!
//! It is a package whose `__path__` is `<braid>/lib/importlib`, so submodules written in
//! Python (`importlib/util.py` ...) can be dropped into `runtime/lib/importlib/` later and
//! import as `importlib.util`.

use crate::builtins::list::new_list;
use crate::builtins::singletons::{is_none, none};
use crate::builtins::str::{as_str, new_str};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;

/// Builds `importlib`.
pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = super::make_module(
        "importlib",
        &[
            ("import_module", import_module),
            ("reload", reload),
            ("invalidate_caches", invalidate_caches),
        ],
    );
    let path = format!("{}/importlib", super::importer::LIB_ROOT);
    super::module_set(&m, "__path__", new_list(vec![new_str(&path)]));
    Ok(m)
}

/// Binds `name, package=None` of `import_module`.
fn bind<'a>(args: &'a [Value], kwnames: &[Value]) -> PyResult<(&'a Value, Option<&'a Value>)> {
    let npos = args.len() - kwnames.len();
    if npos > 2 {
        return Err(PyErr::type_error(format!(
            "import_module() takes from 1 to 2 positional arguments but {npos} were given"
        )));
    }
    let mut slots: [Option<&Value>; 2] = [
        args.first().filter(|_| npos > 0),
        args.get(1).filter(|_| npos > 1),
    ];
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let key = as_str(k).unwrap_or("");
        let i = match key {
            "name" => 0,
            "package" => 1,
            _ => {
                return Err(PyErr::type_error(format!(
                    "import_module() got an unexpected keyword argument '{key}'"
                )))
            }
        };
        if slots[i].is_some() {
            return Err(PyErr::type_error(format!(
                "import_module() got multiple values for argument '{key}'"
            )));
        }
        slots[i] = Some(v);
    }
    let name = slots[0].ok_or_else(|| {
        PyErr::type_error("import_module() missing 1 required positional argument: 'name'")
    })?;
    Ok((name, slots[1]))
}

/// `import_module(name, package=None)`: the module `name` itself (not its top-level
/// package); a name starting with dots is relative to `package`.
fn import_module(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (name, package) = bind(args, kwnames)?;
    let Some(name) = as_str(name) else {
        return Err(PyErr::attribute_error(format!(
            "'{}' object has no attribute 'startswith'",
            name.ty().body.name
        )));
    };
    let package = package.filter(|p| !is_none(p));
    let level = name.len() - name.trim_start_matches('.').len();
    let package_text = match package {
        Some(p) => Some(match as_str(p) {
            Some(s) => s.to_string(),
            None if level > 0 && !crate::ops::truthy(vm, p)? => String::new(),
            None if level > 0 => return Err(PyErr::type_error("__package__ not set to a string")),
            None => String::new(),
        }),
        None => None,
    };
    if level > 0 && package_text.as_deref().is_none_or(str::is_empty) {
        return Err(PyErr::type_error(format!(
            "the 'package' argument is required to perform a relative import for '{name}'"
        )));
    }
    let name = name.to_string();
    let level = u16::try_from(level).unwrap_or(u16::MAX);
    super::importer::import_resolved(
        vm,
        &name[usize::from(level)..],
        package_text.as_deref(),
        level,
    )
}

/// `reload(module)`.
fn reload(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        let key = as_str(&kwnames[0]).unwrap_or("");
        return Err(PyErr::type_error(format!(
            "reload() got an unexpected keyword argument '{key}'"
        )));
    }
    match args {
        [module] => super::importer::reload(vm, module),
        _ => Err(PyErr::type_error(format!(
            "reload() takes 1 positional argument but {} were given",
            args.len()
        ))),
    }
}

/// `invalidate_caches()`: braid's finders keep no directory caches (every import looks
/// at the files afresh), so there is nothing to drop.
fn invalidate_caches(_vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(PyErr::type_error(format!(
            "invalidate_caches() takes 0 positional arguments but {} were given",
            args.len()
        )));
    }
    Ok(none())
}
