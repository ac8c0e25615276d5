//! The per-thread state that native code reaches: `#[repr(C)]`, fixed offsets.
//!
//! One [`ThreadState`] exists per OS thread that touches objects (created when the
//! thread gets its id, see `brc.rs`), shared through an `Arc` by the thread's `Vm`, the
//! SIGINT handler and the threads that queue refcount merges for it. Its head is a C
//! layout whose offsets are asserted below, because code the JIT emits reads and writes
//! these fields directly:
//!
//! ```text
//! offset  field         meaning
//!   0     thread_id     the thread's id (the objects' `owner_tid`)
//!   8     eval_breaker  safepoint request bits (0 = run on); see `BREAK_*`
//!  16     exit_slots    EXIT_SLOTS u64 words where compiled code leaves the values a
//!                       side exit hands back to the interpreter
//! ```
//!
//! The interpreter polls the single `eval_breaker` word at safepoints (function entry,
//! loop back-edges); everything that needs the thread's attention sets a bit in it
//! (`safepoint.rs` handles them). The word is atomic because other threads and signal
//! handlers set bits; the owner's poll is a relaxed load, a plain `mov`.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// Safepoint request: SIGINT arrived (raise `KeyboardInterrupt`).
pub const BREAK_INTERRUPT: usize = 1;
/// Safepoint request: other threads queued refcount merges for this thread.
pub const BREAK_MERGE: usize = 2;
/// Safepoint request: suspended generators were dropped and must be closed.
pub const BREAK_FINALIZERS: usize = 4;

/// Number of u64 slots in the JIT's exit buffer.
pub const EXIT_SLOTS: usize = 64;

/// The state of one thread (see the module docs for the layout).
#[repr(C)]
pub struct ThreadState {
    /// The thread's id (never reused); what objects it owns carry in `owner_tid`.
    pub thread_id: usize,
    /// Safepoint request bits (`BREAK_*`): set by anyone with `fetch_or`, taken by the
    /// owner with `swap(0)` at a safepoint.
    pub eval_breaker: AtomicUsize,
    /// The JIT's exit buffer: written by compiled code on this thread, read by the
    /// interpreter when it resumes after a side exit (only this thread touches it).
    pub exit_slots: [AtomicU64; EXIT_SLOTS],
}

const _: () = {
    assert!(std::mem::offset_of!(ThreadState, thread_id) == 0);
    assert!(std::mem::offset_of!(ThreadState, eval_breaker) == 8);
    assert!(std::mem::offset_of!(ThreadState, exit_slots) == 16);
    assert!(std::mem::size_of::<ThreadState>() == 16 + 8 * EXIT_SLOTS);
};

impl ThreadState {
    /// A fresh state for thread `thread_id`, nothing requested.
    pub fn new(thread_id: usize) -> ThreadState {
        ThreadState { thread_id, eval_breaker: AtomicUsize::new(0), exit_slots: std::array::from_fn(|_| AtomicU64::new(0)) }
    }

    /// Asks the thread to stop at its next safepoint for `bits`. Async-signal-safe
    /// (one atomic `fetch_or`).
    #[inline]
    pub fn request(&self, bits: usize) {
        self.eval_breaker.fetch_or(bits, Ordering::Release);
    }

    /// True when some request is pending (the interpreter's poll).
    #[inline(always)]
    pub fn break_requested(&self) -> bool {
        self.eval_breaker.load(Ordering::Relaxed) != 0
    }

    /// Takes every pending request (the owner, at a safepoint).
    #[inline]
    pub fn take_requests(&self) -> usize {
        self.eval_breaker.swap(0, Ordering::Acquire)
    }

    /// Address of the state for native code.
    pub fn as_ptr(&self) -> *const ThreadState {
        self
    }
}
