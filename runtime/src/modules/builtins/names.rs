//! Built-in functions about modules and the program itself: `__import__`, and
//! the `exit`/`quit` that CPython's `site` module adds for scripts.
//!
//! `__import__` is the function form of the `import` statement and shares its machinery
//! (`modules::import_module`), so both find the same modules and raise the same errors.

use crate::builtins::singletons::is_none;
use crate::builtins::str::as_str;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn builtin_import(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    const PARAMS: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];
    let npos = args.len() - kwnames.len();
    if npos > PARAMS.len() {
        return Err(PyErr::type_error(format!("__import__() takes at most 5 arguments ({} given)", args.len())));
    }
    let mut bound: [Option<&Value>; 5] = [None; 5];
    for (i, a) in args[..npos].iter().enumerate() {
        bound[i] = Some(a);
    }
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let key = as_str(k).unwrap_or("");
        match PARAMS.iter().position(|p| *p == key) {
            Some(i) if bound[i].is_none() => bound[i] = Some(v),
            Some(_) => return Err(PyErr::type_error(format!("argument for __import__() given by name ('{key}') and position (1)"))),
            None => return Err(PyErr::type_error(format!("__import__() got an unexpected keyword argument '{key}'"))),
        }
    }
    let Some(name_value) = bound[0] else {
        return Err(PyErr::type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    let Some(name) = as_str(name_value) else {
        return Err(PyErr::type_error("module name must be a string"));
    };
    let level = match bound[4] {
        None => 0,
        Some(l) => crate::builtins::int::as_int(l)
            .and_then(|i| i.to_i64())
            .ok_or_else(|| PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", l.ty().body.name)))?,
    };
    if level < 0 {
        return Err(PyErr::value_error("level must be >= 0"));
    }
    if name.is_empty() && level == 0 {
        return Err(PyErr::value_error("Empty module name"));
    }
    let fromlist = match bound[3] {
        Some(f) if !is_none(f) && crate::ops::truthy(vm, f)? => Some(f.clone()),
        _ => None,
    };
    let name = name.to_string();
    let globals = bound[1].cloned();
    crate::modules::import_module(vm, &name, globals.as_ref(), fromlist.as_ref(), u16::try_from(level).unwrap_or(u16::MAX))
}

/// `exit(code=None)` / `quit(code=None)`: raise SystemExit, as the `site` module's
/// helpers do when a script calls them.
pub fn builtin_exit(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    let code = match (npos, kwnames.first().and_then(as_str)) {
        (0, None) => None,
        (1, None) => Some(args[0].clone()),
        (0, Some("code")) if kwnames.len() == 1 => Some(args[0].clone()),
        _ => return Err(PyErr::type_error(format!("Quitter.__call__() takes from 1 to 2 positional arguments but {} were given", npos + 1))),
    };
    Err(match code {
        Some(c) => PyErr::with_arg(&crate::builtins::exceptions::SYSTEM_EXIT, c),
        None => PyErr::bare(&crate::builtins::exceptions::SYSTEM_EXIT),
    })
}
