//! Opcode family: raising, matching and chaining exceptions; `with`; `yield from`.

use crate::builtins::exceptions::{as_exception, is_exception_type, new_exception};
use crate::builtins::singletons::{is_none, none};
use crate::builtins::tuple::as_tuple;
use crate::error::{PyErr, PyResult};
use crate::interp::generator::{as_generator, resume, Resumed};
use crate::interp::{Frame, Vm};
use crate::object::Value;

/// Turns `raise X` operands into an exception instance (instantiating classes).
pub fn make_exception(vm: &mut Vm, v: &Value) -> PyResult<PyErr> {
    if as_exception(v).is_some() {
        return Ok(PyErr { exc: v.clone() });
    }
    if is_exception_type(v).is_some() {
        let e = crate::ops::call(vm, v, &[], &[])?;
        if as_exception(&e).is_none() {
            return Err(PyErr::type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                crate::ops::repr_string(vm, v)?,
                e.ty().body.name
            )));
        }
        return Ok(PyErr { exc: e });
    }
    Err(PyErr::type_error("exceptions must derive from BaseException"))
}

/// RAISE: `raise`, `raise e`, `raise e from c`.
pub fn do_raise(vm: &mut Vm, exc: Option<Value>, cause: Option<Value>) -> PyErr {
    let Some(exc) = exc else {
        return match vm.handled.last() {
            Some(e) => {
                // A bare `raise` does not add this frame to the traceback again.
                vm.reraising = true;
                PyErr { exc: e.clone() }
            }
            None => PyErr::runtime_error("No active exception to reraise"),
        };
    };
    let err = match make_exception(vm, &exc) {
        Ok(e) => e,
        Err(e) => return e,
    };
    if let Some(c) = cause {
        let cause_val = if is_none(&c) {
            None
        } else {
            match make_exception(vm, &c) {
                Ok(ce) => Some(ce.exc),
                Err(_) => return PyErr::type_error("exception causes must derive from BaseException"),
            }
        };
        if let Some(e) = as_exception(&err.exc) {
            *e.cause.lock(&err.exc) = cause_val;
            e.suppress_context.set(true);
        }
    }
    err
}

/// Puts a traceback entry for `frame` (which is `vm.frames[depth]`, with `serial`)
/// running `pc` in front of the exception's traceback.
pub fn add_traceback(err: &PyErr, frame: &Frame, depth: usize, serial: u64, pc: u32) {
    if let Some(e) = as_exception(&err.exc) {
        let code = crate::builtins::frame_obj::code_value(&frame.func);
        e.traceback.lock(&err.exc).push(code, frame.globals.clone(), pc, depth, serial);
    }
}

/// Implicit chaining: the exception being handled becomes `__context__`.
pub fn set_context(handled: &[Value], err: &PyErr) {
    let Some(top) = handled.last() else { return };
    if top.is(&err.exc) {
        return;
    }
    if let Some(e) = as_exception(&err.exc) {
        if e.context.lock(&err.exc).is_none() {
            // Avoid cycles: do not set if `err` is already in top's context chain.
            let mut cur = Some(top.clone());
            let mut depth = 0;
            while let Some(c) = cur {
                if c.is(&err.exc) || depth > 100 {
                    return;
                }
                cur = as_exception(&c).and_then(|x| x.context.lock(&c).clone());
                depth += 1;
            }
            *e.context.lock(&err.exc) = Some(top.clone());
        }
    }
}

/// `except T:` test (T may be a tuple of classes).
pub fn exception_matches(exc: &Value, ty: &Value) -> PyResult<bool> {
    if let Some(items) = as_tuple(ty) {
        for t in items {
            if exception_matches(exc, t)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match is_exception_type(ty) {
        Some(t) => Ok(crate::ops::isinstance(exc, t)),
        None => Err(PyErr::type_error("catching classes that do not inherit from BaseException is not allowed")),
    }
}

/// One step of `yield from sub`: `Ok(Ok(item))` to yield, `Ok(Err(result))` when done.
pub fn yield_from_step(vm: &mut Vm, sub: &Value, sent: Value) -> PyResult<Result<Value, Value>> {
    if as_generator(sub).is_some() {
        return Ok(match resume(vm, sub, sent, None)? {
            Resumed::Yielded(v) => Ok(v),
            Resumed::Returned(r) => Err(r),
        });
    }
    if !is_none(&sent) {
        let send = crate::ops::getattr(vm, sub, "send")?;
        return match crate::ops::call(vm, &send, &[sent], &[]) {
            Ok(v) => Ok(Ok(v)),
            Err(e) if e.matches(&crate::builtins::exceptions::STOP_ITERATION) => Ok(Err(stop_value(&e))),
            Err(e) => Err(e),
        };
    }
    Ok(match crate::ops::next(vm, sub)? {
        Some(v) => Ok(v),
        None => Err(none()),
    })
}

fn stop_value(e: &PyErr) -> Value {
    as_exception(&e.exc).and_then(|x| as_tuple(&x.args.lock(&e.exc)).and_then(|t| t.first().cloned())).unwrap_or_else(none)
}

/// `with mgr:` entry: returns (`__enter__()` result, bound `__exit__`).
pub fn with_enter(vm: &mut Vm, mgr: &Value) -> PyResult<(Value, Value)> {
    let name = mgr.ty().body.name;
    if mgr.ty().body.state.is_heap() {
        // Special methods are looked up on the class, never on the instance.
        let lookup = |n: &'static str| crate::builtins::instances::dunder_slots::lookup(mgr.ty(), n);
        let (Some(enter), Some(exit)) = (lookup("__enter__"), lookup("__exit__")) else {
            let missing = if lookup("__enter__").is_none() { "__enter__" } else { "__exit__" };
            return Err(PyErr::type_error(format!("'{name}' object does not support the context manager protocol (missed {missing} method)")));
        };
        let exit = crate::builtins::attr_lookup::bind(vm, exit, mgr)?;
        let entered = crate::builtins::instances::dunder_slots::call_dunder(vm, &enter, mgr, &[])?;
        return Ok((entered, exit));
    }
    let enter = crate::ops::getattr_opt(vm, mgr, "__enter__")?.ok_or_else(|| {
        PyErr::type_error(format!("'{name}' object does not support the context manager protocol (missed __enter__ method)"))
    })?;
    let exit = crate::ops::getattr_opt(vm, mgr, "__exit__")?.ok_or_else(|| {
        PyErr::type_error(format!("'{name}' object does not support the context manager protocol (missed __exit__ method)"))
    })?;
    let entered = crate::ops::call(vm, &enter, &[], &[])?;
    Ok((entered, exit))
}

/// Calls `__exit__` with the exception (or Nones).
pub fn with_exit(vm: &mut Vm, exit: &Value, exc: Option<&Value>) -> PyResult<Value> {
    let args = match exc {
        Some(e) => {
            let tb = crate::ops::getattr_opt(vm, e, "__traceback__")?.unwrap_or_else(none);
            vec![crate::builtins::type_::type_value(e.ty()), e.clone(), tb]
        }
        None => vec![none(), none(), none()],
    };
    crate::ops::call(vm, exit, &args, &[])
}

/// A fresh exception instance (for natives raising by type).
pub fn new_error(ty: &'static crate::object::TypeObject, args: Vec<Value>) -> PyErr {
    PyErr { exc: new_exception(ty, args) }
}
