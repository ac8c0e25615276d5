//! `__del__`: the destructor of every heap type's instances.
//!
//! A class's `TypeData::dealloc` is [`heap_instance_dealloc`]; the destructor of its
//! layout (the `InstanceExt` box, a built-in body with the attributes beside it, an
//! exception) is kept in `TypeState::inner_dealloc`. When an instance dies, the wrapper
//! asks whether the MRO defines `__del__`: the answer is cached in the type state
//! (`TypeState::finalizer`) and reset by every change of the class or of a base (the
//! same `modified` call that drops version tags), so a class without `__del__` pays one
//! load and one predictable branch per death.
//!
//! An instance with a `__del__` that has not run yet is marked [`GC_FINALIZED`],
//! resurrected and queued (`interp/finalize.rs`): the interpreter calls `__del__` at
//! its next safe point and then drops the queue's reference. If `__del__` stored the
//! object somewhere, that drop is not the last and the object lives on; when it dies
//! again the bit is set, so `__del__` is not called a second time (PEP 442). Otherwise
//! the drop frees it through this wrapper again, which now goes straight to the layout's
//! destructor. Weak references are cleared after `__del__` ran and before the memory
//! is freed (`refcount::dealloc` tests the weakref bit first and defers to
//! [`finalize_first`]), which is CPython's order.

use std::sync::atomic::Ordering;

use crate::object::header::{Header, GC_FINALIZED};
use crate::object::type_state::{FINALIZER_DEL, FINALIZER_NONE, FINALIZER_UNKNOWN};
use crate::object::TypeObject;

/// True when instances of `t` have a `__del__` to run.
#[inline]
fn has_del(t: &'static TypeObject) -> bool {
    match t.body.state.finalizer() {
        FINALIZER_NONE => false,
        FINALIZER_DEL => true,
        _ => compute_has_del(t),
    }
}

#[cold]
fn compute_has_del(t: &'static TypeObject) -> bool {
    debug_assert_eq!(t.body.state.finalizer(), FINALIZER_UNKNOWN);
    let found = super::dunder_slots::lookup(t, "__del__").is_some();
    t.body.state.set_finalizer(if found { FINALIZER_DEL } else { FINALIZER_NONE });
    found
}

/// If `obj` (a heap-type instance whose count reached zero) still has to run its
/// `__del__`, resurrects and queues it and returns true: the caller must not free it.
///
/// # Safety
/// `obj` is an unreferenced instance of a heap type, not yet partly destroyed.
pub unsafe fn finalize_first(obj: *mut Header) -> bool {
    // SAFETY: live until freed, per the contract.
    let h = unsafe { &*obj };
    let t = h.ty();
    if !t.body.state.is_heap() || h.gc_bits.load(Ordering::Relaxed) & GC_FINALIZED != 0 || !has_del(t) {
        return false;
    }
    h.gc_bits.fetch_or(GC_FINALIZED, Ordering::Relaxed);
    // SAFETY: unreferenced and intact; the queue takes the new reference.
    unsafe { crate::interp::finalize::resurrect(obj) };
    if crate::interp::finalize::push(crate::interp::finalize::Pending::Del(obj as usize)) {
        return true;
    }
    // The thread is exiting and cannot queue: undo the resurrection and free it.
    h.ref_local.store(0, Ordering::Relaxed);
    false
}

/// The destructor of heap-type instances (see the module docs).
///
/// # Safety
/// `obj` is an unreferenced instance of a heap type.
pub unsafe fn heap_instance_dealloc(obj: *mut Header) {
    // SAFETY: forwarded.
    if unsafe { finalize_first(obj) } {
        return;
    }
    // SAFETY: forwarded; heap types made by `heap_type::create` with an instance layout
    // always record their layout's destructor.
    unsafe {
        let inner = (*obj).ty().body.state.inner_dealloc().expect("a heap type's layout destructor");
        inner(obj)
    }
}
