//! `__build_class__(body, name, *bases, metaclass=None, **kw)`: what a `class`
//! statement calls (see `compiler/class_def.rs`). It resolves `__mro_entries__`,
//! picks the metaclass, asks it for the namespace (`__prepare__`), runs the class body
//! with that namespace as its locals, calls the metaclass, and fills the `__class__`
//! cell that zero-argument `super()` reads.

use crate::builtins::dict::{as_dict, new_dict};
use crate::builtins::function::{as_cell, as_function};
use crate::builtins::str::as_str;
use crate::builtins::tuple::new_tuple;
use crate::builtins::type_::{as_type, type_value, TYPE_TYPE};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;

/// The built-in `__build_class__`.
pub fn build_class(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if npos < 2 {
        return Err(PyErr::type_error("__build_class__: not enough arguments"));
    }
    let body = &args[0];
    if as_function(body).is_none() {
        return Err(PyErr::type_error("__build_class__: func must be a function"));
    }
    let name = &args[1];
    if as_str(name).is_none() {
        return Err(PyErr::type_error("__build_class__: name is not a string"));
    }
    let orig_bases = &args[2..npos];
    let bases = resolve_mro_entries(vm, orig_bases)?;
    // Keywords: `metaclass=` is ours; the rest go to __prepare__, the metaclass and
    // __init_subclass__.
    let mut meta: Option<Value> = None;
    let mut kw_names = Vec::new();
    let mut kw_values = Vec::new();
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        if as_str(k) == Some("metaclass") {
            meta = Some(v.clone());
        } else {
            kw_names.push(k.clone());
            kw_values.push(v.clone());
        }
    }
    let is_class = meta.as_ref().is_none_or(|m| as_type(m).is_some());
    let mut meta = meta.unwrap_or_else(|| bases.first().map_or_else(|| type_value(&TYPE_TYPE), |b| type_value(b.ty())));
    if is_class {
        if let Some(m) = as_type(&meta) {
            meta = type_value(super::heap_type::calculate_metaclass(m, &bases)?);
        }
    }
    let bases_tuple = new_tuple(bases.clone());
    let ns = match crate::ops::getattr_opt(vm, &meta, "__prepare__")? {
        Some(prepare) => {
            let mut pargs = vec![name.clone(), bases_tuple.clone()];
            pargs.extend(kw_values.iter().cloned());
            crate::ops::call(vm, &prepare, &pargs, &kw_names)?
        }
        None => new_dict(),
    };
    if as_dict(&ns).is_none() && ns.ty().body.slot(|s| s.getitem).is_none() {
        let who = if is_class { as_type(&meta).map_or("<metaclass>".to_string(), |t| t.body.name.to_string()) } else { "<metaclass>".to_string() };
        return Err(PyErr::type_error(format!("{who}.__prepare__() must return a mapping, not {}", ns.ty().body.name)));
    }
    run_body(vm, body, &ns)?;
    if bases.len() != orig_bases.len() || bases.iter().zip(orig_bases).any(|(a, b)| !a.is(b)) {
        crate::ops::setitem(vm, &ns, &crate::builtins::str::new_str("__orig_bases__"), new_tuple(orig_bases.to_vec()))?;
    }
    let mut cargs = vec![name.clone(), bases_tuple, ns.clone()];
    cargs.extend(kw_values);
    let cls = crate::ops::call(vm, &meta, &cargs, &kw_names)?;
    // Fill the `__class__` cell.
    let cell = match as_dict(&ns) {
        Some(d) => d.get_str("__classcell__"),
        None => None,
    };
    if let Some(cell) = cell {
        if let Some(c) = as_cell(&cell) {
            *c.value.lock(&cell) = Some(cls.clone());
        }
    }
    Ok(cls)
}

/// Bases that are not classes may stand for some (`__mro_entries__`, PEP 560).
fn resolve_mro_entries(vm: &mut Vm, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(bases.len());
    for b in bases {
        if as_type(b).is_some() {
            out.push(b.clone());
            continue;
        }
        match crate::ops::getattr_opt(vm, b, "__mro_entries__")? {
            Some(f) => {
                let r = crate::ops::call(vm, &f, &[new_tuple(bases.to_vec())], &[])?;
                let items = crate::builtins::tuple::as_tuple(&r).ok_or_else(|| PyErr::type_error("__mro_entries__ must return a tuple"))?;
                out.extend(items.iter().cloned());
            }
            None => out.push(b.clone()),
        }
    }
    Ok(out)
}

/// Runs the class body function with `ns` as its frame's locals mapping.
fn run_body(vm: &mut Vm, body: &Value, ns: &Value) -> PyResult<()> {
    crate::interp::call::call_with_locals(vm, body, ns.clone()).map(drop)
}
