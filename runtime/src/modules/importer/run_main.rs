//! `braid -m name`: find a module on `sys.path` and run it as `__main__`, as CPython's
//! `runpy._run_module_as_main` does.
//!
//! The parent packages are imported first (their `__init__` code runs, and an exception
//! there is reported as an ordinary uncaught exception); a package runs its `__main__`
//! submodule. `__main__` gets the module's spec, loader and package (so relative imports
//! work in `pkg/__main__.py`) and `sys.argv[0]` becomes the file's path. Failures print
//! runpy's messages after the interpreter's path (`sys.executable`), exit status 1.
//! Unlike CPython, tracebacks show no `<frozen runpy>` frames: braid runs no runpy code.

use std::borrow::Cow;

use crate::builtins::exceptions::{get_extra, IMPORT_ERROR};
use crate::builtins::str::as_str;
use crate::error::PyErr;
use crate::interp::Vm;
use crate::modules::NATIVE_MODULES;
use crate::run::{MainSpec, RunOptions};

use super::finder::{self, Found};
use super::sys_path::Program;
use super::{find_and_load, modules_dict, path_entries, spec, sys_path_entries};

/// Why a module cannot run.
enum Failure {
    /// runpy's error: printed after the executable's path.
    Message(String),
    /// An exception raised while importing a parent package.
    Raised(PyErr),
}

/// The module to run.
struct Details {
    name: String,
    origin: String,
    source: Cow<'static, [u8]>,
    package: String,
}

/// Runs the module `name` as `__main__` and returns the process exit status.
pub fn run_module(opts: &RunOptions, name: &str) -> u8 {
    crate::compiler::set_optimize_level(opts.optimize);
    let mut vm = crate::run::new_vm_for(opts, None, &Program::Module);
    match details(&mut vm, name) {
        Ok(d) => {
            let code = match crate::compile_source(&d.source, &d.origin) {
                Ok(code) => code,
                Err(e) => {
                    let _ = crate::modules::builtins::flush_stdout();
                    eprint!("{}", e.render());
                    return 1;
                }
            };
            set_argv0(&mut vm, &d.origin);
            let loader = spec::new_source_loader(&d.name, &d.origin);
            let main_spec = spec::new_spec(&d.name, loader.clone(), Some(&d.origin), None);
            let main = MainSpec {
                spec: main_spec,
                loader,
                package: crate::builtins::str::new_str(&d.package),
            };
            crate::run::run_main_code(vm, code, &d.origin, Some(main))
        }
        Err(Failure::Message(msg)) => {
            let _ = crate::modules::builtins::flush_stdout();
            let exe = std::env::current_exe()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_else(|_| "braid".to_string());
            eprintln!("{exe}: {msg}");
            1
        }
        Err(Failure::Raised(e)) => {
            let globals = crate::builtins::dict::new_dict();
            crate::run::report_uncaught(&mut vm, &e, &globals)
        }
    }
}

/// `sys.argv[0] = path`, in the `sys` module if a package already imported it.
fn set_argv0(vm: &mut Vm, path: &str) {
    if let Some(first) = vm.argv.first_mut() {
        *first = path.to_string();
    }
    let sys = modules_dict(vm).ok().and_then(|m| m.get_str("sys"));
    if let Some(argv) = sys.and_then(|s| super::lookup(vm, &s, "argv").ok().flatten()) {
        let _ = crate::ops::setitem(
            vm,
            &argv,
            &crate::builtins::int::new_int(0),
            crate::builtins::str::new_str(path),
        );
    }
}

/// `str(exception)`.
fn text_of(vm: &mut Vm, e: &PyErr) -> String {
    crate::ops::str_string(vm, &e.exc).unwrap_or_default()
}

/// runpy's `_get_module_details`.
fn details(vm: &mut Vm, name: &str) -> Result<Details, Failure> {
    if name.starts_with('.') {
        return Err(Failure::Message(
            "Relative module names not supported".to_string(),
        ));
    }
    let package = name.rsplit_once('.').map_or("", |(p, _)| p).to_string();
    if !package.is_empty() {
        // Import the parent now so that its own errors surface as themselves; a missing
        // ancestor is reported by the search below.
        if let Err(e) = find_and_load(vm, &package) {
            let missing = get_extra(&e.exc, "name")
                .as_ref()
                .and_then(as_str)
                .map(str::to_string);
            let is_ancestor =
                missing.is_some_and(|n| n == package || package.starts_with(&format!("{n}.")));
            if !e.matches(&IMPORT_ERROR) || !is_ancestor {
                return Err(Failure::Raised(e));
            }
        }
        let existing = modules_dict(vm).ok().and_then(|m| m.get_str(name));
        if let Some(m) = existing {
            if super::lookup(vm, &m, "__path__").ok().flatten().is_none() {
                let _ = crate::modules::builtins::flush_stdout();
                eprintln!(
                    "<frozen runpy>:128: RuntimeWarning: '{name}' found in sys.modules after import of package '{package}', but prior to execution of '{name}'; this may result in unpredictable behaviour"
                );
            }
        }
    }
    let spec_error = |kind: &str, msg: String| {
        let mut text =
            format!("Error while finding module specification for '{name}' ({kind}: {msg})");
        if let Some(stem) = name.strip_suffix(".py") {
            text.push_str(&format!(
                ". Try using '{stem}' instead of '{name}' as the module name."
            ));
        }
        Failure::Message(text)
    };
    let search = if package.is_empty() {
        sys_path_entries(vm).map_err(Failure::Raised)?
    } else {
        let parent = match find_and_load(vm, &package) {
            Ok(p) => p,
            Err(e) => {
                let kind = e.exc.ty().body.name;
                return Err(spec_error(kind, text_of(vm, &e)));
            }
        };
        match super::lookup(vm, &parent, "__path__").map_err(Failure::Raised)? {
            Some(path) => path_entries(vm, &path).map_err(Failure::Raised)?,
            None => {
                return Err(spec_error(
                    "ModuleNotFoundError",
                    format!(
                        "__path__ attribute not found on '{package}' while trying to find '{name}'"
                    ),
                ));
            }
        }
    };
    if NATIVE_MODULES.iter().any(|m| m.name == name) {
        return Err(Failure::Message(format!(
            "No code object available for {name}"
        )));
    }
    let last = name.rsplit_once('.').map_or(name, |(_, l)| l);
    match finder::find(last, &search) {
        None => Err(Failure::Message(format!("No module named {name}"))),
        Some(Found::Source {
            origin,
            source,
            package_dir: None,
        }) => Ok(Details {
            name: name.to_string(),
            origin,
            source,
            package,
        }),
        Some(Found::Source { .. } | Found::Namespace { .. }) => {
            if name == "__main__" || name.ends_with(".__main__") {
                return Err(Failure::Message(
                    "Cannot use package as __main__ module".to_string(),
                ));
            }
            match details(vm, &format!("{name}.__main__")) {
                Err(Failure::Message(m))
                    if modules_dict(vm).is_ok_and(|d| d.get_str(name).is_some()) =>
                {
                    Err(Failure::Message(format!(
                        "{m}; '{name}' is a package and cannot be directly executed"
                    )))
                }
                other => other,
            }
        }
    }
}
