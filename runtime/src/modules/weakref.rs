//! `_weakref`: the native core of `weakref` (`runtime/lib/weakref.py` builds the
//! dictionaries, `WeakSet`, `finalize` and `WeakMethod` on it). The types live in
//! `builtins/weakref/`.

use crate::builtins::int::new_int;
use crate::builtins::list::new_list;
use crate::builtins::type_::type_value;
use crate::builtins::weakref::{proxy, reference, table};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;

/// Builds `_weakref`.
pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = super::make_module(
        "_weakref",
        &[("proxy", proxy_fn), ("getweakrefcount", getweakrefcount), ("getweakrefs", getweakrefs)],
    );
    super::module_set(&m, "ref", type_value(&reference::REF_TYPE));
    super::module_set(&m, "ReferenceType", type_value(&reference::REF_TYPE));
    super::module_set(&m, "ProxyType", type_value(&proxy::PROXY_TYPE));
    super::module_set(&m, "CallableProxyType", type_value(&proxy::CALLABLE_PROXY_TYPE));
    Ok(m)
}

fn one_arg<'a>(name: &str, args: &'a [Value], kwnames: &[Value]) -> PyResult<&'a Value> {
    match (args, kwnames.is_empty()) {
        ([obj], true) => Ok(obj),
        (_, false) => Err(PyErr::type_error(format!("{name}() takes no keyword arguments"))),
        _ => Err(PyErr::type_error(format!("{name}() takes exactly one argument ({} given)", args.len()))),
    }
}

fn getweakrefcount(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let obj = one_arg("getweakrefcount", args, kwnames)?;
    Ok(new_int(table::count(obj) as i64))
}

fn getweakrefs(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let obj = one_arg("getweakrefs", args, kwnames)?;
    Ok(new_list(table::refs(obj)))
}

fn proxy_fn(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("proxy() takes no keyword arguments"));
    }
    match args {
        [obj] => proxy::new_proxy(obj, None),
        [obj, cb] => proxy::new_proxy(obj, Some(cb.clone())),
        _ => Err(PyErr::type_error(format!(
            "proxy expected at {} 2 arguments, got {}",
            if args.is_empty() { "least" } else { "most" },
            args.len()
        ))),
    }
}
