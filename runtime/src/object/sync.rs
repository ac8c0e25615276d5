//! Mutable state inside object bodies: one accessor built on the header's mutex byte.
//!
//! Objects are shared between threads (a `Value` is `Send`), so an object body must be
//! `Send + Sync` ([`crate::object::alloc`] requires it) and may not use `Cell`/`RefCell`.
//! A body keeps its mutable part in a [`Locked<T>`] and reaches it only through
//! [`Locked::lock`], which takes the *owning object* and locks the 1-byte `mutex` of its
//! [`Header`]. Where one machine word is enough (hash caches, iterator positions,
//! flags) bodies use atomics instead and need no lock.
//!
//! # Why a per-object byte lock, and what it becomes
//! This is the shape of CPython's free-threaded critical sections (PEP 703): one lock per
//! object, in the header, so a body costs no extra space and two objects never share a
//! lock. Today only one thread runs Python code, so the lock is an uncontended byte
//! compare-and-swap (spin, then yield). The free-threading work turns [`Locked::lock`]
//! into a real critical section (a per-thread stack of held locks that is suspended, and
//! the locks released, when the thread blocks or detaches) without touching callers:
//! that is why every access goes through this one function.
//!
//! # The rule: never run Python code while holding a guard
//! A [`Guard`] must be dropped before anything that can run Python code (calling an
//! object, comparing or hashing values, `__repr__`, a finalizer, the dispatch loop): Python
//! code may touch the same object and deadlock, or block and stall every other thread
//! waiting on the lock. Clone what you need out of the guard, drop it, then call. This is
//! made hard to break in three ways:
//! * a guard borrows the owner `Value`, is not `Send`, and is meant to live for one
//!   expression (`*f.doc.lock(v) = x`, `e.args.lock(v).clone()`);
//! * in debug builds every thread counts the guards it holds, and the interpreter's entry
//!   ([`assert_unlocked`], called when the dispatch loop is entered) panics if any is held;
//! * in debug builds locking an object the same thread already holds panics at once
//!   instead of spinning forever.
//!
//! Dropping a `Value` under a guard is allowed: deallocation never runs Python code (a
//! suspended generator's `finally` is deferred to a safepoint).
//!
//! # Lock-free reads
//! Containers whose items the interpreter reads on every instruction (list, dict, set,
//! bytearray) must keep those reads lock-free (docs/architecture.md, "Object bodies and threads"). They use
//! [`Locked::read_unlocked`] and, for now, [`Locked::write_unlocked`]: see those
//! functions for why and for what the free-threading work has to change there.

use std::cell::UnsafeCell;
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicBool, AtomicU16, AtomicU32, AtomicU8, AtomicUsize, Ordering};

use super::header::Header;
use super::value::Value;

/// A body's mutable state, reachable only through its owner's header mutex.
pub struct Locked<T> {
    value: UnsafeCell<T>,
}

// SAFETY: the value is reached mutably only through a `Guard` (which holds the owner's
// mutex, so one thread at a time) or through `get_mut` (which needs `&mut self`); the
// `*_unlocked` accessors carry their own contracts. Moving `T` between threads needs
// `T: Send`.
unsafe impl<T: Send> Sync for Locked<T> {}
// SAFETY: as above.
unsafe impl<T: Send> Send for Locked<T> {}

impl<T: Default> Default for Locked<T> {
    fn default() -> Self {
        Locked::new(T::default())
    }
}

impl<T> Locked<T> {
    /// Wraps the initial state (before the object is published).
    pub const fn new(value: T) -> Locked<T> {
        Locked { value: UnsafeCell::new(value) }
    }

    /// Locks `owner`, the object whose body holds this field, and gives access to the
    /// state until the guard drops. Never hold the guard across Python code (module docs).
    #[inline]
    pub fn lock<'a>(&'a self, owner: &'a Value) -> Guard<'a, T> {
        let header = owner.header().expect("Locked::lock: owner must be an object");
        debug_assert!(self.within(header), "Locked::lock: owner is not the object holding this field");
        acquire(&header.mutex);
        Guard { mutex: &header.mutex, value: self.value.get(), _borrow: PhantomData }
    }

    /// Exclusive access without locking, through `&mut self` (construction, destruction).
    pub fn get_mut(&mut self) -> &mut T {
        self.value.get_mut()
    }

    /// Unlocked shared view, for the lock-free read paths of list, dict, set and
    /// bytearray. Sound today because only one thread runs Python code and no writer
    /// keeps a `&mut` across a call; the free-threading work makes these reads follow
    /// docs/architecture.md (items read with acquire loads, storage freed through QSBR) and
    /// keeps this function as the single place that changes.
    ///
    /// # Safety
    /// No `&mut T` to the same state (from [`Locked::write_unlocked`]) is live, and the
    /// caller does not keep the reference across code that may mutate the owner.
    #[inline(always)]
    pub unsafe fn read_unlocked(&self) -> &T {
        // SAFETY: per the caller's contract no mutable reference is live.
        unsafe { &*self.value.get() }
    }

    /// Unlocked mutable view, for the container write paths (list, dict, set,
    /// bytearray) whose callers hold only the body, not the owning object, and which
    /// the interpreter runs on every `append`/`d[k] = v`/`s.add`. Today one thread runs
    /// Python code, so this is sound under the contract below; with free threading these
    /// callers take [`Locked::lock`] (a byte CAS), which needs the owner `Value` passed
    /// down, a change of every call site deferred to that work.
    ///
    /// # Safety
    /// No other reference to the state is live while the result is, and the result is
    /// not kept across code that can run Python code or reach the same object.
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn write_unlocked(&self) -> &mut T {
        // SAFETY: per the caller's contract this is the only live reference.
        unsafe { &mut *self.value.get() }
    }

    /// Debug check that this field lies inside `header`'s object (bodies follow the
    /// 32-byte header and no body here is larger than a few hundred bytes; a str
    /// subclass keeps its attributes in a prefix just before the header).
    fn within(&self, header: &Header) -> bool {
        // Fields sit in the body after the header, or (a str subclass's attributes,
        // `builtin_layout.rs`) in a short prefix before it.
        let start = header as *const Header as usize + std::mem::size_of::<Header>();
        let at = self as *const Self as usize;
        (at >= start && at < start + 4096) || (at < header as *const Header as usize && at + 256 >= header as *const Header as usize)
    }
}

/// One-word fields of an object body that are read and written on their own (no
/// invariant ties them to other fields): a relaxed atomic is enough and no lock is
/// taken. `get`/`set` keep the call sites as short as the `Cell` they replace.
macro_rules! relaxed_word {
    ($(#[$doc:meta])* $name:ident, $t:ty, $atomic:ty) => {
        $(#[$doc])*
        pub struct $name($atomic);

        impl $name {
            /// A word holding `v`.
            pub const fn new(v: $t) -> $name {
                $name(<$atomic>::new(v))
            }
            /// The current value.
            #[inline(always)]
            pub fn get(&self) -> $t {
                self.0.load(Ordering::Relaxed)
            }
            /// Stores `v`.
            #[inline(always)]
            pub fn set(&self, v: $t) {
                self.0.store(v, Ordering::Relaxed);
            }
        }
    };
}

relaxed_word!(
    /// A boolean flag (`__suppress_context__`).
    Flag, bool, AtomicBool
);
relaxed_word!(
    /// A 16-bit word (a register number).
    Word16, u16, AtomicU16
);
relaxed_word!(
    /// A 32-bit word (a saved pc).
    Word32, u32, AtomicU32
);
relaxed_word!(
    /// A position (iterator cursors).
    WordUsize, usize, AtomicUsize
);

/// Access to a [`Locked`] state while its owner's mutex is held. Dropping it unlocks.
pub struct Guard<'a, T> {
    mutex: &'a AtomicU8,
    value: *mut T,
    /// Borrows the state and is neither `Send` nor `Sync` (a raw pointer marker): a lock
    /// is released by the thread that took it.
    _borrow: PhantomData<(&'a mut T, *const ())>,
}

impl<T> Deref for Guard<'_, T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        // SAFETY: the owner's mutex is held for the guard's lifetime, so no other
        // reference to the state exists.
        unsafe { &*self.value }
    }
}

impl<T> DerefMut for Guard<'_, T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: as in `deref`; `&mut self` makes this the only borrow of the guard.
        unsafe { &mut *self.value }
    }
}

impl<T> Drop for Guard<'_, T> {
    #[inline(always)]
    fn drop(&mut self) {
        release(self.mutex);
    }
}

/// Mutex byte values.
const UNLOCKED: u8 = 0;
const LOCKED: u8 = 1;

#[inline(always)]
fn acquire(mutex: &AtomicU8) {
    if mutex.compare_exchange(UNLOCKED, LOCKED, Ordering::Acquire, Ordering::Relaxed).is_err() {
        acquire_contended(mutex);
    }
    held::push(mutex);
}

#[cold]
#[inline(never)]
fn acquire_contended(mutex: &AtomicU8) {
    held::check_not_held(mutex);
    let mut spins = 0u32;
    loop {
        if mutex.load(Ordering::Relaxed) == UNLOCKED
            && mutex.compare_exchange_weak(UNLOCKED, LOCKED, Ordering::Acquire, Ordering::Relaxed).is_ok()
        {
            return;
        }
        if spins < 64 {
            spins += 1;
            std::hint::spin_loop();
        } else {
            std::thread::yield_now();
        }
    }
}

#[inline(always)]
fn release(mutex: &AtomicU8) {
    held::pop(mutex);
    mutex.store(UNLOCKED, Ordering::Release);
}

/// Panics (debug builds) when the current thread holds an object lock. Called where
/// Python code starts running; see the module docs.
#[inline(always)]
pub fn assert_unlocked() {
    held::assert_none();
}

/// Debug bookkeeping of the locks this thread holds; empty functions in release builds.
#[cfg(debug_assertions)]
mod held {
    use std::cell::RefCell;
    use std::sync::atomic::AtomicU8;

    thread_local! {
        static HELD: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
    }

    pub(super) fn push(m: &AtomicU8) {
        HELD.with(|h| h.borrow_mut().push(m as *const AtomicU8 as usize));
    }

    pub(super) fn pop(m: &AtomicU8) {
        let at = m as *const AtomicU8 as usize;
        HELD.with(|h| {
            let mut h = h.borrow_mut();
            if let Some(i) = h.iter().rposition(|&x| x == at) {
                h.remove(i);
            }
        });
    }

    pub(super) fn check_not_held(m: &AtomicU8) {
        let at = m as *const AtomicU8 as usize;
        if HELD.with(|h| h.borrow().contains(&at)) {
            panic!("object lock taken twice by one thread (a Guard is still alive)");
        }
    }

    pub(super) fn assert_none() {
        let n = HELD.with(|h| h.borrow().len());
        assert!(n == 0, "Python code entered while {n} object lock(s) are held (see object/sync.rs)");
    }
}

#[cfg(not(debug_assertions))]
mod held {
    use std::sync::atomic::AtomicU8;

    #[inline(always)]
    pub(super) fn push(_: &AtomicU8) {}
    #[inline(always)]
    pub(super) fn pop(_: &AtomicU8) {}
    #[inline(always)]
    pub(super) fn check_not_held(_: &AtomicU8) {}
    #[inline(always)]
    pub(super) fn assert_none() {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guard_locks_the_owner_header_and_unlocks_on_drop() {
        let cell = crate::builtins::function::new_cell(Some(Value::try_small_int(1).unwrap()));
        let data = crate::builtins::function::as_cell(&cell).unwrap();
        let mutex = &cell.header().unwrap().mutex;
        {
            let mut g = data.value.lock(&cell);
            assert_eq!(mutex.load(Ordering::Relaxed), LOCKED);
            *g = Value::try_small_int(2);
        }
        assert_eq!(mutex.load(Ordering::Relaxed), UNLOCKED);
        assert_eq!(data.value.lock(&cell).as_ref().and_then(Value::as_small_int), Some(2));
        assert_unlocked();
    }

    #[test]
    fn contended_lock_waits_for_the_holder() {
        use std::sync::Arc;
        let m = Arc::new(AtomicU8::new(UNLOCKED));
        let counter = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let mut threads = Vec::new();
        for _ in 0..4 {
            let (m, counter) = (m.clone(), counter.clone());
            threads.push(std::thread::spawn(move || {
                for _ in 0..1000 {
                    acquire(&m);
                    // A non-atomic read-modify-write made safe only by the lock.
                    let v = counter.load(Ordering::Relaxed);
                    counter.store(v + 1, Ordering::Relaxed);
                    release(&m);
                }
            }));
        }
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(counter.load(Ordering::Relaxed), 4000);
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "taken twice")]
    fn relocking_on_one_thread_panics_in_debug() {
        let m = AtomicU8::new(UNLOCKED);
        acquire(&m);
        acquire(&m);
    }
}
