//! Generators: a suspended frame kept in a heap object.
//!
//! The generator owns its slots while suspended. Resuming moves them onto the slot
//! stack, pushes an entry frame at the saved pc and runs the dispatch loop until the
//! frame yields (slots move back, pc saved) or returns. Resumption currently re-enters
//! the loop from Rust once per `next()` (bounded by the nesting of generators, not by
//! the iteration count); making FOR_ITER resume generator frames inline is the next
//! step for speed.

use std::cell::{Cell, RefCell};

use crate::builtin_type;
use crate::builtins::exceptions::{as_exception, GENERATOR_EXIT, STOP_ITERATION};
use crate::builtins::function::as_function;
use crate::builtins::singletons::{is_none, none};
use crate::builtins::str::{as_str, new_str};
use crate::compiler::code::{CodeData, Reg};
use crate::error::{PyErr, PyResult};
use crate::interp::{Frame, Vm};
use crate::object::{Kind, MethodDef, Slots, Value};

/// Lifecycle of a generator.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    /// Not started.
    Created,
    /// Suspended at a yield.
    Suspended,
    /// Currently executing.
    Running,
    /// Finished.
    Closed,
}

/// The body of a generator.
pub struct GeneratorData {
    /// The generator function.
    pub func: Value,
    /// Saved slots while suspended.
    pub slots: RefCell<Vec<Option<Value>>>,
    /// Resume pc.
    pub pc: Cell<u32>,
    /// Slot receiving the value sent in at the resume point.
    pub resume_dst: Cell<Reg>,
    /// State.
    pub state: Cell<GenState>,
}

builtin_type!(
    GENERATOR_TYPE,
    "generator",
    Kind::Generator,
    GeneratorData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(gen_repr),
        iter: Some(gen_iter),
        next: Some(gen_next),
        hash: Some(crate::builtins::type_::identity_hash),
        ..Slots::EMPTY
    },
    &[MethodDef::method("send", gen_send_method), MethodDef::method("throw", gen_throw_method), MethodDef::method("close", gen_close_method)]
);

/// A new generator for `func` with bound slots.
pub fn new_generator(func: Value, slots: Vec<Option<Value>>) -> Value {
    crate::object::alloc(
        &GENERATOR_TYPE,
        GeneratorData { func, slots: RefCell::new(slots), pc: Cell::new(0), resume_dst: Cell::new(crate::compiler::code::NO_REG), state: Cell::new(GenState::Created) },
    )
}

/// The generator body, if `v` is a generator.
pub fn as_generator(v: &Value) -> Option<&GeneratorData> {
    if !v.is_small_int() && v.ty().body.kind == Kind::Generator {
        // SAFETY: Kind::Generator objects are Obj<GeneratorData>.
        Some(unsafe { v.body_unchecked::<GeneratorData>() })
    } else {
        None
    }
}

fn gen_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = as_generator(v).ok_or_else(|| PyErr::type_error("expected generator"))?;
    let q = as_function(&g.func).map(|f| f.qualname.borrow().clone());
    let name = q.as_ref().and_then(as_str).unwrap_or("?").to_string();
    Ok(new_str(&format!("<generator object {name} at {:#x}>", v.raw())))
}

fn gen_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

/// Outcome of resuming a generator.
pub enum Resumed {
    /// It yielded a value.
    Yielded(Value),
    /// It returned (the StopIteration value).
    Returned(Value),
}

/// Resumes `gen` with `sent` (or by raising `throw` at the suspension point).
pub fn resume(vm: &mut Vm, gen: &Value, sent: Value, throw: Option<PyErr>) -> PyResult<Resumed> {
    let g = as_generator(gen).ok_or_else(|| PyErr::type_error("expected generator"))?;
    match g.state.get() {
        GenState::Running => return Err(PyErr::value_error("generator already executing")),
        GenState::Closed => {
            return match throw {
                Some(e) => Err(e),
                None => Ok(Resumed::Returned(none())),
            }
        }
        GenState::Created if !is_none(&sent) && throw.is_none() => {
            return Err(PyErr::type_error("can't send non-None value to a just-started generator"));
        }
        _ => {}
    }
    let f = as_function(&g.func).ok_or_else(|| PyErr::type_error("expected function"))?;
    let code: &CodeData = f.code();
    if vm.frames.len() >= vm.recursion_limit {
        return Err(PyErr::recursion());
    }
    let base = vm.frames.last().map_or(0, |fr| fr.base + fr.code().nslots as usize);
    let nslots = code.nslots as usize;
    if base + nslots > vm.stack.len() {
        return Err(PyErr::recursion());
    }
    // Move the saved slots in; the stack's slots there are empty (see `Vm::stack`), and
    // the generator keeps its (now empty) buffer to be refilled at the next suspension.
    for (dst, v) in vm.stack[base..base + nslots].iter_mut().zip(g.slots.borrow_mut().iter_mut()) {
        *dst = v.take();
    }
    let dst = g.resume_dst.get();
    if g.state.get() == GenState::Suspended && dst != crate::compiler::code::NO_REG {
        vm.stack[base + dst as usize] = Some(sent);
    }
    g.state.set(GenState::Running);
    let handled_depth = vm.handled.len();
    vm.frames.push(Frame {
        func: g.func.clone(),
        code: code as *const CodeData,
        globals: f.globals.clone(),
        base,
        pc: g.pc.get(),
        ret_dst: 0,
        entry: true,
        handled_depth,
        generator: Some(gen.clone()),
    });
    vm.enter_native()?;
    vm.pending_throw = throw;
    vm.yielded = false;
    let r = crate::interp::dispatch::run(vm);
    vm.leave_native();
    let yielded = std::mem::replace(&mut vm.yielded, false);
    match r {
        Ok(v) if yielded => {
            g.state.set(GenState::Suspended);
            Ok(Resumed::Yielded(v))
        }
        Ok(v) => {
            g.state.set(GenState::Closed);
            g.slots.borrow_mut().clear();
            Ok(Resumed::Returned(v))
        }
        Err(e) => {
            g.state.set(GenState::Closed);
            g.slots.borrow_mut().clear();
            if e.matches(&STOP_ITERATION) {
                let err = PyErr::runtime_error("generator raised StopIteration");
                if let Some(x) = as_exception(&err.exc) {
                    *x.context.borrow_mut() = Some(e.exc.clone());
                }
                return Err(err);
            }
            Err(e)
        }
    }
}

/// Called by the dispatch loop when a generator frame yields: saves its state.
pub fn suspend(gen: &Value, slots: &mut [Option<Value>], pc: u32, resume_dst: Reg) {
    if let Some(g) = as_generator(gen) {
        let mut saved = g.slots.borrow_mut();
        if saved.len() == slots.len() {
            for (dst, v) in saved.iter_mut().zip(slots.iter_mut()) {
                *dst = v.take();
            }
        } else {
            saved.clear();
            saved.extend(slots.iter_mut().map(Option::take));
        }
        drop(saved);
        g.pc.set(pc);
        g.resume_dst.set(resume_dst);
    }
}

fn gen_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    match resume(vm, v, none(), None)? {
        Resumed::Yielded(x) => Ok(Some(x)),
        Resumed::Returned(_) => Ok(None),
    }
}

fn stop_iteration(value: Value) -> PyErr {
    if is_none(&value) {
        PyErr::bare(&STOP_ITERATION)
    } else {
        PyErr::with_arg(&STOP_ITERATION, value)
    }
}

fn gen_send_method(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let sent = args.get(1).cloned().unwrap_or_else(none);
    match resume(vm, &args[0], sent, None)? {
        Resumed::Yielded(x) => Ok(x),
        Resumed::Returned(r) => Err(stop_iteration(r)),
    }
}

fn gen_throw_method(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let exc = args.get(1).ok_or_else(|| PyErr::type_error("throw expected at least 1 argument, got 0"))?;
    let err = crate::interp::op_exceptions::make_exception(vm, exc)?;
    match resume(vm, &args[0], none(), Some(err))? {
        Resumed::Yielded(x) => Ok(x),
        Resumed::Returned(r) => Err(stop_iteration(r)),
    }
}

/// `gen.close()`.
pub fn close(vm: &mut Vm, gen: &Value) -> PyResult<()> {
    let Some(g) = as_generator(gen) else { return Ok(()) };
    if g.state.get() != GenState::Suspended {
        g.state.set(GenState::Closed);
        return Ok(());
    }
    match resume(vm, gen, none(), Some(PyErr::bare(&GENERATOR_EXIT))) {
        Ok(Resumed::Yielded(_)) => Err(PyErr::runtime_error("generator ignored GeneratorExit")),
        Ok(Resumed::Returned(_)) => Ok(()),
        Err(e) if e.matches(&GENERATOR_EXIT) || e.matches(&STOP_ITERATION) => Ok(()),
        Err(e) => Err(e),
    }
}

fn gen_close_method(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    close(vm, &args[0])?;
    Ok(none())
}
