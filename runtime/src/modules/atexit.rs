//! `atexit`: functions to call when the program ends.
//!
//! The callbacks sit in one process-wide list (any thread may register); `run.rs` calls
//! [`run_exitfuncs`] after the main module finished and its uncaught exception (if any)
//! was printed, before `__main__`'s globals are cleared, which is CPython's order. They
//! run last registered first; an exception is reported as CPython's "Exception ignored
//! in atexit callback ..." and the next callback runs.

use std::sync::{Mutex, PoisonError};

use crate::builtins::int::new_int;
use crate::builtins::singletons::none;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;

/// A registered call: function, positional arguments, keyword values and names.
struct Callback {
    func: Value,
    args: Vec<Value>,
    kwnames: Vec<Value>,
}

static CALLBACKS: Mutex<Vec<Callback>> = Mutex::new(Vec::new());

/// Builds `atexit`.
pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    Ok(super::make_module(
        "atexit",
        &[
            ("register", register),
            ("unregister", unregister),
            ("_run_exitfuncs", run_exitfuncs_fn),
            ("_clear", clear),
            ("_ncallbacks", ncallbacks),
        ],
    ))
}

fn register(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if npos == 0 {
        return Err(PyErr::type_error("register() takes at least 1 argument (0 given)"));
    }
    let func = args[0].clone();
    if !crate::ops::callable(&func) {
        return Err(PyErr::type_error("the first argument must be callable"));
    }
    let cb = Callback {
        func: func.clone(),
        args: args[1..].to_vec(),
        kwnames: kwnames.to_vec(),
    };
    CALLBACKS.lock().unwrap_or_else(PoisonError::into_inner).push(cb);
    Ok(func)
}

fn unregister(vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let [func] = args else {
        return Err(PyErr::type_error(format!(
            "atexit.unregister() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    // The list is taken out while `==` runs Python code (which may register more).
    let old = std::mem::take(&mut *CALLBACKS.lock().unwrap_or_else(PoisonError::into_inner));
    let mut kept = Vec::with_capacity(old.len());
    let mut dropped = Vec::new();
    let mut err = None;
    for c in old {
        if err.is_none() {
            match crate::ops::eq(vm, &c.func, func) {
                Ok(true) => {
                    dropped.push(c);
                    continue;
                }
                Ok(false) => {}
                Err(e) => err = Some(e),
            }
        }
        kept.push(c);
    }
    {
        let mut list = CALLBACKS.lock().unwrap_or_else(PoisonError::into_inner);
        let added = std::mem::replace(&mut *list, kept);
        list.extend(added);
    }
    drop(dropped);
    if let Some(e) = err {
        return Err(e);
    }
    Ok(none())
}

fn clear(_vm: &mut Vm, _args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let old = std::mem::take(&mut *CALLBACKS.lock().unwrap_or_else(PoisonError::into_inner));
    drop(old);
    Ok(none())
}

fn ncallbacks(_vm: &mut Vm, _args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    Ok(new_int(CALLBACKS.lock().unwrap_or_else(PoisonError::into_inner).len() as i64))
}

fn run_exitfuncs_fn(vm: &mut Vm, _args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    run_exitfuncs(vm);
    Ok(none())
}

/// Calls every registered function, last registered first, and empties the list.
pub fn run_exitfuncs(vm: &mut Vm) {
    loop {
        let next = CALLBACKS.lock().unwrap_or_else(PoisonError::into_inner).pop();
        let Some(cb) = next else { return };
        if let Err(e) = crate::ops::call(vm, &cb.func, &cb.args, &cb.kwnames) {
            if !e.matches(&crate::builtins::exceptions::SYSTEM_EXIT) {
                crate::interp::finalize::report_unraisable(vm, "in atexit callback", &cb.func, &e);
            }
        }
        drop(cb);
        crate::interp::finalize::run_pending(vm);
    }
}
