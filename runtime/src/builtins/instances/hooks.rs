//! `__getattribute__` and `__getattr__`: the attribute hooks a class may define.
//!
//! `obj.name` on an instance of a class calls the class's `__getattribute__` when one
//! is defined (otherwise the generic lookup), and, when that raises AttributeError or
//! finds nothing, the class's `__getattr__`. The method-call fast path and the inline
//! caches step aside for classes with `__getattribute__` (`attr_lookup`).

use crate::builtins::str::new_str;
use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::Value;

use super::dunder_slots::{call_dunder, lookup};

/// `v.name` for an instance of a heap type; `Ok(None)` when missing.
pub fn getattr_hooked(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let t = v.ty();
    let first = match lookup(t, "__getattribute__") {
        Some(f) => call_dunder(vm, &f, v, &[new_str(name)]).map(Some),
        None => crate::builtins::attr_lookup::generic_getattr(vm, v, name),
    };
    match first {
        Ok(Some(found)) => Ok(Some(found)),
        Ok(None) => getattr_fallback(vm, v, name),
        Err(e) if e.matches(&crate::builtins::exceptions::ATTRIBUTE_ERROR) => match lookup(t, "__getattr__") {
            Some(g) => call_dunder(vm, &g, v, &[new_str(name)]).map(Some),
            None => Err(e),
        },
        Err(e) => Err(e),
    }
}

/// The `__getattr__` step alone (after a lookup found nothing).
pub fn getattr_fallback(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    match lookup(v.ty(), "__getattr__") {
        Some(g) => call_dunder(vm, &g, v, &[new_str(name)]).map(Some),
        None => Ok(None),
    }
}
