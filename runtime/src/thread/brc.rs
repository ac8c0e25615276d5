//! Thread ids and the biased-refcount merge queues.
//!
//! Every thread that touches objects gets a process-unique id (never reused, so a dead
//! owner can never be confused with a new thread). A non-owner decref that would take an
//! object's shared count below zero pushes the object onto its owner's queue and sets
//! `BREAK_MERGE` in the owner's [`ThreadState`]; the owner drains the queue at its next safepoint
//! ([`merge_pending`]). The registry lock is held across the push so that a thread that is
//! exiting (which removes itself under the same lock, then drains) can never leave an
//! object stranded: a push either lands before the removal and is drained, or finds no
//! owner and merges the object itself.

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use crate::object::header::Header;
use crate::object::refcount;
use crate::thread::state::{ThreadState, BREAK_MERGE};

static NEXT_TID: AtomicUsize = AtomicUsize::new(1);

thread_local! {
    static TID: Cell<usize> = const { Cell::new(0) };
    static REGISTRATION: Registration = const { Registration { queue: std::cell::RefCell::new(None) } };
}

/// Per-thread merge queue, shared with the threads that push onto it.
pub struct MergeQueue {
    /// The owner's thread state: a push sets `BREAK_MERGE` there, which the owner polls
    /// at safepoints.
    pub state: Arc<ThreadState>,
    objects: Mutex<Vec<usize>>,
}

struct Registration {
    queue: std::cell::RefCell<Option<Arc<MergeQueue>>>,
}

impl Drop for Registration {
    fn drop(&mut self) {
        let tid = TID.with(Cell::get);
        let queue = self.queue.borrow_mut().take();
        if let Some(queue) = queue {
            lock_registry().remove(&tid);
            drain(&queue);
        }
    }
}

fn registry() -> &'static Mutex<HashMap<usize, Arc<MergeQueue>>> {
    static REGISTRY: OnceLock<Mutex<HashMap<usize, Arc<MergeQueue>>>> = OnceLock::new();
    REGISTRY.get_or_init(|| Mutex::new(HashMap::new()))
}

fn lock_registry() -> std::sync::MutexGuard<'static, HashMap<usize, Arc<MergeQueue>>> {
    registry().lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The current thread's id (registers the thread on first use).
#[inline(always)]
pub fn current_tid() -> usize {
    let tid = TID.with(Cell::get);
    if tid != 0 {
        return tid;
    }
    register_current_thread()
}

#[cold]
fn register_current_thread() -> usize {
    let tid = NEXT_TID.fetch_add(1, Ordering::Relaxed);
    TID.with(|t| t.set(tid));
    let queue = Arc::new(MergeQueue { state: Arc::new(ThreadState::new(tid)), objects: Mutex::new(Vec::new()) });
    lock_registry().insert(tid, queue.clone());
    // During thread teardown the registration may already be gone; then the thread
    // simply stays without a queue and non-owner decrefs merge on their own.
    let _ = REGISTRATION.try_with(|r| *r.queue.borrow_mut() = Some(queue));
    tid
}

/// The current thread's state (registering the thread on first use). During thread
/// teardown, when the registration is gone, a fresh unregistered state is returned.
pub fn current_state() -> Arc<ThreadState> {
    let tid = current_tid();
    REGISTRATION
        .try_with(|r| r.queue.borrow().as_ref().map(|q| q.state.clone()))
        .ok()
        .flatten()
        .unwrap_or_else(|| Arc::new(ThreadState::new(tid)))
}

/// Asks the current thread to stop at its next safepoint for `bits` (nothing when the
/// thread is being torn down).
pub fn request_current(bits: usize) {
    let _ = REGISTRATION.try_with(|r| {
        if let Some(q) = r.queue.borrow().as_ref() {
            q.state.request(bits);
        }
    });
}

/// Hands a queued object to its owner, or merges it here if the owner has exited.
///
/// # Safety
/// `obj` is live and its QUEUED bit was just set by the caller, which transfers the
/// reference it was dropping to the queue.
pub unsafe fn queue_for_owner(obj: *const Header) {
    // SAFETY: live per the contract.
    let owner = unsafe { (*obj).owner_tid.load(Ordering::Relaxed) };
    if owner != 0 {
        let registry = lock_registry();
        if let Some(queue) = registry.get(&owner) {
            queue.objects.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(obj as usize);
            queue.state.request(BREAK_MERGE);
            return;
        }
    }
    // Owner already merged (owner 0) or gone: merge ourselves, dropping the queue's
    // reference.
    // SAFETY: no owner can be running the non-atomic path on this object.
    unsafe { refcount::merge_queued(obj) };
}

fn drain(queue: &MergeQueue) {
    loop {
        let objects = std::mem::take(&mut *queue.objects.lock().unwrap_or_else(std::sync::PoisonError::into_inner));
        if objects.is_empty() {
            return;
        }
        for obj in objects {
            // SAFETY: queued objects are kept alive by the queue's reference, and we are
            // their owner (or the owner is exiting, i.e. us).
            unsafe { refcount::merge_queued(obj as *const Header) };
        }
    }
}

/// Merges every object other threads queued for this thread. Called at safepoints
/// that found `BREAK_MERGE`.
pub fn merge_pending() {
    let _ = REGISTRATION.try_with(|r| {
        if let Some(queue) = r.queue.borrow().as_ref() {
            drain(queue);
        }
    });
}
