//! Python-visible `traceback` objects (`exc.__traceback__`, `sys.exc_info()[2]`).
//!
//! An exception records its frames as a vector of `TbEntry` (innermost first, pushed as
//! frames unwind). A traceback object is a view of that record: it owns a snapshot of the
//! entries and the index of the entry it stands for, so `tb_next` (outermost to innermost)
//! is the view one step further in. `tb_frame` is left out: the runtime keeps no frame
//! objects after a frame has unwound, and a fake one would lie.

use crate::builtin_type;
use crate::builtins::exceptions::TbEntry;
use crate::builtins::singletons::none;
use crate::builtins::str::new_str;
use crate::compiler::code::as_code;
use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::{Kind, MethodDef, Slots, Value};
use crate::builtins::int::new_int;

/// The body of a traceback object.
pub struct TracebackData {
    /// The frames of the whole traceback, innermost first (as exceptions store them).
    pub entries: std::rc::Rc<Vec<TbEntry>>,
    /// Which entry this object stands for.
    pub index: usize,
}

builtin_type!(
    TRACEBACK_TYPE,
    "traceback",
    Kind::Object,
    TracebackData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots { repr: Some(tb_repr), getattr: Some(tb_getattr), hash: Some(crate::builtins::type_::identity_hash), ..Slots::EMPTY },
    &[] as &[MethodDef]
);

/// The traceback object for `entries` (innermost first), or None when there are none.
pub fn traceback_value(entries: &[TbEntry]) -> Value {
    if entries.is_empty() {
        return none();
    }
    let index = entries.len() - 1;
    crate::object::alloc(&TRACEBACK_TYPE, TracebackData { entries: std::rc::Rc::new(entries.to_vec()), index })
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

/// The entries a traceback object covers, innermost first (what an exception stores).
pub fn entries_of(tb: &TracebackData) -> Vec<TbEntry> {
    tb.entries[..=tb.index].to_vec()
}

fn tb_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_str(&format!("<traceback object at {:#x}>", v.raw())))
}

fn tb_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(tb) = as_traceback(v) else { return Ok(None) };
    let entry = &tb.entries[tb.index];
    Ok(match name {
        "tb_lineno" => {
            let line = as_code(&entry.code).and_then(|c| c.locs.get(entry.pc as usize).map(|l| l.line)).unwrap_or(0);
            Some(new_int(i64::from(line)))
        }
        "tb_lasti" => Some(new_int(i64::from(entry.pc))),
        "tb_next" => Some(if tb.index == 0 {
            none()
        } else {
            crate::object::alloc(&TRACEBACK_TYPE, TracebackData { entries: tb.entries.clone(), index: tb.index - 1 })
        }),
        _ => None,
    })
}
