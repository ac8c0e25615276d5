//! The object header every heap object starts with.
//!
//! Layout follows CPython's free-threaded build (PEP 703) because the JIT and the
//! threading model depend on it: a biased reference count needs the owner's thread id
//! next to a counter only the owner touches, and a shared counter every other thread
//! updates atomically. Keeping the two apart means the common case (the thread that
//! created an object is the one using it) costs a plain load/add/store, with no
//! `lock` prefix and no cache-line ping-pong.
//!
//! ```text
//! offset  field        meaning
//!   0     owner_tid    id of the owning thread, 0 once the counts are merged
//!   8     ref_local    owner-only count (u32::MAX = immortal, >= DEFERRED_LOCAL = deferred)
//!  12     mutex        1-byte per-object lock for container writes (critical sections)
//!  13     gc_bits      flags for the cycle collector and the deferred marker
//!  16     ref_shared   (count << 2) | state, updated atomically by non-owners
//!  24     ty           the object's type
//! ```
//!
//! `ref_local` and `owner_tid` are atomics only so that other threads may *read* them
//! without a data race (for the immortal test and the owner test); the owner writes them
//! with relaxed loads and stores, which compile to plain moves.

use std::sync::atomic::{AtomicIsize, AtomicPtr, AtomicU32, AtomicU8, AtomicUsize, Ordering};

use super::typeobj::TypeObject;

/// `ref_local` value marking an immortal object: refcount operations do nothing.
pub const IMMORTAL_LOCAL: u32 = u32::MAX;
/// `ref_local` values at or above this are not counted (immortal or deferred), so one
/// compare on the hot path covers both.
pub const UNCOUNTED_LOCAL: u32 = u32::MAX - 1;

/// Shared-count state: nothing special.
pub const SHARED_DEFAULT: isize = 0;
/// Shared-count state: the object may have weak references (kept for weakref support).
pub const SHARED_MAYBE_WEAKREF: isize = 1;
/// Shared-count state: the object sits in its owner's merge queue.
pub const SHARED_QUEUED: isize = 2;
/// Shared-count state: the local count was folded into the shared one; owner is 0.
pub const SHARED_MERGED: isize = 3;
/// Mask of the state bits in `ref_shared`.
pub const SHARED_STATE_MASK: isize = 3;
/// Shift of the count in `ref_shared`.
pub const SHARED_SHIFT: u32 = 2;

/// GC bit: references from frames are not counted (functions, code, modules, types,
/// globals dicts). Until the cycle collector exists these objects are never freed.
pub const GC_DEFERRED: u8 = 1;
/// GC bit: the object is immortal.
pub const GC_IMMORTAL: u8 = 2;
/// GC bit: weak references to the object may exist (they are listed in the side table
/// of `builtins/weakref/table.rs`). The destructor tests this one bit; only objects
/// that ever had a weak reference take the slow path that clears them.
pub const GC_WEAKREFS: u8 = 4;
/// GC bit: the object's `__del__` has run (PEP 442: never twice, even if `__del__`
/// resurrected it).
pub const GC_FINALIZED: u8 = 8;

/// The header at offset 0 of every object. See the module docs for the layout.
#[repr(C)]
pub struct Header {
    pub(crate) owner_tid: AtomicUsize,
    pub(crate) ref_local: AtomicU32,
    pub(crate) mutex: AtomicU8,
    pub(crate) gc_bits: AtomicU8,
    pub(crate) ref_shared: AtomicIsize,
    /// Atomic only so that `__class__` assignment may replace it while other threads
    /// read it (relaxed loads compile to plain moves: no cost on the hot path).
    pub(crate) ty: AtomicPtr<TypeObject>,
}

// SAFETY: every field is atomic; `ty` always points to a type object that outlives
// every instance.
unsafe impl Sync for Header {}
// SAFETY: as above; moving a header between threads moves no thread-affine state.
unsafe impl Send for Header {}

impl Header {
    /// Header of an immortal object (statics: None, True, built-in types, ...).
    pub const fn immortal(ty: *const TypeObject) -> Header {
        Header {
            owner_tid: AtomicUsize::new(0),
            ref_local: AtomicU32::new(IMMORTAL_LOCAL),
            mutex: AtomicU8::new(0),
            gc_bits: AtomicU8::new(GC_IMMORTAL),
            ref_shared: AtomicIsize::new(0),
            ty: AtomicPtr::new(ty as *mut TypeObject),
        }
    }

    /// Header of a fresh object owned by `owner` with one local reference.
    pub fn new_owned(ty: *const TypeObject, owner: usize) -> Header {
        Header {
            owner_tid: AtomicUsize::new(owner),
            ref_local: AtomicU32::new(1),
            mutex: AtomicU8::new(0),
            gc_bits: AtomicU8::new(0),
            ref_shared: AtomicIsize::new(0),
            ty: AtomicPtr::new(ty as *mut TypeObject),
        }
    }

    /// The object's type.
    #[inline(always)]
    pub fn ty(&self) -> &'static TypeObject {
        // SAFETY: `ty` is set at allocation (and by `set_type`) to a type object that
        // is immortal or deferred (never freed while instances exist).
        unsafe { &*self.ty.load(Ordering::Relaxed) }
    }

    /// Replaces the object's type (`obj.__class__ = C`). The caller has checked that
    /// both types lay their instances out the same way (same body, destructor and
    /// attribute storage), so every reader sees a consistent object whichever type it
    /// loads; caches keyed by the old type's version tag simply miss.
    pub fn set_type(&self, ty: &'static TypeObject) {
        self.ty.store(ty as *const TypeObject as *mut TypeObject, Ordering::Release);
    }

    /// True for immortal objects.
    #[inline(always)]
    pub fn is_immortal(&self) -> bool {
        self.ref_local.load(Ordering::Relaxed) == IMMORTAL_LOCAL
    }

    /// Makes the object immortal. Only valid before the object is shared.
    pub fn make_immortal(&self) {
        self.ref_local.store(IMMORTAL_LOCAL, Ordering::Relaxed);
        self.gc_bits.fetch_or(GC_IMMORTAL, Ordering::Relaxed);
    }

    /// Marks the object as using deferred reference counting (see module docs).
    pub fn make_deferred(&self) {
        self.ref_local.store(UNCOUNTED_LOCAL, Ordering::Relaxed);
        self.gc_bits.fetch_or(GC_DEFERRED, Ordering::Relaxed);
    }

    /// True when refcount operations skip this object (immortal or deferred).
    #[inline(always)]
    pub fn is_uncounted(&self) -> bool {
        self.ref_local.load(Ordering::Relaxed) >= UNCOUNTED_LOCAL
    }

    /// Total reference count (local + shared), for tests and `sys.getrefcount`.
    pub fn refcount(&self) -> isize {
        let local = self.ref_local.load(Ordering::Relaxed);
        if local >= UNCOUNTED_LOCAL {
            return isize::MAX;
        }
        local as isize + (self.ref_shared.load(Ordering::Acquire) >> SHARED_SHIFT)
    }

    /// State bits of the shared count.
    pub fn shared_state(&self) -> isize {
        self.ref_shared.load(Ordering::Acquire) & SHARED_STATE_MASK
    }

    /// Id of the owning thread (0 when merged).
    pub fn owner(&self) -> usize {
        self.owner_tid.load(Ordering::Relaxed)
    }
}
