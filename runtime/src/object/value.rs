//! The value word: one 64-bit word that is either a small int or an object pointer.
//!
//! Low bit 1: a 63-bit signed integer stored inline (`(i << 1) | 1`); it never touches a
//! refcount and never allocates, which is what keeps integer loops cheap. Low bit 0: a
//! non-null pointer to an object [`Header`]. The word is never zero, so `Option<Value>`
//! is also one word (a frame slot that is `None` is an unbound local).
//!
//! `Value` *owns* one reference: `Clone` increfs and `Drop` decrefs, so Rust's ownership
//! rules keep the counts right. Code that only looks at a value borrows it (`&Value`).

use std::num::NonZeroUsize;

use super::header::Header;
use super::refcount;
use super::typeobj::TypeObject;

/// Largest int stored inline.
pub const SMALL_INT_MAX: i64 = (1 << 62) - 1;
/// Smallest int stored inline.
pub const SMALL_INT_MIN: i64 = -(1 << 62);

/// An owned reference to a Python value (see the module docs).
#[repr(transparent)]
pub struct Value(NonZeroUsize);

/// An object: header followed by the type-specific body.
#[repr(C)]
pub struct Obj<T> {
    /// Refcounts, owner, type.
    pub header: Header,
    /// The type-specific payload.
    pub body: T,
}

impl Value {
    /// A small int, or `None` when `i` does not fit in 63 bits.
    #[inline(always)]
    pub fn try_small_int(i: i64) -> Option<Value> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            // SAFETY: the low bit is set, so the word is non-zero.
            Some(Value(unsafe { NonZeroUsize::new_unchecked(((i << 1) | 1) as usize) }))
        } else {
            None
        }
    }

    /// True when the word holds an inline int.
    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        self.0.get() & 1 == 1
    }

    /// The inline int; only meaningful when [`Value::is_small_int`].
    #[inline(always)]
    pub fn small_int_unchecked(&self) -> i64 {
        (self.0.get() as i64) >> 1
    }

    /// The inline int, if this is one.
    #[inline(always)]
    pub fn as_small_int(&self) -> Option<i64> {
        if self.is_small_int() {
            Some(self.small_int_unchecked())
        } else {
            None
        }
    }

    /// The raw word (identity, hashing of identity, the JIT's view).
    #[inline(always)]
    pub fn raw(&self) -> usize {
        self.0.get()
    }

    /// Wraps a pointer, taking over one reference the caller owns.
    ///
    /// # Safety
    /// `ptr` is a live object and the caller transfers one reference to the result.
    #[inline(always)]
    pub unsafe fn from_owned_ptr(ptr: *const Header) -> Value {
        // SAFETY: object pointers are non-null by the caller's contract.
        Value(unsafe { NonZeroUsize::new_unchecked(ptr as usize) })
    }

    /// A value for a static (immortal) object.
    #[inline(always)]
    pub fn from_static<T>(obj: &'static Obj<T>) -> Value {
        debug_assert!(obj.header.is_immortal());
        // SAFETY: statics are live forever and immortal objects need no reference.
        unsafe { Value::from_owned_ptr(&obj.header) }
    }

    /// A new reference to a borrowed object.
    ///
    /// # Safety
    /// `ptr` is a live object.
    #[inline(always)]
    pub unsafe fn from_borrowed_ptr(ptr: *const Header) -> Value {
        // SAFETY: live per the caller; the incref creates the reference we return.
        unsafe {
            refcount::incref(ptr);
            Value::from_owned_ptr(ptr)
        }
    }

    /// Gives up ownership without decref (the caller now owns the reference).
    #[inline(always)]
    pub fn into_raw(self) -> usize {
        let raw = self.0.get();
        std::mem::forget(self);
        raw
    }

    /// Rebuilds a value from [`Value::into_raw`].
    ///
    /// # Safety
    /// `raw` came from `into_raw` and its reference has not been reclaimed yet.
    #[inline(always)]
    pub unsafe fn from_raw(raw: usize) -> Value {
        // SAFETY: `into_raw` words are never zero.
        Value(unsafe { NonZeroUsize::new_unchecked(raw) })
    }

    /// The object header, or `None` for a small int.
    #[inline(always)]
    pub fn header(&self) -> Option<&Header> {
        if self.is_small_int() {
            None
        } else {
            // SAFETY: pointer words point to live objects while this reference exists.
            Some(unsafe { &*(self.0.get() as *const Header) })
        }
    }

    /// Pointer to the header; only for pointer values.
    #[inline(always)]
    pub fn header_ptr(&self) -> *const Header {
        self.0.get() as *const Header
    }

    /// The value's type.
    #[inline(always)]
    pub fn ty(&self) -> &'static TypeObject {
        if self.is_small_int() {
            &crate::builtins::int::INT_TYPE
        } else {
            // SAFETY: pointer values point to live objects.
            unsafe { (*self.header_ptr()).ty() }
        }
    }

    /// Identity comparison (`is`).
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// True when this value is the given static object.
    #[inline(always)]
    pub fn is_static<T>(&self, obj: &'static Obj<T>) -> bool {
        self.0.get() == &obj.header as *const Header as usize
    }

    /// The body of an object whose type is known to hold a `T`.
    ///
    /// # Safety
    /// The value must be an object allocated as `Obj<T>`.
    #[inline(always)]
    pub unsafe fn body_unchecked<T>(&self) -> &T {
        // SAFETY: the caller guarantees the layout; the object lives as long as `self`.
        unsafe { &(*(self.0.get() as *const Obj<T>)).body }
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if !self.is_small_int() {
            // SAFETY: we hold a reference, so the object is live.
            unsafe { refcount::incref(self.header_ptr()) };
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if !self.is_small_int() {
            // SAFETY: we own the reference being dropped.
            unsafe { refcount::decref(self.header_ptr()) };
        }
    }
}

/// Allocates an object of type `ty` with body `body`, owned by the current thread.
pub fn alloc<T: Send + Sync>(ty: &'static TypeObject, body: T) -> Value {
    let obj = Box::new(Obj { header: Header::new_owned(ty, crate::thread::brc::current_tid()), body });
    // SAFETY: a fresh box is live and its one local reference moves into the Value.
    unsafe { Value::from_owned_ptr(Box::into_raw(obj) as *const Header) }
}

/// The destructor for objects allocated by [`alloc`] with body `T`; types put
/// `dealloc_box::<T>` in their `dealloc` slot.
///
/// # Safety
/// `obj` was allocated by `alloc::<T>` and has no references left.
pub unsafe fn dealloc_box<T>(obj: *mut Header) {
    // SAFETY: per the contract the pointer came from `Box<Obj<T>>` and is unreferenced.
    drop(unsafe { Box::from_raw(obj as *mut Obj<T>) });
}
