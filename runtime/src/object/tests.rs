//! Tests of the biased reference-count state machine, including objects shared
//! across OS threads.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use super::header::{Header, SHARED_MERGED, SHARED_QUEUED};
use super::typeobj::{Kind, Slots, TypeData, TypeObject};
use super::value::{alloc, Obj, Value};
use crate::thread::brc;

/// Frees the object and counts the call.
unsafe fn counting_dealloc(obj: *mut Header) {
    // SAFETY: only objects of TRACKED_TYPE use this dealloc, and they are
    // Obj<Arc<AtomicUsize>> allocated by `alloc`.
    let b = unsafe { Box::from_raw(obj as *mut Obj<Arc<AtomicUsize>>) };
    b.body.fetch_add(1, Ordering::SeqCst);
}

static TRACKED_TYPE: TypeObject = Obj {
    header: Header::immortal(&crate::builtins::type_::TYPE_TYPE),
    body: TypeData { name: "tracked", kind: Kind::Object, base: None, dealloc: counting_dealloc, slots: Slots::EMPTY, methods: &[], state: super::type_state::TypeState::builtin() },
};

fn tracked() -> (Value, Arc<AtomicUsize>) {
    let freed = Arc::new(AtomicUsize::new(0));
    (alloc(&TRACKED_TYPE, freed.clone()), freed)
}

#[test]
fn small_ints_are_inline() {
    let v = Value::try_small_int(-12345).expect("fits");
    assert!(v.is_small_int());
    assert_eq!(v.small_int_unchecked(), -12345);
    assert!(v.header().is_none());
    assert!(Value::try_small_int(i64::MAX).is_none());
    assert_eq!(Value::try_small_int(super::value::SMALL_INT_MIN).map(|v| v.small_int_unchecked()), Some(super::value::SMALL_INT_MIN));
    assert_eq!(std::mem::size_of::<Option<Value>>(), 8);
}

#[test]
fn owner_counts_locally_and_frees_at_zero() {
    let (v, freed) = tracked();
    let h = v.header().expect("object");
    assert_eq!(h.owner(), brc::current_tid());
    let w = v.clone();
    assert_eq!(h.refcount(), 2);
    drop(w);
    assert_eq!(freed.load(Ordering::SeqCst), 0);
    drop(v);
    assert_eq!(freed.load(Ordering::SeqCst), 1);
}

#[test]
fn immortal_objects_ignore_refcounting() {
    let (v, freed) = tracked();
    v.header().expect("object").make_immortal();
    for _ in 0..10 {
        drop(v.clone());
    }
    drop(v);
    assert_eq!(freed.load(Ordering::SeqCst), 0);
}

#[test]
fn deferred_objects_are_not_counted() {
    let (v, freed) = tracked();
    v.header().expect("object").make_deferred();
    assert!(v.header().expect("object").is_uncounted());
    let copies: Vec<Value> = (0..5).map(|_| v.clone()).collect();
    drop(copies);
    drop(v);
    assert_eq!(freed.load(Ordering::SeqCst), 0);
}

#[test]
fn non_owner_incref_decref_uses_shared_count() {
    let (v, freed) = tracked();
    let v2 = v.clone();
    let raw = v2.into_raw();
    std::thread::spawn(move || {
        // SAFETY: the reference created by `clone` above moves to this thread.
        let mine = unsafe { Value::from_raw(raw) };
        let extra = mine.clone(); // shared +1
        drop(extra); // shared -1
        drop(mine); // would go below zero: queued to the owner
    })
    .join()
    .expect("thread");
    let h = v.header().expect("object");
    assert_eq!(h.shared_state(), SHARED_QUEUED);
    assert_eq!(freed.load(Ordering::SeqCst), 0);
    // The owner merges at its safepoint; one reference (ours) remains.
    brc::merge_pending();
    assert_eq!(h.shared_state(), SHARED_MERGED);
    assert_eq!(h.refcount(), 1);
    assert_eq!(freed.load(Ordering::SeqCst), 0);
    drop(v);
    assert_eq!(freed.load(Ordering::SeqCst), 1);
}

#[test]
fn queued_object_is_freed_when_owner_merges_last_reference() {
    let (v, freed) = tracked();
    let raw = v.into_raw();
    std::thread::spawn(move || {
        // SAFETY: the owner's only reference moves to this thread.
        drop(unsafe { Value::from_raw(raw) });
    })
    .join()
    .expect("thread");
    assert_eq!(freed.load(Ordering::SeqCst), 0, "queued, not freed by the non-owner");
    brc::merge_pending();
    assert_eq!(freed.load(Ordering::SeqCst), 1);
}

#[test]
fn owner_giving_up_last_local_reference_merges() {
    let (v, freed) = tracked();
    let shared = v.clone().into_raw();
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
    let t = std::thread::spawn(move || {
        // SAFETY: this thread owns the cloned reference.
        let mine = unsafe { Value::from_raw(shared) };
        let extra = mine.clone(); // shared count 1
        drop(mine); // shared count back to 0
        rx.recv().expect("owner dropped");
        drop(extra); // below zero: queued to the owner, merged at its safepoint
        done_tx.send(()).expect("send");
    });
    drop(v); // local 2 -> 1 (the clone moved to the thread holds the other)
    tx.send(()).expect("send");
    done_rx.recv().expect("done");
    t.join().expect("thread");
    brc::merge_pending();
    assert_eq!(freed.load(Ordering::SeqCst), 1);
}

#[test]
fn local_zero_with_shared_references_hands_over_to_shared_count() {
    let (v, freed) = tracked();
    let h_ptr = v.header_ptr() as usize;
    let (tx, rx) = std::sync::mpsc::channel::<usize>();
    let (back_tx, back_rx) = std::sync::mpsc::channel::<()>();
    let t = std::thread::spawn(move || {
        let raw = rx.recv().expect("value");
        // SAFETY: the pointer is live (the owner still holds its reference).
        let mine = unsafe { Value::from_borrowed_ptr(raw as *const Header) }; // shared +1
        back_tx.send(()).expect("send");
        rx.recv().expect("owner gone");
        drop(mine); // merged: this is the last reference
    });
    tx.send(h_ptr).expect("send");
    back_rx.recv().expect("incref done");
    drop(v); // owner's local count hits zero with a shared reference outstanding
    // SAFETY: still referenced by the other thread.
    let h = unsafe { &*(h_ptr as *const Header) };
    assert_eq!(h.owner(), 0);
    assert_eq!(h.shared_state(), SHARED_MERGED);
    assert_eq!(freed.load(Ordering::SeqCst), 0);
    tx.send(0).expect("send");
    t.join().expect("thread");
    assert_eq!(freed.load(Ordering::SeqCst), 1);
}

#[test]
fn objects_of_an_exited_owner_are_merged_by_the_caller() {
    let (tx, rx) = std::sync::mpsc::channel::<(usize, Arc<AtomicUsize>)>();
    std::thread::spawn(move || {
        let (v, freed) = tracked();
        tx.send((v.into_raw(), freed)).expect("send");
        // The owner exits while the object is alive elsewhere.
    })
    .join()
    .expect("thread");
    let (raw, freed) = rx.recv().expect("value");
    // SAFETY: the exited owner transferred its only reference.
    let v = unsafe { Value::from_raw(raw) };
    let copy = v.clone();
    drop(copy);
    assert_eq!(freed.load(Ordering::SeqCst), 0);
    drop(v); // owner gone: this thread merges and frees
    assert_eq!(freed.load(Ordering::SeqCst), 1);
}

#[test]
fn many_threads_share_one_object() {
    let (v, freed) = tracked();
    let mut handles = Vec::new();
    for _ in 0..8 {
        let raw = v.clone().into_raw();
        handles.push(std::thread::spawn(move || {
            // SAFETY: each thread owns one cloned reference.
            let mine = unsafe { Value::from_raw(raw) };
            for _ in 0..10_000 {
                drop(mine.clone());
            }
            drop(mine);
        }));
    }
    for h in handles {
        h.join().expect("thread");
    }
    brc::merge_pending();
    assert_eq!(freed.load(Ordering::SeqCst), 0);
    assert_eq!(v.header().expect("object").refcount(), 1);
    drop(v);
    brc::merge_pending();
    assert_eq!(freed.load(Ordering::SeqCst), 1);
}
