//! The `importlib` module: `import_module`, `reload` and `invalidate_caches`, over the
//! native import system (`modules::importer`).
//!
//! It is a package whose `__path__` is `<braid>/lib/importlib`, so submodules written in
//! Python can be dropped into `runtime/lib/importlib/` and import as `importlib.<name>`.
//! `importlib.util` is native too ([`init_util`]): `find_spec` and `resolve_name`.

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
    bind_as("import_module", args, kwnames)
}

/// Binds `(name, package=None)` for the function `fname`.
fn bind_as<'a>(
    fname: &str,
    args: &'a [Value],
    kwnames: &[Value],
) -> PyResult<(&'a Value, Option<&'a Value>)> {
    let npos = args.len() - kwnames.len();
    if npos > 2 {
        return Err(PyErr::type_error(format!(
            "{fname}() takes from 1 to 2 positional arguments but {npos} were given"
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
                    "{fname}() got an unexpected keyword argument '{key}'"
                )))
            }
        };
        if slots[i].is_some() {
            return Err(PyErr::type_error(format!(
                "{fname}() got multiple values for argument '{key}'"
            )));
        }
        slots[i] = Some(v);
    }
    let name = slots[0].ok_or_else(|| {
        PyErr::type_error(format!(
            "{fname}() missing 1 required positional argument: 'name'"
        ))
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

/// Builds `importlib.util`.
pub fn init_util(_vm: &mut Vm) -> PyResult<Value> {
    Ok(super::make_module(
        "importlib.util",
        &[("find_spec", find_spec), ("resolve_name", resolve_name)],
    ))
}

/// The absolute name for `name` relative to `package` (`importlib.util.resolve_name`).
fn absolute_name(vm: &mut Vm, name: &str, package: Option<&Value>) -> PyResult<String> {
    if !name.starts_with('.') {
        return Ok(name.to_string());
    }
    let package = match package.filter(|p| !is_none(p)) {
        Some(p) if crate::ops::truthy(vm, p)? => p,
        _ => {
            return Err(super::importer::import_error(
                &crate::builtins::exceptions::IMPORT_ERROR,
                format!("no package specified for '{name}' (required for relative module names)"),
                None,
                None,
            ))
        }
    };
    let Some(package) = as_str(package) else {
        return Err(PyErr::attribute_error(format!(
            "'{}' object has no attribute 'rsplit'",
            package.ty().body.name
        )));
    };
    let level = name.len() - name.trim_start_matches('.').len();
    super::importer::relative_to(
        package,
        &name[level..],
        u16::try_from(level).unwrap_or(u16::MAX),
    )
}

/// `resolve_name(name, package)`.
fn resolve_name(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (name, package) = bind_as("resolve_name", args, kwnames)?;
    if package.is_none() {
        return Err(PyErr::type_error(
            "resolve_name() missing 1 required positional argument: 'package'",
        ));
    }
    let Some(name) = as_str(name) else {
        return Err(PyErr::attribute_error(format!(
            "'{}' object has no attribute 'startswith'",
            name.ty().body.name
        )));
    };
    let name = name.to_string();
    Ok(new_str(&absolute_name(vm, &name, package)?))
}

/// `find_spec(name, package=None)`: the spec of a module already imported, or the one an
/// import would use (the parent package is imported to get its `__path__`), or None.
fn find_spec(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (name, package) = bind_as("find_spec", args, kwnames)?;
    let Some(name) = as_str(name) else {
        return Err(PyErr::attribute_error(format!(
            "'{}' object has no attribute 'startswith'",
            name.ty().body.name
        )));
    };
    let name = name.to_string();
    let full = absolute_name(vm, &name, package)?;
    if let Some(module) = super::importer::modules_dict(vm)?.get_str(&full) {
        if is_none(&module) {
            return Ok(none());
        }
        return match super::importer::lookup(vm, &module, "__spec__")? {
            None => Err(PyErr::value_error(format!("{name}.__spec__ is not set"))),
            Some(s) if is_none(&s) => Err(PyErr::value_error(format!("{name}.__spec__ is None"))),
            Some(s) => Ok(s),
        };
    }
    let search = match full.rsplit_once('.') {
        Some((parent_name, _)) => {
            let parent = super::importer::find_and_load(vm, parent_name)?;
            match super::importer::lookup(vm, &parent, "__path__")? {
                Some(path) => super::importer::path_entries(vm, &path)?,
                None => {
                    return Err(super::importer::not_found(
                        format!("__path__ attribute not found on '{parent_name}' while trying to find '{full}'"),
                        &full,
                    ))
                }
            }
        }
        None => super::importer::sys_path_entries(vm)?,
    };
    Ok(super::importer::spec_for(&full, &search).unwrap_or_else(none))
}
