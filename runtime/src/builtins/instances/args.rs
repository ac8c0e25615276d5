//! Binding the arguments of a native callable that takes positional-or-keyword
//! parameters (`property(fget=None, fset=None, ...)`), with CPython's messages.

use crate::builtins::str::as_str;
use crate::error::{PyErr, PyResult};
use crate::object::Value;

/// Binds `args` (positionals, then the values of `kwnames`) to `params`; the first
/// `required` parameters must be given. Returns one entry per parameter.
pub fn bind(fname: &str, args: &[Value], kwnames: &[Value], params: &[&str], required: usize) -> PyResult<Vec<Option<Value>>> {
    let npos = args.len() - kwnames.len();
    if npos > params.len() {
        return Err(PyErr::type_error(format!(
            "{fname}() takes at most {} argument{} ({npos} given)",
            params.len(),
            if params.len() == 1 { "" } else { "s" }
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; params.len()];
    for (slot, a) in out.iter_mut().zip(&args[..npos]) {
        *slot = Some(a.clone());
    }
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let key = as_str(k).unwrap_or("");
        match params.iter().position(|p| *p == key) {
            Some(i) if out[i].is_some() => {
                return Err(PyErr::type_error(format!("argument for {fname}() given by name ('{key}') and position ({})", i + 1)));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(PyErr::type_error(format!("{fname}() got an unexpected keyword argument '{key}'"))),
        }
    }
    if let Some(i) = out[..required].iter().position(Option::is_none) {
        return Err(PyErr::type_error(format!("{fname}() missing required argument '{}' (pos {})", params[i], i + 1)));
    }
    Ok(out)
}
