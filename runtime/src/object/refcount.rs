//! Biased reference counting: the owner counts without atomics, everyone else with.
//!
//! The state machine (after CPython's free-threaded build, written from its description):
//!
//! * **Owner incref/decref**: plain load/add/store on `ref_local`. When the local count
//!   reaches zero the owner *gives up ownership*: if nobody else holds a reference
//!   (`ref_shared == 0`) the object dies; otherwise the local count is folded into the
//!   shared one, the state becomes MERGED, the owner id becomes 0, and from then on every
//!   thread uses the atomic path.
//! * **Non-owner incref**: atomic add of `1 << 2` on `ref_shared`.
//! * **Non-owner decref**: atomic CAS. In the MERGED state the shared count is the whole
//!   count, so reaching zero frees the object. Otherwise, if the decrement would take the
//!   shared count below zero (the other references are local ones the owner holds), the
//!   object is marked QUEUED instead and handed to the owner's merge queue; *the queue
//!   keeps the reference being dropped*, so the object stays alive until the owner merges
//!   it at its next safepoint (subtracting that one reference as it merges).
//! * **Owner gone**: if the owner thread has exited, the decrementing thread merges the
//!   counts itself ([`merge_counts`] with -1).
//!
//! Immortal and deferred objects have `ref_local >= UNCOUNTED_LOCAL`; one compare skips
//! them on every path, which is also the test the JIT will inline.

use std::sync::atomic::Ordering;

use super::header::{
    Header, GC_WEAKREFS, SHARED_MERGED, SHARED_QUEUED, SHARED_SHIFT, SHARED_STATE_MASK, UNCOUNTED_LOCAL,
};
use crate::thread::brc;
use super::typeobj::TypeObject;

/// Adds one reference.
///
/// # Safety
/// `obj` must point to a live object.
#[inline(always)]
pub unsafe fn incref(obj: *const Header) {
    // SAFETY: the caller guarantees `obj` is live.
    let h = unsafe { &*obj };
    let local = h.ref_local.load(Ordering::Relaxed);
    if local >= UNCOUNTED_LOCAL {
        return;
    }
    if h.owner_tid.load(Ordering::Relaxed) == brc::current_tid() {
        h.ref_local.store(local + 1, Ordering::Relaxed);
    } else {
        h.ref_shared.fetch_add(1 << SHARED_SHIFT, Ordering::Relaxed);
    }
}

/// Drops one reference, freeing the object when it was the last.
///
/// # Safety
/// `obj` must point to a live object and the caller must own the reference it drops.
#[inline(always)]
pub unsafe fn decref(obj: *const Header) {
    // SAFETY: the caller guarantees `obj` is live.
    let h = unsafe { &*obj };
    let local = h.ref_local.load(Ordering::Relaxed);
    if local >= UNCOUNTED_LOCAL {
        return;
    }
    if h.owner_tid.load(Ordering::Relaxed) == brc::current_tid() {
        let local = local - 1;
        h.ref_local.store(local, Ordering::Relaxed);
        if local == 0 {
            if h.ref_shared.load(Ordering::Acquire) == 0 {
                // The common death: nobody else ever held it. Free without the cold hop.
                // SAFETY: no local and no shared references remain.
                unsafe { dealloc(obj) };
            } else {
                // SAFETY: we are the owner and just dropped our last local reference.
                unsafe { merge_zero_local(obj) };
            }
        }
    } else {
        // SAFETY: the caller owns the reference being dropped.
        unsafe { decref_shared(obj) };
    }
}

/// The owner's local count reached zero: free, or hand the object to the shared count.
#[cold]
unsafe fn merge_zero_local(obj: *const Header) {
    // SAFETY: called by the owner on a live object.
    let h = unsafe { &*obj };
    let mut shared = h.ref_shared.load(Ordering::Acquire);
    if shared == 0 {
        // SAFETY: no local and no shared references remain.
        unsafe { dealloc(obj) };
        return;
    }
    h.owner_tid.store(0, Ordering::Relaxed);
    loop {
        let new_shared = shared | SHARED_MERGED;
        match h.ref_shared.compare_exchange_weak(shared, new_shared, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => {
                if new_shared >> SHARED_SHIFT == 0 {
                    // SAFETY: the merged count is zero: nobody holds the object.
                    unsafe { dealloc(obj) };
                }
                return;
            }
            Err(actual) => shared = actual,
        }
    }
}

/// Non-owner decrement (see the module docs for the three cases).
#[cold]
unsafe fn decref_shared(obj: *const Header) {
    // SAFETY: the caller owns a reference, so the object is live.
    let h = unsafe { &*obj };
    let mut shared = h.ref_shared.load(Ordering::Relaxed);
    loop {
        let state = shared & SHARED_STATE_MASK;
        let count = shared >> SHARED_SHIFT;
        let (new_shared, queue) = if state == SHARED_MERGED {
            (shared - (1 << SHARED_SHIFT), false)
        } else if count <= 0 && state != SHARED_QUEUED {
            // Keep the reference for the queue; the owner subtracts it when merging.
            ((shared & !SHARED_STATE_MASK) | SHARED_QUEUED, true)
        } else {
            (shared - (1 << SHARED_SHIFT), false)
        };
        match h.ref_shared.compare_exchange_weak(shared, new_shared, Ordering::AcqRel, Ordering::Relaxed) {
            Ok(_) => {
                if queue {
                    // SAFETY: the queue now owns one reference to the live object.
                    unsafe { brc::queue_for_owner(obj) };
                } else if state == SHARED_MERGED && new_shared >> SHARED_SHIFT == 0 {
                    // SAFETY: merged count reached zero.
                    unsafe { dealloc(obj) };
                }
                return;
            }
            Err(actual) => shared = actual,
        }
    }
}

/// Folds the local count into the shared one, adds `extra`, marks the object MERGED
/// with no owner, and returns the resulting total count.
///
/// # Safety
/// `obj` must be live, and no thread may be using the owner's non-atomic path on it
/// concurrently: the caller is the owner, or the owner has exited.
pub unsafe fn merge_counts(obj: *const Header, extra: isize) -> isize {
    // SAFETY: the caller guarantees `obj` is live.
    let h = unsafe { &*obj };
    let local = h.ref_local.load(Ordering::Relaxed);
    if local >= UNCOUNTED_LOCAL {
        return isize::MAX;
    }
    let mut shared = h.ref_shared.load(Ordering::Acquire);
    loop {
        let total = (shared >> SHARED_SHIFT) + local as isize + extra;
        let new_shared = (total << SHARED_SHIFT) | SHARED_MERGED;
        match h.ref_shared.compare_exchange_weak(shared, new_shared, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => {
                h.ref_local.store(0, Ordering::Relaxed);
                h.owner_tid.store(0, Ordering::Relaxed);
                return total;
            }
            Err(actual) => shared = actual,
        }
    }
}

/// Merges an object taken off a merge queue: the queue held one reference.
///
/// # Safety
/// Called by the owner (or, when the owner exited, by any thread) on a queued object.
pub unsafe fn merge_queued(obj: *const Header) {
    // SAFETY: forwarded from the caller.
    if unsafe { merge_counts(obj, -1) } == 0 {
        // SAFETY: the merged count is zero.
        unsafe { dealloc(obj) };
    }
}

thread_local! {
    /// Nesting depth of destructors on this thread, and objects whose destruction was
    /// postponed because the nesting got too deep (CPython's "trashcan").
    static DEALLOC_DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    static DEFERRED_DEALLOCS: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Destructor nesting beyond which objects are queued instead of freed recursively.
const MAX_DEALLOC_DEPTH: u32 = 500;

/// Runs the type's destructor.
///
/// Freeing a container drops its items, which may free more containers: a long chain
/// (`x = [x]` a million times) would recurse once per level and overflow the Rust
/// stack. Past [`MAX_DEALLOC_DEPTH`] nested destructors, objects are queued and the
/// outermost destructor frees them in a loop.
///
/// # Safety
/// `obj` must have no remaining references.
pub unsafe fn dealloc(obj: *const Header) {
    // SAFETY: the object is live until its type's dealloc returns.
    let ty = unsafe { (*obj).ty() };
    if std::ptr::eq(ty, &crate::builtins::float::FLOAT_TYPE) {
        // The commonest temporary of all: straight back to the float free list.
        // SAFETY: forwarded: a float with no references left.
        unsafe { crate::builtins::float_freelist::release(obj as *mut Header) };
        return;
    }
    if holds_no_references(ty) {
        // Freeing it cannot free anything else: skip the nesting bookkeeping (this is
        // the path of every temporary float and big int in arithmetic loops).
        // SAFETY: forwarded: no references remain.
        unsafe { (ty.body.dealloc)(obj as *mut Header) };
        return;
    }
    // SAFETY: live until its destructor runs.
    if unsafe { (*obj).gc_bits.load(Ordering::Relaxed) } & GC_WEAKREFS != 0 {
        // Weak references exist (one bit, so the common death pays one predictable
        // branch): `__del__` first, then clear them and queue their callbacks.
        // SAFETY: forwarded: no references remain.
        if unsafe { crate::builtins::weakref::table::before_dealloc(obj as *mut Header) } {
            return; // resurrected for `__del__`
        }
    }
    let depth = DEALLOC_DEPTH.try_with(std::cell::Cell::get).unwrap_or(0);
    if depth >= MAX_DEALLOC_DEPTH {
        let queued = DEFERRED_DEALLOCS.try_with(|q| q.borrow_mut().push(obj as usize)).is_ok();
        if queued {
            return;
        }
    }
    let _ = DEALLOC_DEPTH.try_with(|d| d.set(depth + 1));
    // SAFETY: forwarded: no references remain.
    unsafe { run_dealloc(obj) };
    if depth == 0 {
        // Outermost destructor: drain what deeper levels postponed.
        while let Some(next) = DEFERRED_DEALLOCS.try_with(|q| q.borrow_mut().pop()).ok().flatten() {
            // SAFETY: queued objects had no references left when they were queued.
            unsafe { run_dealloc(next as *const Header) };
        }
    }
    let _ = DEALLOC_DEPTH.try_with(|d| d.set(depth));
}

/// Calls the type's `dealloc` slot.
///
/// # Safety
/// `obj` must have no remaining references.
/// True for the exact built-in types whose instances own no references to other
/// objects (subclass instances, which may carry a `__dict__`, are not included).
#[inline(always)]
fn holds_no_references(ty: &TypeObject) -> bool {
    use crate::builtins::{complex::COMPLEX_TYPE, float::FLOAT_TYPE, int::INT_TYPE, str::STR_TYPE};
    std::ptr::eq(ty, &FLOAT_TYPE) || std::ptr::eq(ty, &INT_TYPE) || std::ptr::eq(ty, &STR_TYPE) || std::ptr::eq(ty, &COMPLEX_TYPE)
}

unsafe fn run_dealloc(obj: *const Header) {
    // SAFETY: the object is live until its type's dealloc returns.
    let ty = unsafe { (*obj).ty() };
    // SAFETY: forwarded: no references remain.
    unsafe { (ty.body.dealloc)(obj as *mut Header) };
}
