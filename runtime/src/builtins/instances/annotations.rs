//! `C.__annotations__` for user classes, computed on first access (PEP 649/749).
//!
//! The compiler stores the source text of each `name: annotation` of a class body in
//! the namespace as `__annotate_sources__` (see `compiler/class_def.rs`). The first read
//! of `__annotations__` evaluates each text with the module's globals and the class
//! namespace, so a name defined after the class statement resolves, as in 3.14; a name
//! still undefined at that point keeps its source text (what `Format.FORWARDREF` would
//! show as a forward reference). The result is stored in the class dict as
//! `__annotations__`, so later reads and assignments see an ordinary dict.

use crate::builtins::dict::{as_dict, new_dict};
use crate::builtins::str::as_str;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{TypeObject, Value};

/// `C.__annotations__`.
pub fn class_annotations(vm: &mut Vm, t: &'static TypeObject) -> PyResult<Value> {
    let d = t.body.state.dict_if_filled().and_then(as_dict).ok_or_else(|| PyErr::attribute_error("__annotations__"))?;
    if let Some(a) = d.get_str("__annotations__") {
        return Ok(a);
    }
    let out = new_dict();
    if let Some(sources) = d.get_str("__annotate_sources__") {
        let globals = module_globals(vm, t);
        let ns = t.body.state.dict_if_filled().cloned().unwrap_or_else(new_dict);
        let eval = vm.builtins().and_then(as_dict).and_then(|b| b.get_str("eval"));
        let o = as_dict(&out).expect("new dict");
        for (name, src) in as_dict(&sources).map(|s| s.items()).unwrap_or_default() {
            let value = match (&eval, &globals) {
                (Some(eval), Some(g)) => match crate::ops::call(vm, eval, &[src.clone(), g.clone(), ns.clone()], &[]) {
                    Ok(v) => v,
                    Err(e) if e.matches(&crate::builtins::exceptions::NAME_ERROR) => src.clone(),
                    Err(e) => return Err(e),
                },
                _ => src.clone(),
            };
            o.set(vm, name, value)?;
        }
    }
    // Cache it in the class dict (a change of the dict, so the version tag moves on).
    crate::builtins::attr_lookup::type_setattro(vm, t, "__annotations__", Some(out.clone()))?;
    Ok(out)
}

/// The globals of the module that defined `t` (`sys.modules[t.__module__].__dict__`).
fn module_globals(vm: &mut Vm, t: &'static TypeObject) -> Option<Value> {
    let d = t.body.state.dict_if_filled().and_then(as_dict)?;
    let m = d.get_str("__module__")?;
    let modules = vm.modules().and_then(as_dict)?;
    let module = modules.get_str(as_str(&m)?)?;
    crate::builtins::module::as_module(&module).map(|m| m.dict.clone())
}
