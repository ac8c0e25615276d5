//! Python-visible `traceback` objects (`exc.__traceback__`, `sys.exc_info()[2]`).
//!
//! As in CPython, a traceback is a linked list of these objects, outermost frame first:
//! an exception holds the head, and each time it propagates into (or is raised in) a
//! frame, the unwinder puts a new entry in front whose `tb_next` is the old head
//! ([`push_entry`]). So the object a program sees is the same on every access,
//! `with_traceback(tb)` only replaces the head, and a re-raised exception keeps
//! growing in front of the traceback it already had.
//!
//! An entry is one allocation holding the code, the instruction and the globals; it
//! does not make a frame object. It names its activation by (depth, serial) (see
//! `frame_obj.rs`) until either the activation finishes by the exception, when the
//! unwinder gives it the frame object holding the moved locals ([`adopt_frame`]), or
//! until `tb_frame` is first read, which makes (or finds) the frame object then.

use std::cell::RefCell;

use crate::builtin_type;
use crate::builtins::frame_obj::{as_frame, finished_frame, link_back, live_frame};
use crate::builtins::int::new_int;
use crate::builtins::singletons::{is_none, none};
use crate::builtins::str::new_str;
use crate::compiler::code::as_code;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{Kind, MethodDef, Slots, Value};

/// The frame of a traceback entry.
enum FrameLink {
    /// The activation `vm.frames[depth]` with this serial (running, or finished
    /// without a frame object).
    Activation { depth: usize, serial: u64 },
    /// The frame object.
    Object(Value),
}

/// The body of a traceback object.
pub struct TracebackData {
    /// The next entry, one frame further in (`tb_next`).
    next: RefCell<Option<Value>>,
    /// The code object of the frame.
    code: Value,
    /// The instruction that was running.
    pc: u32,
    /// The globals of the frame (to build its frame object after it finished).
    globals: Value,
    /// The frame.
    frame: RefCell<FrameLink>,
}

builtin_type!(
    TRACEBACK_TYPE,
    "traceback",
    Kind::Object,
    TracebackData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(tb_repr),
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
                (true, Some(tb)) => tb.next.borrow_mut().take(),
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

/// A new entry in front of `head`: the activation `vm.frames[depth]` (with `serial`)
/// running `code` at `pc`.
pub fn push_entry(head: Option<Value>, code: Value, pc: u32, globals: Value, depth: usize, serial: u64) -> Value {
    let data = TracebackData {
        next: RefCell::new(head),
        code,
        pc,
        globals,
        frame: RefCell::new(FrameLink::Activation { depth, serial }),
    };
    crate::object::alloc(&TRACEBACK_TYPE, data)
}

/// Gives `frame` (the frame object of the activation (depth, serial), which just
/// finished by `exc`) to the entries of `exc`'s traceback that stand for it (they are
/// at the front), and makes it the `f_back` of the next inner entry's frame.
pub fn adopt_frame(exc: &Value, depth: usize, serial: u64, frame: &Value) {
    let Some(e) = crate::builtins::exceptions::as_exception(exc) else { return };
    let mut cur = e.traceback.borrow().clone();
    while let Some(entry) = cur {
        let Some(tb) = as_traceback(&entry) else { return };
        let mut link = tb.frame.borrow_mut();
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
        cur = tb.next.borrow().clone();
    }
}

/// `(code, pc)` of every entry from `head` inwards (outermost first), as the
/// traceback printer walks them.
pub fn entries(head: Option<&Value>) -> Vec<(Value, u32)> {
    let mut out = Vec::new();
    let mut cur = head.cloned();
    while let Some(entry) = cur {
        let Some(tb) = as_traceback(&entry) else { break };
        out.push((tb.code.clone(), tb.pc));
        cur = tb.next.borrow().clone();
    }
    out
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

fn tb_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_str(&format!("<traceback object at {:#x}>", v.raw())))
}

/// `tb_frame`: the entry's frame object, made on first access.
fn tb_frame(vm: &mut Vm, tb: &TracebackData) -> Value {
    let (depth, serial) = match &*tb.frame.borrow() {
        FrameLink::Object(f) => return f.clone(),
        FrameLink::Activation { depth, serial } => (*depth, *serial),
    };
    let running = vm.frames.get(depth).is_some_and(|f| f.serial == serial);
    let frame = if running { live_frame(vm, depth) } else { finished_frame(tb.code.clone(), tb.globals.clone(), tb.pc) };
    debug_assert!(as_frame(&frame).is_some());
    *tb.frame.borrow_mut() = FrameLink::Object(frame.clone());
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
        "tb_next" => Some(tb.next.borrow().clone().unwrap_or_else(none)),
        "tb_frame" => Some(tb_frame(vm, tb)),
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
                    cur = as_traceback(&c).and_then(|t| t.next.borrow().clone());
                }
                Some(value)
            } else {
                return Err(PyErr::type_error(format!("expected traceback object or None, got '{}'", value.ty().body.name)));
            };
            let old = std::mem::replace(&mut *tb.next.borrow_mut(), new_next);
            drop(old);
            Ok(())
        }
        "tb_frame" | "tb_lineno" | "tb_lasti" => Err(PyErr::attribute_error("readonly attribute")),
        _ => Err(PyErr::attribute_error(format!("'traceback' object has no attribute '{name}'"))),
    }
}
