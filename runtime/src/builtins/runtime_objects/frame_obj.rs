//! Python-visible frame objects (`tb.tb_frame`, `sys._getframe()`, `f.f_back`).
//!
//! The interpreter's activations are plain records on the per-thread frame stack
//! (`Vm::frames`) with their slots on the slot stack; nothing Python-visible exists for
//! them, and calls must stay that cheap. A frame object is therefore made only when
//! someone asks for one, and it names its activation by *(depth, serial)*: the index in
//! `Vm::frames` and a serial number the activation gets the first time something needs
//! to name it ([`FrameCache::serial_of`]; frames are pushed with serial 0). While `vm.frames[depth].serial` still equals the
//! serial, the activation is running and the object reads its line and locals from it;
//! once it differs, the activation is gone and the object keeps what it saw last.
//!
//! A frame that finishes *by an exception* is the one case where its state must outlive
//! it (the traceback shows it): the unwinder calls [`frame_unwound`], which moves the
//! frame's named slots (locals, cells, free variables) into a frame object instead of
//! dropping them, and hands that object to the exception's traceback entries for the
//! activation. Frames that catch their exception or return normally pay nothing.
//!
//! References only point outwards (a frame to its caller through `f_back`, a traceback
//! entry to its frame and to the next inner entry), so frame objects never form
//! reference cycles among themselves; the one cycle the runtime could create by itself
//! (a dying frame whose local holds the very exception that records it, as after
//! `except E as e: raise`) is cut by not keeping that value, which is also what
//! CPython's `except ... as e` cleanup leaves in `f_locals`.
//!
//! Running activations keep one frame object each in [`FrameCache::live`], so
//! `sys._getframe() is sys._getframe()` and `f.f_back` of a running frame is the same
//! object every time.
//!
//! Threads: serials come from per-thread blocks, so a frame object or traceback entry
//! read on another thread never matches that thread's activations (it shows the saved
//! state instead). The mutable state sits in a `Locked` (`object/sync.rs`): it is
//! reached under the frame object's own mutex, never held across Python code.

use std::sync::atomic::{AtomicU64, Ordering};

use crate::builtin_type;
use crate::builtins::dict::{as_dict, new_dict};
use crate::builtins::int::new_int;
use crate::builtins::singletons::none;
use crate::builtins::str::new_str;
use crate::builtins::traceback_obj::SavedSlots;
use crate::compiler::code::{as_code, CodeData};
use crate::error::{PyErr, PyResult};
use crate::interp::{Frame, Vm};
use crate::object::{Kind, MethodDef, Slots, Value};

/// Per-thread frame bookkeeping, held by the `Vm`.
pub struct FrameCache {
    /// Last serial handed out.
    last_serial: u64,
    /// Frame objects of activations that were running when they were made:
    /// (depth, serial, frame object). Entries of finished activations are dropped
    /// lazily, the next time the cache is consulted.
    live: Vec<(usize, u64, Value)>,
}

/// Serial blocks: each thread's serials start at a fresh multiple of 2^40, so a serial
/// never names an activation of another thread.
static NEXT_SERIAL_BLOCK: AtomicU64 = AtomicU64::new(1);

impl FrameCache {
    /// A cache with its own serial range.
    pub fn new() -> FrameCache {
        FrameCache { last_serial: NEXT_SERIAL_BLOCK.fetch_add(1, Ordering::Relaxed) << 40, live: Vec::new() }
    }

    /// True when some frame object was made for a running activation (the return path
    /// then calls [`frame_returned`]).
    #[inline(always)]
    pub fn has_live_objects(&self) -> bool {
        !self.live.is_empty()
    }

    /// The serial of `frame`, handing out a fresh one if it has none yet.
    #[inline]
    pub fn serial_of(&mut self, frame: &mut Frame) -> u64 {
        if frame.serial == 0 {
            self.last_serial += 1;
            frame.serial = self.last_serial;
        }
        frame.serial
    }
}

impl Default for FrameCache {
    fn default() -> Self {
        FrameCache::new()
    }
}

/// Where a frame object's `f_back` comes from.
enum Back {
    /// No caller (the outermost frame), or a caller that finished unseen.
    Nothing,
    /// The activation (depth, serial), made into a frame object on demand.
    Live(usize, u64),
    /// Already a frame object.
    Frame(Value),
}

/// The mutable part of a frame object.
struct FrameState {
    /// (depth, serial) of the activation while it may still be running.
    live: Option<(usize, u64)>,
    /// The instruction running (or where the activation stopped).
    pc: u32,
    /// Named slot values (locals, cells, free variables in `named_slots` order), moved
    /// out when the activation finished by an exception, or the last snapshot read.
    locals: Option<Vec<Option<Value>>>,
    /// The caller.
    back: Back,
}

/// The body of a frame object.
pub struct FrameData {
    /// The code object.
    code: Value,
    /// The globals dict.
    globals: Value,
    /// The explicit locals mapping of `exec`/`eval` code, if any.
    mapping: Option<Value>,
    state: crate::object::Locked<FrameState>,
}

builtin_type!(
    FRAME_TYPE,
    "frame",
    Kind::Object,
    FrameData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(frame_repr),
        getattr: Some(frame_getattr),
        hash: Some(crate::builtins::type_::identity_hash),
        traverse: Some(frame_traverse),
        ..Slots::EMPTY
    },
    &[MethodDef::method("clear", frame_clear)] as &[MethodDef]
);

/// The cycle collector's traverse: code, globals, locals mapping, saved locals, `f_back`.
fn frame_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    let Some(f) = as_frame(v) else { return };
    visit(&f.code);
    visit(&f.globals);
    if let Some(m) = &f.mapping {
        visit(m);
    }
    let st = f.state.lock(v);
    if let Some(locals) = &st.locals {
        locals.iter().flatten().for_each(&mut *visit);
    }
    if let Back::Frame(b) = &st.back {
        visit(b);
    }
}

/// The body, if `v` is a frame object.
pub fn as_frame(v: &Value) -> Option<&FrameData> {
    if !v.is_small_int() && std::ptr::eq(v.ty(), &FRAME_TYPE) {
        // SAFETY: objects of FRAME_TYPE are Obj<FrameData>.
        Some(unsafe { v.body_unchecked::<FrameData>() })
    } else {
        None
    }
}

/// The code object a frame record runs (`func` is a function, or the code itself for
/// module code).
pub fn code_value(func: &Value) -> Value {
    match crate::builtins::function::as_function(func) {
        Some(f) => f.code.clone(),
        None => func.clone(),
    }
}

/// True when `vm.frames[depth]` is the activation `serial` (never for serial 0).
pub fn is_running(vm: &Vm, depth: usize, serial: u64) -> bool {
    serial != 0 && vm.frames.get(depth).is_some_and(|f| f.serial == serial)
}

/// The serial of `vm.frames[depth]` (handed out now if it had none); 0 past the end.
pub fn serial_at(vm: &mut Vm, depth: usize) -> u64 {
    match vm.frames.get_mut(depth) {
        Some(f) => vm.frame_cache.serial_of(f),
        None => 0,
    }
}

/// The caller link of the activation at `depth`.
fn back_of(vm: &mut Vm, depth: usize) -> Back {
    match depth.checked_sub(1) {
        Some(d) if d < vm.frames.len() => Back::Live(d, serial_at(vm, d)),
        _ => Back::Nothing,
    }
}

/// The frame object of the running activation `vm.frames[depth]` (one per activation).
pub fn live_frame(vm: &mut Vm, depth: usize) -> Value {
    let serial = serial_at(vm, depth);
    let back = back_of(vm, depth);
    let frames = &vm.frames;
    vm.frame_cache.live.retain(|(d, s, _)| frames.get(*d).is_some_and(|f| f.serial == *s));
    if let Some((_, _, obj)) = vm.frame_cache.live.iter().find(|(d, s, _)| *d == depth && *s == serial) {
        return obj.clone();
    }
    let f = &vm.frames[depth];
    let data = FrameData {
        code: code_value(&f.func),
        globals: f.globals.clone(),
        mapping: f.locals.clone(),
        state: crate::object::Locked::new(FrameState { live: Some((depth, serial)), pc: f.pc.saturating_sub(1), locals: None, back }),
    };
    let obj = crate::object::alloc(&FRAME_TYPE, data);
    // Keep the locals as they are now: if the activation returns before they are read,
    // this is what the object shows (`return sys._getframe()` sees its final locals).
    if let (Some(fd), Some(code)) = (as_frame(&obj), as_code(&obj_code(&obj))) {
        let values = running_slots(&vm.frames[depth], code);
        fd.state.lock(&obj).locals = Some(without(values, &obj));
    }
    vm.frame_cache.live.push((depth, serial, obj.clone()));
    obj
}

fn obj_code(obj: &Value) -> Value {
    as_frame(obj).map_or_else(none, |fd| fd.code.clone())
}

/// The named slots of the running frame `f` (clones).
fn running_slots(f: &Frame, code: &CodeData) -> Vec<Option<Value>> {
    named_slots(code)
        .map(|(slot, _)| {
            if slot < code.nslots as usize {
                // SAFETY: the activation is running, so its `nslots` slots are valid.
                unsafe { (*f.slots.add(slot)).clone() }
            } else {
                None
            }
        })
        .collect()
}

/// `values` without references to `obj` itself: a frame object keeping its own locals
/// must not keep itself alive (`f = sys._getframe(); f.f_locals` would otherwise make
/// a cycle, and there is no cycle collector yet).
fn without(mut values: Vec<Option<Value>>, obj: &Value) -> Vec<Option<Value>> {
    for v in &mut values {
        if v.as_ref().is_some_and(|x| x.is(obj)) {
            *v = None;
        }
    }
    values
}

/// A frame object for an activation that finished without being seen (a traceback
/// entry whose frame caught the exception and later returned): code, globals and the
/// line of the entry are known, the locals and the caller are not.
pub fn finished_frame(code: Value, globals: Value, pc: u32) -> Value {
    let data = FrameData { code, globals, mapping: None, state: crate::object::Locked::new(FrameState { live: None, pc, locals: None, back: Back::Nothing }) };
    crate::object::alloc(&FRAME_TYPE, data)
}

/// How many named slots (locals, cells, free variables) `code` has.
pub fn named_slot_count(code: &CodeData) -> usize {
    code.varnames.len() + code.cellnames.len() + code.free_slots.len()
}

/// The named slots of a frame in `f_locals` order: locals, cells, free variables.
fn named_slots(code: &CodeData) -> impl Iterator<Item = (usize, &str)> {
    let locals = code.varnames.iter().enumerate().map(|(i, n)| (i, n.as_str()));
    let nl = code.varnames.len();
    let cells = code.cellnames.iter().enumerate().map(move |(i, n)| (nl + i, n.as_str()));
    let frees = code.free_slots.iter().zip(&code.freenames).map(|(&s, n)| (s as usize, n.as_str()));
    locals.chain(cells).chain(frees)
}

/// Called by the unwinder for the frame `frame` (already popped; it was
/// `vm.frames[depth]`) that finishes because `exc` propagates out of it: moves its named
/// slots out of the dying frame into the exception's traceback record, or, when the
/// activation already has a frame object (or its entry is already an object), into
/// that frame object.
pub fn frame_unwound(vm: &mut Vm, frame: &Frame, depth: usize, exc: &Value) {
    let Some(e) = crate::builtins::exceptions::as_exception(exc) else { return };
    if frame.serial == 0 {
        // Nothing recorded this activation (no traceback entry, no frame object).
        return;
    }
    let code = frame.code();
    let nslots = code.nslots as usize;
    let named = code.varnames.len() + code.cellnames.len();
    let contiguous = named.min(nslots);
    // SAFETY: the popped frame's `nslots` slots stay valid until the unwinder clears
    // them (stack slots) or the generator drops them (generator slots), and nothing
    // else touches them meanwhile.
    let slots = unsafe { std::slice::from_raw_parts_mut(frame.slots, nslots) };
    let total = named + code.free_slots.len();
    let from_generator = frame.generator.is_some();
    // A generator's slots belong to the generator object: copy, do not move.
    let mut take = |slot: usize| -> Option<Value> {
        let v = match slots.get_mut(slot) {
            Some(s) if from_generator => s.clone(),
            Some(s) => s.take(),
            None => None,
        };
        // The exception itself is not kept (see module docs).
        v.filter(|v| !v.is(exc))
    };
    let mut saved = if total <= SavedSlots::INLINE && code.free_slots.is_empty() {
        let mut few: [Option<Value>; SavedSlots::INLINE] = [None, None, None];
        for (i, v) in few.iter_mut().enumerate().take(contiguous) {
            *v = take(i);
        }
        SavedSlots::Few(few)
    } else {
        let mut many: Vec<Option<Value>> = Vec::with_capacity(total);
        many.extend((0..contiguous).map(&mut take));
        many.resize(named, None);
        many.extend(code.free_slots.iter().map(|&f| take(f as usize)));
        SavedSlots::Many(many)
    };
    let caller_serial = depth.checked_sub(1).map_or(0, |d| serial_at(vm, d));
    let cached = vm.frame_cache.live.iter().position(|(d, s, _)| *d == depth && *s == frame.serial);
    if cached.is_none() {
        match e.traceback.lock(exc).keep_locals(depth, frame.serial, saved, caller_serial, frame.locals.clone()) {
            None => return,
            Some(back) => saved = back,
        }
    }
    let saved = saved.into_vec(total);
    let pc = frame.pc.saturating_sub(1);
    let obj = match cached {
        Some(i) => {
            let (_, _, obj) = vm.frame_cache.live.swap_remove(i);
            if let Some(fd) = as_frame(&obj) {
                let mut st = fd.state.lock(&obj);
                st.live = None;
                st.pc = pc;
                st.locals = Some(without(saved, &obj));
            }
            obj
        }
        None => {
            let caller = (caller_serial != 0).then(|| (depth - 1, caller_serial));
            unwound_frame(code_value(&frame.func), frame.globals.clone(), frame.locals.clone(), pc, saved, caller, None)
        }
    };
    e.traceback.lock(exc).adopt_frame(depth, frame.serial, &obj);
}

/// Called on a normal return from `frame` (already popped; `pc` is its return
/// instruction) when frame objects of running activations exist: if one stands for
/// this activation, it keeps the final line and locals.
pub fn frame_returned(vm: &mut Vm, frame: &Frame, pc: u32) {
    let depth = vm.frames.len();
    let Some(i) = vm.frame_cache.live.iter().position(|(d, s, _)| *d == depth && *s == frame.serial) else { return };
    let (_, _, obj) = vm.frame_cache.live.swap_remove(i);
    let Some(fd) = as_frame(&obj) else { return };
    let values = as_code(&fd.code).map(|code| running_slots(frame, code));
    // The caller still runs: its frame object becomes `f_back` for good (it would be
    // unreachable once the caller returns too).
    let caller = match fd.state.lock(&obj).back {
        Back::Live(d, s) if is_running(vm, d, s) => Some(d),
        _ => None,
    };
    let caller_obj = caller.map(|d| live_frame(vm, d));
    let mut st = fd.state.lock(&obj);
    if let Some(c) = caller_obj {
        st.back = Back::Frame(c);
    }
    st.live = None;
    st.pc = pc;
    if let Some(values) = values {
        st.locals = Some(without(values, &obj));
    }
}

/// The frame object of an activation that finished by an exception at `pc`, with its
/// moved named slots; `caller` is its caller activation and `outer` that caller's frame
/// object when one exists.
pub fn unwound_frame(code: Value, globals: Value, mapping: Option<Value>, pc: u32, locals: Vec<Option<Value>>, caller: Option<(usize, u64)>, outer: Option<Value>) -> Value {
    let back = match (outer, caller) {
        (Some(f), _) => Back::Frame(f),
        (None, Some((d, s))) => Back::Live(d, s),
        (None, None) => Back::Nothing,
    };
    let data = FrameData { code, globals, mapping, state: crate::object::Locked::new(FrameState { live: None, pc, locals: Some(locals), back }) };
    crate::object::alloc(&FRAME_TYPE, data)
}

/// Points `inner`'s `f_back` at `outer` when `inner`'s caller is the activation
/// (depth, serial) that `outer` stands for.
pub fn link_back(inner: &Value, depth: usize, serial: u64, outer: &Value) {
    if let Some(fd) = as_frame(inner) {
        let mut st = fd.state.lock(inner);
        if matches!(st.back, Back::Live(d, s) if d == depth && s == serial) {
            st.back = Back::Frame(outer.clone());
        }
    }
}

/// Refreshes a frame object from its activation if that is still running; returns the
/// activation's depth then.
fn sync(vm: &Vm, obj: &Value, fd: &FrameData) -> Option<usize> {
    let mut st = fd.state.lock(obj);
    let (depth, serial) = st.live?;
    if is_running(vm, depth, serial) {
        st.pc = vm.frames[depth].pc.saturating_sub(1);
        Some(depth)
    } else {
        st.live = None;
        None
    }
}

fn line_of(obj: &Value, fd: &FrameData) -> u32 {
    let pc = fd.state.lock(obj).pc;
    as_code(&fd.code).and_then(|c| c.locs.get(pc as usize).map(|l| l.line)).unwrap_or(0)
}

/// `f_locals`: the explicit mapping, the globals of module code, or a dict of the bound
/// named slots (a snapshot, refreshed on each access while the frame runs).
fn frame_locals(vm: &Vm, obj: &Value, fd: &FrameData) -> PyResult<Value> {
    if let Some(m) = &fd.mapping {
        return Ok(m.clone());
    }
    let Some(code) = as_code(&fd.code) else { return Ok(new_dict()) };
    if crate::builtins::code_attrs::is_module_code(code) {
        return Ok(fd.globals.clone());
    }
    let fresh = sync(vm, obj, fd).map(|depth| running_slots(&vm.frames[depth], code));
    if let Some(values) = &fresh {
        fd.state.lock(obj).locals = Some(without(values.clone(), obj));
    }
    let dict = new_dict();
    let d = as_dict(&dict).ok_or_else(|| PyErr::runtime_error("new_dict made no dict"))?;
    let Some(values) = fresh.or_else(|| fd.state.lock(obj).locals.clone()) else { return Ok(dict) };
    let first_cell = code.varnames.len();
    for ((slot, name), v) in named_slots(code).zip(&values) {
        let Some(v) = v else { continue };
        // Cell and free slots hold cells: show their contents.
        let shown = match crate::builtins::function::as_cell(v) {
            Some(c) if slot >= first_cell => c.value.lock(v).clone(),
            _ => Some(v.clone()),
        };
        if let Some(x) = shown {
            d.set_str(name, x);
        }
    }
    Ok(dict)
}

fn frame_back(vm: &mut Vm, me: &Value, fd: &FrameData) -> Value {
    let link = match &fd.state.lock(me).back {
        Back::Nothing => return none(),
        Back::Frame(v) => return v.clone(),
        Back::Live(d, s) => (*d, *s),
    };
    let (depth, serial) = link;
    if is_running(vm, depth, serial) {
        let obj = live_frame(vm, depth);
        fd.state.lock(me).back = Back::Frame(obj.clone());
        obj
    } else {
        none()
    }
}

fn frame_getattr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(fd) = as_frame(v) else { return Ok(None) };
    Ok(Some(match name {
        "f_code" => fd.code.clone(),
        "f_globals" => fd.globals.clone(),
        "f_builtins" => vm.builtins().cloned().unwrap_or_else(new_dict),
        "f_locals" => frame_locals(vm, v, fd)?,
        "f_back" => frame_back(vm, v, fd),
        "f_lineno" => {
            sync(vm, v, fd);
            new_int(i64::from(line_of(v, fd)))
        }
        "f_lasti" => {
            sync(vm, v, fd);
            new_int(i64::from(fd.state.lock(v).pc) * 2)
        }
        "f_trace" => none(),
        "f_trace_lines" => crate::builtins::singletons::py_bool(true),
        "f_trace_opcodes" => crate::builtins::singletons::py_bool(false),
        _ => return Ok(None),
    }))
}

fn frame_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let fd = as_frame(v).ok_or_else(|| PyErr::type_error("expected frame"))?;
    sync(vm, v, fd);
    let (file, name) = as_code(&fd.code).map_or(("?", "?"), |c| (c.filename.as_str(), c.name.as_str()));
    Ok(new_str(&format!("<frame at {:#x}, file '{}', line {}, code {}>", v.raw(), file, line_of(v, fd), name)))
}

/// `frame.clear()`: drops the saved locals of a finished frame; a running frame cannot
/// be cleared.
fn frame_clear(vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let fd = as_frame(&args[0]).ok_or_else(|| PyErr::type_error("descriptor 'clear' requires a 'frame' object"))?;
    if args.len() != 1 {
        return Err(PyErr::type_error(format!("frame.clear() takes no arguments ({} given)", args.len() - 1)));
    }
    if sync(vm, &args[0], fd).is_some() {
        return Err(PyErr::runtime_error("cannot clear an executing frame"));
    }
    let old = fd.state.lock(&args[0]).locals.take();
    drop(old);
    Ok(none())
}
