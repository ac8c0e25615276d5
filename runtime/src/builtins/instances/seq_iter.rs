//! The `iterator` type: iteration over an object that has `__getitem__` but no
//! `__iter__` (the old sequence protocol), calling `obj[0]`, `obj[1]`, ... until
//! IndexError or StopIteration.

use crate::builtin_type;
use crate::builtins::int::new_int;
use crate::builtins::type_::OBJECT_TYPE;
use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::{Kind, Locked, Slots, Value};

/// The body: the sequence (dropped once exhausted) and the next index.
pub struct SeqIterData {
    state: Locked<(Option<Value>, usize)>,
}

builtin_type!(
    SEQ_ITER_TYPE,
    "iterator",
    Kind::Iterator,
    SeqIterData,
    Some(&OBJECT_TYPE),
    Slots { iter: Some(self_iter), next: Some(seq_next), traverse: Some(seq_traverse), ..Slots::EMPTY },
    &[]
);

/// An iterator over `seq` by index from `len - 1` down to 0 (`reversed()` on a class
/// with `__len__` and `__getitem__`).
pub fn new_seq_reverse_iter(seq: Value, len: usize) -> Value {
    crate::object::alloc(&SEQ_REVERSE_ITER_TYPE, SeqIterData { state: Locked::new((Some(seq), len)) })
}

builtin_type!(
    SEQ_REVERSE_ITER_TYPE,
    "reversed",
    Kind::Iterator,
    SeqIterData,
    Some(&OBJECT_TYPE),
    Slots { iter: Some(self_iter), next: Some(seq_next_reverse), traverse: Some(seq_traverse), ..Slots::EMPTY },
    &[]
);

fn seq_next_reverse(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let Some(b) = body(v) else { return Ok(None) };
    let (seq, i) = {
        let s = b.state.lock(v);
        match &s.0 {
            Some(seq) if s.1 > 0 => (seq.clone(), s.1 - 1),
            _ => return Ok(None),
        }
    };
    b.state.lock(v).1 = i;
    if i == 0 {
        let old = b.state.lock(v).0.take();
        drop(old);
    }
    match crate::ops::getitem(vm, &seq, &new_int(i as i64)) {
        Ok(x) => Ok(Some(x)),
        Err(e) if e.matches(&crate::builtins::exceptions::INDEX_ERROR) || e.matches(&crate::builtins::exceptions::STOP_ITERATION) => Ok(None),
        Err(e) => Err(e),
    }
}

/// An iterator over `seq` by index.
pub fn new_seq_iter(seq: Value) -> Value {
    crate::object::alloc(&SEQ_ITER_TYPE, SeqIterData { state: Locked::new((Some(seq), 0)) })
}

fn body(v: &Value) -> Option<&SeqIterData> {
    if !v.is_small_int() && (std::ptr::eq(v.ty(), &SEQ_ITER_TYPE) || std::ptr::eq(v.ty(), &SEQ_REVERSE_ITER_TYPE)) {
        // SAFETY: objects of both iterator types are Obj<SeqIterData>.
        Some(unsafe { v.body_unchecked::<SeqIterData>() })
    } else {
        None
    }
}

fn self_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn seq_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let Some(b) = body(v) else { return Ok(None) };
    let (seq, i) = {
        let s = b.state.lock(v);
        match &s.0 {
            Some(seq) => (seq.clone(), s.1),
            None => return Ok(None),
        }
    };
    match crate::ops::getitem(vm, &seq, &new_int(i as i64)) {
        Ok(x) => {
            b.state.lock(v).1 = i + 1;
            Ok(Some(x))
        }
        Err(e) if e.matches(&crate::builtins::exceptions::INDEX_ERROR) || e.matches(&crate::builtins::exceptions::STOP_ITERATION) => {
            let old = b.state.lock(v).0.take();
            drop(old);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn seq_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(b) = body(v) {
        if let Some(s) = b.state.lock(v).0.clone() {
            visit(&s);
        }
    }
}
