//! Generators: a suspended frame kept in a heap object.
//!
//! The generator owns its slots while suspended. Resuming moves them onto the slot
//! stack, pushes an entry frame at the saved pc and runs the dispatch loop until the
//! frame yields (slots move back, pc saved) or returns. Resumption currently re-enters
//! the loop from Rust once per `next()` (bounded by the nesting of generators, not by
//! the iteration count); making FOR_ITER resume generator frames inline is the next
//! step for speed.

use crate::builtin_type;
use crate::builtins::exceptions::{as_exception, GENERATOR_EXIT, STOP_ITERATION};
use crate::builtins::function::as_function;
use crate::builtins::singletons::{is_none, none};
use crate::builtins::str::{as_str, new_str};
use crate::compiler::code::{CodeData, Reg};
use crate::error::{PyErr, PyResult};
use crate::interp::{Frame, Vm};
pub use crate::interp::gen_state::{Claim, GenState, GenStateCell};
use crate::object::{Kind, Locked, MethodDef, Slots, Value, Word16, Word32};

/// The body of a generator.
pub struct GeneratorData {
    /// The generator function.
    pub func: Value,
    /// The slot buffer, guarded by the generator's state rather than the object lock:
    /// only the thread holding the Running claim (see [`GenStateCell::claim`]) touches
    /// it, through [`GeneratorData::slots_claimed`]; its frame reads and writes it
    /// through a raw pointer, and its length does not change until the generator
    /// finishes. (A lock per resume on top of the claim's compare-and-swap cost 1.3% of
    /// the instructions of `benches/generators.py`.)
    pub slots: Locked<Vec<Option<Value>>>,
    /// Resume pc (written by the thread that holds the Running claim).
    pub pc: Word32,
    /// Slot receiving the value sent in at the resume point (as `pc`).
    pub resume_dst: Word16,
    /// State.
    pub state: GenStateCell,
}

fn already_executing() -> PyErr {
    PyErr::value_error("generator already executing")
}

/// The built-in generator type (its destructor may postpone freeing, see
/// [`generator_dealloc`]).
pub static GENERATOR_TYPE: crate::object::TypeObject = crate::object::Obj {
    header: crate::object::Header::immortal(&crate::builtins::type_::TYPE_TYPE),
    body: crate::object::TypeData {
        name: "generator",
        kind: Kind::Generator,
        base: Some(&crate::builtins::type_::OBJECT_TYPE),
        dealloc: generator_dealloc,
        slots: GENERATOR_SLOTS,
        methods: GENERATOR_METHODS,
        state: crate::object::type_state::TypeState::builtin(),
    },
};

/// A suspended generator is resurrected and queued for `close()` instead of being freed:
/// destructors run in the middle of arbitrary Rust code, where running Python is not
/// allowed, so the interpreter closes it at its next safepoint (`interp/finalize.rs`).
unsafe fn generator_dealloc(obj: *mut crate::object::Header) {
    // SAFETY: objects of GENERATOR_TYPE are Obj<GeneratorData>; no references remain.
    let g = unsafe { &(*(obj as *const crate::object::Obj<GeneratorData>)).body };
    if g.state.get() == GenState::Suspended {
        // SAFETY: resurrect with one reference owned by this thread, then queue it.
        unsafe { crate::interp::finalize::resurrect(obj) };
        if crate::interp::finalize::push(crate::interp::finalize::Pending::Close(obj as usize)) {
            return;
        }
    }
    // SAFETY: allocated by `alloc::<GeneratorData>`, unreferenced.
    unsafe { crate::object::value::dealloc_box::<GeneratorData>(obj) };
}

/// Closes a generator taken off the finalizer queue (errors are ignored, as CPython
/// reports and ignores exceptions from finalizers).
pub fn close_abandoned(vm: &mut Vm, gen: &Value) {
    let _ = close(vm, gen);
    if let Some(g) = as_generator(gen) {
        g.state.set(GenState::Closed);
    }
}

/// Runs every queued finalizer (generators' `finally`, `__del__`, weakref callbacks):
/// see `interp/finalize.rs`.
pub fn run_pending_finalizers(vm: &mut Vm) {
    crate::interp::finalize::run_pending(vm);
}

/// True when finalizers are waiting to run.
#[inline]
pub fn finalizers_pending() -> bool {
    crate::interp::finalize::pending()
}

const GENERATOR_METHODS: &[MethodDef] =
    &[MethodDef::method("send", gen_send_method), MethodDef::method("throw", gen_throw_method), MethodDef::method("close", gen_close_method)];

const GENERATOR_SLOTS: Slots = Slots {
        traverse: Some(crate::builtins::gc_slots::generator_traverse),
        clear: Some(crate::builtins::gc_slots::generator_clear),
        repr: Some(gen_repr),
        getattr: Some(gen_getattr),
        iter: Some(gen_iter),
        next: Some(gen_next),
        hash: Some(crate::builtins::type_::identity_hash),
        ..Slots::EMPTY
};

/// A new generator for `func` with bound slots.
pub fn new_generator(func: Value, slots: Vec<Option<Value>>) -> Value {
    crate::object::alloc(
        &GENERATOR_TYPE,
        GeneratorData { func, slots: Locked::new(slots), pc: Word32::new(0), resume_dst: Word16::new(crate::compiler::code::NO_REG), state: GenStateCell::new(GenState::Created) },
    )
}

impl GeneratorData {
    /// The slot buffer.
    ///
    /// # Safety
    /// The calling thread holds the generator's Running claim (it won
    /// [`GenStateCell::claim`] and has not yet stored Suspended or Closed), and keeps
    /// no other reference to the buffer.
    #[inline]
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn slots_claimed(&self) -> &mut Vec<Option<Value>> {
        debug_assert_eq!(self.state.get(), GenState::Running);
        // SAFETY: the claim makes this thread the buffer's only user.
        unsafe { self.slots.write_unlocked() }
    }
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
    let q = as_function(&g.func).map(|f| f.qualname.lock(&g.func).clone());
    let name = q.as_ref().and_then(as_str).unwrap_or("?").to_string();
    Ok(new_str(&format!("<generator object {name} at {:#x}>", v.raw())))
}

fn gen_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let g = as_generator(v).ok_or_else(|| PyErr::type_error("expected generator"))?;
    let f = as_function(&g.func);
    Ok(match name {
        "__name__" => f.map(|f| f.name.lock(&g.func).clone()),
        "__qualname__" => f.map(|f| f.qualname.lock(&g.func).clone()),
        "gi_running" => Some(crate::builtins::singletons::py_bool(g.state.get() == GenState::Running)),
        "gi_suspended" => Some(crate::builtins::singletons::py_bool(g.state.get() == GenState::Suspended)),
        "gi_code" => f.map(|f| f.code.clone()),
        "gi_frame" => Some(match (g.state.get(), f) {
            (GenState::Closed, _) | (_, None) => none(),
            (_, Some(f)) => {
                let line = f.code().locs.get(g.pc.get() as usize).map_or(f.code().firstlineno, |l| l.line);
                new_frame_info(f.code.clone(), f.globals.clone(), line)
            }
        }),
        _ => None,
    })
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
    // From here this thread owns the generator; any early return gives it back.
    let claim = match g.state.claim() {
        Ok(c) => c,
        Err(GenState::Closed) => {
            return match throw {
                Some(e) => Err(e),
                None => Ok(Resumed::Returned(none())),
            }
        }
        Err(_) => return Err(already_executing()),
    };
    if claim.was() == GenState::Created && !is_none(&sent) && throw.is_none() {
        return Err(PyErr::type_error("can't send non-None value to a just-started generator"));
    }
    if claim.was() == GenState::Created {
        if let Some(err) = throw {
            // Thrown in before the first line: no handler of the body runs; the
            // generator is finished and the exception passes on unchanged (3.12+).
            g.state.set(GenState::Closed);
            claim.keep();
            g.slots.lock(gen).clear();
            return Err(err);
        }
    }
    let f = as_function(&g.func).ok_or_else(|| PyErr::type_error("expected function"))?;
    let code: &CodeData = f.code();
    let mut throw = throw;
    let mut sent = sent;
    if let (Some(err), GenState::Suspended) = (&throw, claim.was()) {
        // Suspended inside `yield from`: the exception goes to the sub-iterator first.
        if let Some(crate::compiler::code::Instr::YieldFrom { dst, iter }) = code.instrs.get(g.pc.get() as usize).copied() {
            // SAFETY: this thread holds the Running claim (see `GeneratorData::slots_claimed`).
            let sub = unsafe { g.slots_claimed() }.get(iter as usize).cloned().flatten();
            if let Some(sub) = sub {
                let err = PyErr { exc: err.exc.clone() };
                if err.matches(&GENERATOR_EXIT) {
                    let closed = close_iterator(vm, &sub);
                    if let Err(e) = closed {
                        throw = Some(e);
                    }
                } else {
                    let forwarded = throw_into(vm, &sub, err);
                    match forwarded {
                        Ok(Resumed::Yielded(v)) => return Ok(Resumed::Yielded(v)),
                        Ok(Resumed::Returned(r)) => {
                            // The delegation finished: continue after the YieldFrom.
                            // SAFETY: the claim is still held.
                            if let Some(slot) = unsafe { g.slots_claimed() }.get_mut(dst as usize) {
                                *slot = Some(r.clone());
                            }
                            g.pc.set(g.pc.get() + 1);
                            g.resume_dst.set(dst);
                            throw = None;
                            sent = r;
                        }
                        Err(e) => throw = Some(e),
                    }
                }
            }
        }
    }
    // SAFETY: the claim is held.
    if unsafe { g.slots_claimed() }.len() != code.nslots as usize {
        return Err(already_executing());
    }
    // The depth check comes before the push, so a RecursionError leaves no frame behind
    // (the claim, still armed, gives the generator back).
    vm.enter_native()?;
    if let Err(e) = push_generator_frame(vm, gen, sent, 0, true) {
        vm.leave_native();
        return Err(e);
    }
    claim.keep();
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
            // SAFETY: the generator stayed Running (this thread's) until now.
            unsafe { g.slots_claimed() }.clear();
            g.state.set(GenState::Closed);
            Ok(Resumed::Returned(v))
        }
        Err(e) => {
            // SAFETY: as above.
            unsafe { g.slots_claimed() }.clear();
            g.state.set(GenState::Closed);
            Err(stop_iteration_to_runtime_error(e))
        }
    }
}

/// Pushes the frame of `gen` (claimed by the caller, its slot buffer intact) with
/// `sent` as the value of the suspended yield. An entry frame returns to
/// Rust when it yields or returns; otherwise `ret_dst` is the caller's slot for values.
fn push_generator_frame(vm: &mut Vm, gen: &Value, sent: Value, ret_dst: Reg, entry: bool) -> PyResult<()> {
    let g = as_generator(gen).ok_or_else(|| PyErr::type_error("expected generator"))?;
    let f = as_function(&g.func).ok_or_else(|| PyErr::type_error("expected function"))?;
    if vm.frames.len() >= vm.recursion_limit {
        return Err(PyErr::recursion());
    }
    debug_assert_eq!(g.state.get(), GenState::Running);
    // A generator that never ran has no resume register (NO_REG).
    let resume_dst = g.resume_dst.get();
    // SAFETY: the caller holds the Running claim.
    let buffer = unsafe { g.slots_claimed() };
    if resume_dst != crate::compiler::code::NO_REG {
        buffer[resume_dst as usize] = Some(sent);
    }
    // The frame runs directly on the generator's slot buffer: the Running claim makes
    // this thread its only user and its length is fixed until the generator finishes,
    // so the pointer stays valid.
    let slots = buffer.as_mut_ptr();
    let base = vm.frames.last().map_or(0, Frame::stack_top);
    let handled_depth = vm.handled.len();
    vm.frames.push(Frame {
        func: g.func.clone(),
        code: f.code() as *const CodeData,
        globals: f.globals.clone(),
        base,
        slots,
        pc: g.pc.get(),
        ret_dst,
        entry,
        handled_depth,
        generator: Some(gen.clone()),
        locals: None,
        serial: 0,
        init: false,
    });
    Ok(())
}

/// Resumes `gen` inside the running dispatch loop, for the caller's FOR_ITER (a `for`
/// loop over it) or YIELD_FROM (delegation to it), sending `sent`: pushes its frame (not
/// an entry frame), so no Rust re-entry happens per item. What its yields and its return
/// do depends on that calling instruction (see `yield_out` and `generator_returned` in
/// the dispatch loop). Returns false (nothing pushed) when the generator cannot be
/// resumed this way (running, closed, or sent a value before starting); the caller
/// then takes the general `resume` path, which raises the right error.
pub fn push_inline(vm: &mut Vm, gen: &Value, dst: Reg, sent: Value) -> PyResult<bool> {
    let Some(g) = as_generator(gen) else { return Ok(false) };
    let Ok(claim) = g.state.claim() else { return Ok(false) };
    if claim.was() == GenState::Created && !is_none(&sent) {
        return Ok(false);
    }
    let Some(f) = as_function(&g.func) else { return Ok(false) };
    // SAFETY: the claim is held.
    if unsafe { g.slots_claimed() }.len() != f.code().nslots as usize {
        return Ok(false);
    }
    push_generator_frame(vm, gen, sent, dst, false)?;
    claim.keep();
    Ok(true)
}

/// Marks a generator finished (by return or by an exception leaving its frame) and
/// drops its saved slots.
pub fn finish(gen: &Value) {
    if let Some(g) = as_generator(gen) {
        // SAFETY: called by the thread whose frame of `gen` just finished, while the
        // generator is still Running.
        unsafe { g.slots_claimed() }.clear();
        g.state.set(GenState::Closed);
    }
}

/// PEP 479: a StopIteration leaving a generator frame becomes a RuntimeError whose
/// cause and context are the StopIteration.
pub fn stop_iteration_to_runtime_error(e: PyErr) -> PyErr {
    if !e.matches(&STOP_ITERATION) {
        return e;
    }
    let err = PyErr::runtime_error("generator raised StopIteration");
    if let Some(x) = as_exception(&err.exc) {
        *x.context.lock(&err.exc) = Some(e.exc.clone());
        *x.cause.lock(&err.exc) = Some(e.exc.clone());
        x.suppress_context.set(true);
    }
    err
}

/// Called by the dispatch loop when a generator frame yields: saves its state.
pub fn suspend(gen: &Value, pc: u32, resume_dst: Reg) {
    if let Some(g) = as_generator(gen) {
        g.pc.set(pc);
        g.resume_dst.set(resume_dst);
        g.state.set(GenState::Suspended);
    }
}

/// `sub.throw(err)` for the sub-iterator of a `yield from`.
fn throw_into(vm: &mut Vm, sub: &Value, err: PyErr) -> PyResult<Resumed> {
    if as_generator(sub).is_some() {
        return resume(vm, sub, none(), Some(err));
    }
    match crate::ops::getattr_opt(vm, sub, "throw")? {
        Some(t) => match crate::ops::call(vm, &t, std::slice::from_ref(&err.exc), &[]) {
            Ok(v) => Ok(Resumed::Yielded(v)),
            Err(e) if e.matches(&STOP_ITERATION) => Ok(Resumed::Returned(stop_value(&e))),
            Err(e) => Err(e),
        },
        None => Err(err),
    }
}

/// Closes the sub-iterator of a `yield from` (GeneratorExit passing through).
fn close_iterator(vm: &mut Vm, sub: &Value) -> PyResult<()> {
    if as_generator(sub).is_some() {
        return close(vm, sub).map(|_| ());
    }
    if let Some(c) = crate::ops::getattr_opt(vm, sub, "close")? {
        crate::ops::call(vm, &c, &[], &[])?;
    }
    Ok(())
}

fn stop_value(e: &PyErr) -> Value {
    as_exception(&e.exc)
        .and_then(|x| crate::builtins::tuple::as_tuple(&x.args.lock(&e.exc)).and_then(|t| t.first().cloned()))
        .unwrap_or_else(none)
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

/// `gen.close()`: returns the value the generator returned on GeneratorExit (3.13+).
pub fn close(vm: &mut Vm, gen: &Value) -> PyResult<Value> {
    let Some(g) = as_generator(gen) else { return Ok(none()) };
    match g.state.get() {
        GenState::Suspended => {}
        GenState::Running => return Err(already_executing()),
        GenState::Created if !g.state.close_unstarted() => return close(vm, gen),
        GenState::Created | GenState::Closed => return Ok(none()),
    }
    match resume(vm, gen, none(), Some(PyErr::bare(&GENERATOR_EXIT))) {
        Ok(Resumed::Yielded(_)) => Err(PyErr::runtime_error("generator ignored GeneratorExit")),
        Ok(Resumed::Returned(v)) => Ok(v),
        Err(e) if e.matches(&GENERATOR_EXIT) || e.matches(&STOP_ITERATION) => Ok(none()),
        Err(e) => Err(e),
    }
}

fn gen_close_method(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    close(vm, &args[0])
}

/// A read-only view of a frame (`gen.gi_frame`): its code, globals and current line.
/// (Live frames are slot ranges, not objects; this snapshot is what introspection sees.)
pub struct FrameInfo {
    /// `f_code`.
    pub code: Value,
    /// `f_globals`.
    pub globals: Value,
    /// `f_lineno`.
    pub lineno: u32,
}

builtin_type!(
    FRAME_TYPE,
    "frame",
    Kind::Object,
    FrameInfo,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots { getattr: Some(frame_getattr), repr: Some(frame_repr), ..Slots::EMPTY },
    &[]
);

fn new_frame_info(code: Value, globals: Value, lineno: u32) -> Value {
    crate::object::alloc(&FRAME_TYPE, FrameInfo { code, globals, lineno })
}

fn frame_info(v: &Value) -> Option<&FrameInfo> {
    if std::ptr::eq(v.ty(), &FRAME_TYPE) {
        // SAFETY: objects of FRAME_TYPE are Obj<FrameInfo>.
        Some(unsafe { v.body_unchecked::<FrameInfo>() })
    } else {
        None
    }
}

fn frame_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(fi) = frame_info(v) else { return Ok(None) };
    Ok(match name {
        "f_code" => Some(fi.code.clone()),
        "f_globals" => Some(fi.globals.clone()),
        "f_lineno" => Some(crate::builtins::int::new_int(i64::from(fi.lineno))),
        _ => None,
    })
}

fn frame_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let fi = frame_info(v).ok_or_else(|| PyErr::type_error("expected frame"))?;
    let code = crate::compiler::code::as_code(&fi.code);
    Ok(new_str(&format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        v.raw(),
        code.map_or("?", |c| c.filename.as_str()),
        fi.lineno,
        code.map_or("?", |c| c.name.as_str())
    )))
}
