//! Python-visible `traceback` objects (`exc.__traceback__`, `sys.exc_info()[2]`).
//!
//! As in CPython, a traceback is a linked list of these objects, outermost frame first,
//! and each time an exception propagates into (or is raised in) a frame, an entry for
//! that frame goes in front. So the object a program sees is the same on every access,
//! `with_traceback(tb)` only replaces the head, and a re-raised exception keeps
//! growing in front of the traceback it already had.
//!
//! Most exceptions are caught without anyone looking at their traceback, so the
//! unwinder does not allocate an object per frame: an exception's [`TbRecord`] holds
//! the materialized chain (`head`) plus the entries added since, as plain records in a
//! small vector (`first` then `more`, innermost first; the first entry lives inline,
//! so an exception caught in the frame that raised it allocates nothing for its
//! traceback; a second inline entry was measured slower: it makes every exception
//! object bigger). Reading `__traceback__` turns the pending
//! records into objects in front of `head` ([`TbRecord::materialize`]); the objects of
//! earlier reads stay the same. A frame that finishes by the exception moves its named
//! slots into its pending record (no frame object yet); materializing makes its frame
//! object, linked to its caller's. An entry whose frame caught the exception names that
//! activation by (depth, serial) (see `frame_obj.rs`) until `tb_frame` is first read.

use crate::builtin_type;
use crate::builtins::frame_obj::{as_frame, finished_frame, link_back, live_frame, unwound_frame};
use crate::builtins::int::new_int;
use crate::builtins::singletons::{is_none, none};
use crate::builtins::str::new_str;
use crate::compiler::code::as_code;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{Kind, Locked, MethodDef, Slots, Value};

/// The frame of a traceback entry.
enum FrameLink {
    /// The activation `vm.frames[depth]` with this serial (running, or finished
    /// without a frame object).
    Activation { depth: usize, serial: u64 },
    /// The frame object.
    Object(Value),
}

/// The frame of a pending entry.
#[derive(Clone)]
enum PendingFrame {
    /// The activation is running, or finished without its locals being kept.
    Activation,
    /// The activation finished by this exception: its named slots.
    Finished(SavedSlots),
    /// The same for `exec` code with a locals mapping (rare, so boxed).
    FinishedWithMapping(Box<(SavedSlots, Value)>),
    /// A frame object already exists (it was made while the activation ran).
    Object(Value),
}

/// The named slots of a frame that finished by an exception. Frames with few locals
/// (the common case in code that raises in a loop) keep them inline, in the space a
/// `Vec` header would take, so unwinding such a frame allocates nothing.
#[derive(Clone)]
pub enum SavedSlots {
    /// Up to [`SavedSlots::INLINE`] slots (unused ones `None`).
    Few([Option<Value>; 3]),
    /// More.
    Many(Vec<Option<Value>>),
}

impl SavedSlots {
    /// Most slots stored inline.
    pub const INLINE: usize = 3;

    /// The slots as a vector of `n` (the frame's named-slot count).
    pub fn into_vec(self, n: usize) -> Vec<Option<Value>> {
        match self {
            SavedSlots::Few(few) => {
                let mut v: Vec<Option<Value>> = few.into_iter().collect();
                v.truncate(n);
                v
            }
            SavedSlots::Many(v) => v,
        }
    }
}

/// One entry recorded by the unwinder and not yet made into an object.
#[derive(Clone)]
struct Pending {
    code: Value,
    globals: Value,
    pc: u32,
    depth: u32,
    serial: u64,
    /// Serial of the caller (`vm.frames[depth - 1]`) when the activation finished by
    /// this exception; 0 otherwise.
    caller_serial: u64,
    frame: PendingFrame,
}

/// An exception's traceback: materialized objects plus the entries recorded since.
#[derive(Clone, Default)]
pub struct TbRecord {
    /// The outermost materialized traceback object.
    head: Option<Value>,
    /// Entries in front of `head`, innermost first (the order frames unwind in).
    /// The innermost pending entry (inline: most exceptions have exactly one).
    first: Option<Pending>,
    /// Further pending entries, innermost first.
    more: Vec<Pending>,
}

impl TbRecord {
    /// A record whose traceback is `head` (None: no traceback).
    pub fn from_head(head: Option<Value>) -> TbRecord {
        TbRecord { head, first: None, more: Vec::new() }
    }

    /// True when there is no entry at all.
    pub fn is_empty(&self) -> bool {
        self.head.is_none() && self.first.is_none()
    }

    /// Records that the activation `vm.frames[depth]` (with `serial`), running `code`
    /// at `pc`, passed the exception on (or raised it).
    #[inline]
    pub fn push(&mut self, code: Value, globals: Value, pc: u32, depth: usize, serial: u64) {
        let entry = Pending { code, globals, pc, depth: depth as u32, serial, caller_serial: 0, frame: PendingFrame::Activation };
        if self.first.is_none() {
            self.first = Some(entry);
        } else {
            self.more.push(entry);
        }
    }

    /// The traceback object chain (materializing pending entries); None when empty.
    /// `vm` tells which activations still run: an entry whose frame caught the exception
    /// and has returned since gets its (locals-less) frame object now, so the frames
    /// it called can still name it as `f_back`.
    pub fn materialize(&mut self, vm: &Vm) -> Option<Value> {
        let Some(first) = self.first.take() else { return self.head.clone() };
        let mut pending = Vec::with_capacity(1 + self.more.len());
        pending.push(first);
        pending.append(&mut self.more);
        // Frame objects first, outermost first, so each can point at its caller's.
        let mut frames: Vec<Option<Value>> = vec![None; pending.len()];
        for i in (0..pending.len()).rev() {
            let p = &pending[i];
            let finished = match &p.frame {
                PendingFrame::Activation => {
                    if !crate::builtins::frame_obj::is_running(vm, p.depth as usize, p.serial) {
                        frames[i] = Some(finished_frame(p.code.clone(), p.globals.clone(), p.pc));
                    }
                    continue;
                }
                PendingFrame::Object(f) => {
                    frames[i] = Some(f.clone());
                    continue;
                }
                PendingFrame::Finished(locals) => Some((locals.clone(), None)),
                PendingFrame::FinishedWithMapping(b) => Some((b.0.clone(), Some(b.1.clone()))),
            };
            let made = finished.map(|(locals, mapping)| {
                let depth = p.depth as usize;
                let caller = (p.caller_serial != 0).then(|| (depth.saturating_sub(1), p.caller_serial));
                // The caller's frame object, when the next entry out is the caller.
                let outer = pending.get(i + 1).zip(frames.get(i + 1)).and_then(|(o, f)| {
                    let is_caller = caller.is_some_and(|(d, s)| o.depth as usize == d && o.serial == s);
                    if is_caller { f.clone() } else { None }
                });
                let n = as_code(&p.code).map_or(0, crate::builtins::frame_obj::named_slot_count);
                unwound_frame(p.code.clone(), p.globals.clone(), mapping, p.pc, locals.into_vec(n), caller, outer)
            });
            frames[i] = made;
        }
        // The innermost new frame is the caller of the old head's frame, if any.
        if let (Some(head), Some(p), Some(Some(frame))) = (&self.head, pending.first(), frames.first()) {
            let inner = as_traceback(head).and_then(|t| match &*t.frame.lock(head) {
                FrameLink::Object(inner) => Some(inner.clone()),
                FrameLink::Activation { .. } => None,
            });
            if let Some(inner) = inner {
                link_back(&inner, p.depth as usize, p.serial, frame);
            }
        }
        let mut head = self.head.take();
        for (p, frame) in pending.into_iter().zip(frames) {
            let link = match frame {
                Some(f) => FrameLink::Object(f),
                None => FrameLink::Activation { depth: p.depth as usize, serial: p.serial },
            };
            let data = TracebackData { next: Locked::new(head), code: p.code, pc: p.pc, globals: p.globals, frame: Locked::new(link) };
            head = Some(crate::object::alloc(&TRACEBACK_TYPE, data));
        }
        self.head = head.clone();
        head
    }

    /// Calls `visit` on every object the record refers to (for the cycle collector).
    pub fn for_each_ref(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(h) = &self.head {
            visit(h);
        }
        for p in self.pending() {
            visit(&p.code);
            visit(&p.globals);
            let (slots, extra) = match &p.frame {
                PendingFrame::Activation => (None, None),
                PendingFrame::Object(f) => (None, Some(f)),
                PendingFrame::Finished(s) => (Some(s), None),
                PendingFrame::FinishedWithMapping(b) => (Some(&b.0), Some(&b.1)),
            };
            if let Some(x) = extra {
                visit(x);
            }
            match slots {
                Some(SavedSlots::Few(few)) => few.iter().flatten().for_each(&mut *visit),
                Some(SavedSlots::Many(many)) => many.iter().flatten().for_each(&mut *visit),
                None => {}
            }
        }
    }

    /// The pending entries, innermost first.
    fn pending(&self) -> impl DoubleEndedIterator<Item = &Pending> {
        self.first.iter().chain(self.more.iter())
    }

    /// `(code, pc)` of every entry, outermost first (what the traceback printer walks).
    pub fn entries(&self) -> Vec<(Value, u32)> {
        let mut out: Vec<(Value, u32)> = self.pending().rev().map(|p| (p.code.clone(), p.pc)).collect();
        let mut cur = self.head.clone();
        while let Some(entry) = cur {
            let Some(tb) = as_traceback(&entry) else { break };
            out.push((tb.code.clone(), tb.pc));
            cur = tb.next.lock(&entry).clone();
        }
        out
    }

    /// Called when the activation (depth, serial) finishes by this exception: moves
    /// `locals` into its pending entry when that is the newest one and has no frame
    /// object. Gives `locals` back when it cannot (the caller then makes the object).
    pub fn keep_locals(&mut self, depth: usize, serial: u64, locals: SavedSlots, caller_serial: u64, mapping: Option<Value>) -> Option<SavedSlots> {
        let newest = if self.more.is_empty() { self.first.as_mut() } else { self.more.last_mut() };
        match newest {
            Some(p) if p.depth as usize == depth && p.serial == serial && matches!(p.frame, PendingFrame::Activation) => {
                p.caller_serial = caller_serial;
                p.frame = match mapping {
                    None => PendingFrame::Finished(locals),
                    Some(m) => PendingFrame::FinishedWithMapping(Box::new((locals, m))),
                };
                None
            }
            _ => Some(locals),
        }
    }

    /// Gives `frame` (the frame object of the finished activation (depth, serial)) to
    /// this record's entries for it, and makes it the `f_back` of the next inner
    /// materialized entry's frame.
    pub fn adopt_frame(&mut self, depth: usize, serial: u64, frame: &Value) {
        for p in self.first.iter_mut().chain(self.more.iter_mut()) {
            if p.depth as usize == depth && p.serial == serial {
                p.frame = PendingFrame::Object(frame.clone());
            }
        }
        adopt_in_chain(self.head.clone(), depth, serial, frame);
    }
}

/// The body of a traceback object.
pub struct TracebackData {
    /// The next entry, one frame further in (`tb_next`).
    next: Locked<Option<Value>>,
    /// The code object of the frame.
    code: Value,
    /// The instruction that was running.
    pc: u32,
    /// The globals of the frame (to build its frame object after it finished).
    globals: Value,
    /// The frame.
    frame: Locked<FrameLink>,
}

builtin_type!(
    TRACEBACK_TYPE,
    "traceback",
    Kind::Object,
    TracebackData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(tb_repr),
        traverse: Some(tb_traverse),
        getattr: Some(tb_getattr),
        setattr: Some(tb_setattr),
        hash: Some(crate::builtins::type_::identity_hash),
        ..Slots::EMPTY
    },
    &[] as &[MethodDef]
);

impl Drop for TracebackData {
    /// Frees a chain of entries in a loop: a RecursionError's traceback may be far
    /// longer than the Rust stack could take recursive drops.
    fn drop(&mut self) {
        let mut next = self.next.get_mut().take();
        while let Some(entry) = next {
            let sole_owner = entry.header().is_some_and(|h| h.refcount() == 1);
            next = match (sole_owner, as_traceback(&entry)) {
                (true, Some(tb)) => tb.next.lock(&entry).take(),
                _ => None,
            };
            drop(entry);
        }
    }
}

/// The body, if `v` is a traceback object.
pub fn as_traceback(v: &Value) -> Option<&TracebackData> {
    if !v.is_small_int() && std::ptr::eq(v.ty(), &TRACEBACK_TYPE) {
        // SAFETY: objects of TRACEBACK_TYPE are Obj<TracebackData>.
        Some(unsafe { v.body_unchecked::<TracebackData>() })
    } else {
        None
    }
}

/// The materialized part of `adopt_frame`: the entries at the front of the chain that
/// stand for (depth, serial) get `frame`; the first other one (the callee's) gets it
/// as its frame's `f_back`.
fn adopt_in_chain(mut cur: Option<Value>, depth: usize, serial: u64, frame: &Value) {
    while let Some(entry) = cur {
        let Some(tb) = as_traceback(&entry) else { return };
        let mut link = tb.frame.lock(&entry);
        let same = match &*link {
            FrameLink::Activation { depth: d, serial: s } => *d == depth && *s == serial,
            FrameLink::Object(f) => f.is(frame),
        };
        if !same {
            if let FrameLink::Object(inner) = &*link {
                link_back(inner, depth, serial, frame);
            }
            return;
        }
        *link = FrameLink::Object(frame.clone());
        drop(link);
        cur = tb.next.lock(&entry).clone();
    }
}

/// Checks a value assigned as a traceback: a traceback object or None (`Ok(None)`).
pub fn check_traceback(v: &Value) -> PyResult<Option<Value>> {
    if is_none(v) {
        Ok(None)
    } else if as_traceback(v).is_some() {
        Ok(Some(v.clone()))
    } else {
        Err(PyErr::type_error("__traceback__ must be a traceback or None"))
    }
}

/// The cycle collector's traverse: `tb_next`, the code, the globals and the frame object.
fn tb_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    let Some(t) = as_traceback(v) else { return };
    if let Some(n) = t.next.lock(v).as_ref() {
        visit(n);
    }
    visit(&t.code);
    visit(&t.globals);
    if let FrameLink::Object(f) = &*t.frame.lock(v) {
        visit(f);
    }
}

fn tb_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_str(&format!("<traceback object at {:#x}>", v.raw())))
}

/// `tb_frame`: the entry's frame object, made on first access.
fn tb_frame(vm: &mut Vm, me: &Value, tb: &TracebackData) -> Value {
    let (depth, serial) = match &*tb.frame.lock(me) {
        FrameLink::Object(f) => return f.clone(),
        FrameLink::Activation { depth, serial } => (*depth, *serial),
    };
    let running = crate::builtins::frame_obj::is_running(vm, depth, serial);
    let frame = if running { live_frame(vm, depth) } else { finished_frame(tb.code.clone(), tb.globals.clone(), tb.pc) };
    debug_assert!(as_frame(&frame).is_some());
    *tb.frame.lock(me) = FrameLink::Object(frame.clone());
    frame
}

fn tb_getattr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(tb) = as_traceback(v) else { return Ok(None) };
    Ok(match name {
        "tb_lineno" => {
            let line = as_code(&tb.code).and_then(|c| c.locs.get(tb.pc as usize).map(|l| l.line)).unwrap_or(0);
            Some(new_int(i64::from(line)))
        }
        "tb_lasti" => Some(new_int(i64::from(tb.pc) * 2)),
        "tb_next" => Some(tb.next.lock(v).clone().unwrap_or_else(none)),
        "tb_frame" => Some(tb_frame(vm, v, tb)),
        _ => None,
    })
}

/// `tb.tb_next = x`: another traceback (that does not lead back here) or None.
fn tb_setattr(_vm: &mut Vm, v: &Value, name: &str, value: Option<Value>) -> PyResult<()> {
    let tb = as_traceback(v).ok_or_else(|| PyErr::type_error("expected traceback"))?;
    match name {
        "tb_next" => {
            let Some(value) = value else { return Err(PyErr::type_error("can't delete tb_next attribute")) };
            let new_next = if is_none(&value) {
                None
            } else if as_traceback(&value).is_some() {
                let mut cur = Some(value.clone());
                while let Some(c) = cur {
                    if c.is(v) {
                        return Err(PyErr::value_error("traceback loop detected"));
                    }
                    cur = as_traceback(&c).and_then(|t| t.next.lock(&c).clone());
                }
                Some(value)
            } else {
                return Err(PyErr::type_error(format!("expected traceback object or None, got '{}'", value.ty().body.name)));
            };
            let old = std::mem::replace(&mut *tb.next.lock(v), new_next);
            drop(old);
            Ok(())
        }
        "tb_frame" | "tb_lineno" | "tb_lasti" => Err(PyErr::attribute_error("readonly attribute")),
        _ => Err(PyErr::attribute_error(format!("'traceback' object has no attribute '{name}'"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::dict::new_dict;

    fn code() -> Value {
        crate::run::compile_source(b"x = 1\ny = 2\n", "t.py").expect("compiles")
    }

    fn tb(v: &Value) -> &TracebackData {
        as_traceback(v).expect("traceback")
    }

    #[test]
    fn materialize_puts_new_entries_in_front_and_keeps_identity() {
        let (c, g, vm) = (code(), new_dict(), Vm::scratch());
        let mut rec = TbRecord::default();
        assert!(rec.is_empty() && rec.materialize(&vm).is_none());
        rec.push(c.clone(), g.clone(), 0, 2, 7);
        let first = rec.materialize(&vm).expect("one entry");
        assert!(rec.materialize(&vm).expect("same").is(&first));
        // Two more frames unwind (inner one first), then the chain is read again.
        rec.push(c.clone(), g.clone(), 1, 1, 5);
        rec.push(c.clone(), g.clone(), 0, 0, 3);
        let head = rec.materialize(&vm).expect("three entries");
        assert_eq!(tb(&head).pc, 0);
        let second = tb(&head).next.lock(&head).clone().expect("second");
        assert_eq!(tb(&second).pc, 1);
        assert!(tb(&second).next.lock(&second).as_ref().expect("third").is(&first));
        let pcs: Vec<u32> = rec.entries().into_iter().map(|(_, pc)| pc).collect();
        assert_eq!(pcs, vec![0, 1, 0]);
    }

    #[test]
    fn entries_lists_pending_before_materialized() {
        let (c, g, vm) = (code(), new_dict(), Vm::scratch());
        let mut rec = TbRecord::default();
        rec.push(c.clone(), g.clone(), 4, 1, 9);
        rec.materialize(&vm);
        rec.push(c.clone(), g.clone(), 6, 0, 8);
        let pcs: Vec<u32> = rec.entries().into_iter().map(|(_, pc)| pc).collect();
        assert_eq!(pcs, vec![6, 4]);
    }

    #[test]
    fn unwound_frames_link_to_their_callers() {
        let (c, g, vm) = (code(), new_dict(), Vm::scratch());
        let mut rec = TbRecord::default();
        // Activation (2, 30) raised and died; its caller (1, 20) died too; (0, 10) caught.
        rec.push(c.clone(), g.clone(), 0, 2, 30);
        assert!(rec.keep_locals(2, 30, SavedSlots::Few([Some(Value::try_small_int(5).expect("int")), None, None]), 20, None).is_none());
        rec.push(c.clone(), g.clone(), 1, 1, 20);
        assert!(rec.keep_locals(1, 20, SavedSlots::Many(vec![]), 10, None).is_none());
        // Only the newest entry of the same activation may take locals.
        assert!(rec.keep_locals(2, 30, SavedSlots::Many(vec![]), 20, None).is_some());
        rec.push(c.clone(), g.clone(), 1, 0, 10);
        let head = rec.materialize(&vm).expect("chain");
        let caller = tb(&head).next.lock(&head).clone().expect("caller entry");
        let callee = tb(&caller).next.lock(&caller).clone().expect("callee entry");
        let frame_of = |t: &Value| match &*tb(t).frame.lock(t) {
            FrameLink::Object(f) => Some(f.clone()),
            FrameLink::Activation { .. } => None,
        };
        // No activation runs on the scratch VM: the catching frame gets a frame object too.
        let catcher_f = frame_of(&head).expect("catching frame");
        let (caller_f, callee_f) = (frame_of(&caller).expect("caller frame"), frame_of(&callee).expect("callee frame"));
        let mut vm = vm;
        let back = crate::ops::getattr(&mut vm, &callee_f, "f_back").expect("f_back");
        assert!(back.is(&caller_f));
        let back = crate::ops::getattr(&mut vm, &caller_f, "f_back").expect("f_back");
        assert!(back.is(&catcher_f));
    }

    #[test]
    fn a_very_long_chain_drops_without_recursion() {
        let (c, g, vm) = (code(), new_dict(), Vm::scratch());
        let mut rec = TbRecord::default();
        for i in 0..200_000u32 {
            rec.push(c.clone(), g.clone(), 0, i as usize, u64::from(i) + 1);
        }
        let head = rec.materialize(&vm).expect("chain");
        drop(rec);
        drop(head);
    }

    #[test]
    fn tb_next_assignment_rejects_loops_and_other_types() {
        let (c, g, vm) = (code(), new_dict(), Vm::scratch());
        let mut rec = TbRecord::default();
        rec.push(c.clone(), g.clone(), 0, 1, 2);
        rec.push(c.clone(), g.clone(), 0, 0, 1);
        let head = rec.materialize(&vm).expect("chain");
        let inner = tb(&head).next.lock(&head).clone().expect("inner");
        let mut vm = vm;
        let err = tb_setattr(&mut vm, &inner, "tb_next", Some(head.clone())).expect_err("loop");
        assert!(err.matches(&crate::builtins::exceptions::VALUE_ERROR));
        let err = tb_setattr(&mut vm, &inner, "tb_next", Some(Value::try_small_int(1).expect("int"))).expect_err("type");
        assert!(err.matches(&crate::builtins::exceptions::TYPE_ERROR));
        tb_setattr(&mut vm, &head, "tb_next", Some(none())).expect("None is fine");
        assert!(tb(&head).next.lock(&head).is_none());
    }
}
