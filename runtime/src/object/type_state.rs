//! The dynamic half of a type object: its Python-level name values, bases, MRO, type
//! dict, version tag and subclass list.
//!
//! Built-in types are statics whose protocol slots and method tables are fixed at
//! compile time; everything here starts empty (`TypeState::builtin()` is a `const`) and
//! is filled on first use from those tables (`builtins::type_init`). A heap type made by
//! a `class` statement fills the very same fields when it is created
//! ([`TypeState::heap`] plus the `set_*` calls), so attribute lookup, the inline caches
//! and `__mro__` never ask which kind of type they are looking at.
//!
//! Thread safety (types are shared by every thread): fields set once are `OnceLock`s;
//! bases and MRO, which `C.__bases__ = ...` may replace, are published pointers whose
//! replaced values are leaked (a reader may still walk the old MRO; such assignments
//! are rare and bounded by the version budget);
//! the two names, which `C.__name__ = ...` may replace on heap types, sit behind a
//! mutex (they are cold); the subclass list sits behind a mutex; the version tag is an
//! atomic word.
//!
//! Version tags follow CPython's `tp_version_tag`: each tag comes from one global
//! counter, so a tag names one type *in one state*, and an inline cache keyed by the tag
//! alone needs no type pointer. 0 means "no tag": the type is not cached. A type gets a
//! tag lazily on its first cached lookup; [`TypeState::modified`] drops the tag of the
//! type and of every subclass (each takes a fresh tag on its next lookup), so a change
//! to a base invalidates every cache entry that might have seen the old value. A type
//! that keeps changing stops getting tags after [`MAX_VERSIONS_PER_TYPE`], as in CPython,
//! which also bounds the cache entries made for it (see `interp/inline_cache.rs`).
//!
//! A mutation of a heap type (`attr_lookup::type_setattro`) runs under a lock:
//! [`TypeState::modified`], change the dict, [`TypeState::modified`] again. A reader
//! racing with it either uses an entry cached under the old tag (as if it ran before the
//! change) or takes the slow path; a tag it took during the change is dropped by the
//! second call, so an entry that paired it with the old value is never matched.

use std::sync::atomic::{AtomicPtr, AtomicU32, AtomicU8, Ordering};
use std::sync::{Mutex, OnceLock, PoisonError};

use super::typeobj::TypeObject;
use super::value::Value;

/// Fresh tags a single type may take before it is no longer cached.
pub const MAX_VERSIONS_PER_TYPE: u32 = 1000;

/// The global tag counter; 0 is never handed out.
static NEXT_VERSION: AtomicU32 = AtomicU32::new(1);

/// A fresh, never reused version tag, or 0 once the counter is exhausted.
fn next_version() -> u32 {
    NEXT_VERSION.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |v| if v == 0 { None } else { Some(v.wrapping_add(1)) }).unwrap_or(0)
}

/// Flag: setting attributes on the type is refused (built-in types).
pub const FLAG_IMMUTABLE: u32 = 1;
/// Flag: the type was created at run time (a `class` statement).
pub const FLAG_HEAP: u32 = 2;
/// Flag: instances have no `__dict__` (a class with `__slots__`): only the names the
/// type dict declares as slots may be set.
pub const FLAG_NO_DICT: u32 = 4;
/// Flag: instances of this heap type accept weak references (no `__slots__` without
/// `__weakref__`, and not a subclass of a variable-size built-in type).
pub const FLAG_WEAKREFABLE: u32 = 8;

/// [`TypeState::finalizer`]: not known since the last change of the type.
pub const FINALIZER_UNKNOWN: u8 = 0;
/// [`TypeState::finalizer`]: no class of the MRO defines `__del__`.
pub const FINALIZER_NONE: u8 = 1;
/// [`TypeState::finalizer`]: a class of the MRO defines `__del__`.
pub const FINALIZER_DEL: u8 = 2;

/// The dynamic fields of a type (see the module docs).
pub struct TypeState {
    name: Mutex<Option<Value>>,
    qualname: Mutex<Option<Value>>,
    bases: Published<Value>,
    mro: Published<Value>,
    dict: OnceLock<Value>,
    version: AtomicU32,
    versions_used: AtomicU32,
    flags: u32,
    /// Byte offset from an instance's header to its `InstanceExt` (the attribute
    /// storage of heap-type instances, `builtins/instances`), 0 when instances have none.
    /// Negative for bodies of variable size (a `str` subclass keeps it before the header).
    ext_offset: i32,
    /// For a class deriving from a built-in type with a body of its own (int, str,
    /// list, dict ...): that type's kind, whose body its instances start with.
    solid_kind: Option<super::typeobj::Kind>,
    /// A heap type's MRO as type bodies (what `TypeData::mro` walks; built-in types
    /// walk their single base chain instead).
    heap_mro: Published<Box<[&'static super::typeobj::TypeData]>>,
    /// The best base after a `__bases__` assignment (null: the creation-time `base`).
    base: AtomicPtr<TypeObject>,
    /// Direct subclasses created at run time (addresses of their type objects). Heap
    /// types are never freed before the cycle collector exists; once they are, a type
    /// must remove itself from its bases' lists when it dies.
    subclasses: Mutex<Vec<usize>>,
    /// A heap type's own destructor for its layout; `TypeData::dealloc` of a heap type is
    /// the wrapper that runs `__del__` first (`builtins/instances/finalizer.rs`).
    inner_dealloc: Option<unsafe fn(*mut super::header::Header)>,
    /// Whether the MRO defines `__del__` (FINALIZER_*), computed on the first instance
    /// death after a change and reset to unknown by [`TypeState::modified`].
    finalizer: AtomicU8,
}

impl TypeState {
    /// The state of a static built-in type: everything filled lazily, immutable.
    pub const fn builtin() -> TypeState {
        TypeState::with_flags(FLAG_IMMUTABLE)
    }

    /// The state of a heap type; the creator sets names, bases, MRO and dict at once.
    pub const fn heap() -> TypeState {
        TypeState::with_flags(FLAG_HEAP)
    }

    /// The state of a heap type whose instances keep their attributes in an
    /// `InstanceExt` at `ext_offset` bytes from the header.
    pub const fn heap_with_ext(ext_offset: i32, extra_flags: u32, solid_kind: Option<super::typeobj::Kind>) -> TypeState {
        let mut s = TypeState::with_flags(FLAG_HEAP | extra_flags);
        s.ext_offset = ext_offset;
        s.solid_kind = solid_kind;
        s
    }

    /// The built-in container kind a class's instances are laid out as (see the field).
    #[inline(always)]
    pub fn solid_kind(&self) -> Option<super::typeobj::Kind> {
        self.solid_kind
    }

    /// Sets a heap type's MRO (as bodies), once, when the type is created.
    pub fn set_heap_mro(&self, mro: Box<[&'static super::typeobj::TypeData]>) {
        self.heap_mro.get_or_init(|| mro);
    }

    /// `C.__bases__ = ...`: publishes the new bases, MRO (as a tuple and as bodies) and
    /// best base at once. The caller holds the type-mutation lock and drops the version
    /// tags around the change.
    pub fn replace_bases(&self, bases: Value, mro: Value, heap_mro: Box<[&'static super::typeobj::TypeData]>, base: &'static TypeObject) {
        self.bases.replace(bases);
        self.mro.replace(mro);
        self.heap_mro.replace(heap_mro);
        self.base.store(base as *const TypeObject as *mut TypeObject, Ordering::Release);
    }

    /// The best base set by a `__bases__` assignment, if there was one.
    pub fn replaced_base(&self) -> Option<&'static TypeObject> {
        let p = self.base.load(Ordering::Acquire);
        // SAFETY: only addresses of live (immortal or static) type objects are stored.
        (!p.is_null()).then(|| unsafe { &*p })
    }

    /// A heap type's MRO as bodies, if set.
    #[inline]
    pub fn heap_mro(&self) -> Option<&[&'static super::typeobj::TypeData]> {
        self.heap_mro.get().map(|b| &**b)
    }

    /// Offset of the instances' `InstanceExt` from their header, 0 for none.
    #[inline(always)]
    pub fn ext_offset(&self) -> i32 {
        self.ext_offset
    }

    const fn with_flags(flags: u32) -> TypeState {
        TypeState {
            name: Mutex::new(None),
            qualname: Mutex::new(None),
            bases: Published::new(),
            mro: Published::new(),
            dict: OnceLock::new(),
            version: AtomicU32::new(0),
            versions_used: AtomicU32::new(0),
            flags,
            ext_offset: 0,
            solid_kind: None,
            heap_mro: Published::new(),
            base: AtomicPtr::new(std::ptr::null_mut()),
            subclasses: Mutex::new(Vec::new()),
            inner_dealloc: None,
            finalizer: AtomicU8::new(FINALIZER_UNKNOWN),
        }
    }

    /// The same state with `f` as the layout's own destructor (see the field).
    pub const fn with_inner_dealloc(mut self, f: unsafe fn(*mut super::header::Header)) -> TypeState {
        self.inner_dealloc = Some(f);
        self
    }

    /// The layout's own destructor of a heap type.
    #[inline(always)]
    pub fn inner_dealloc(&self) -> Option<unsafe fn(*mut super::header::Header)> {
        self.inner_dealloc
    }

    /// Whether the MRO defines `__del__` (one of the FINALIZER_* values).
    #[inline(always)]
    pub fn finalizer(&self) -> u8 {
        self.finalizer.load(Ordering::Relaxed)
    }

    /// Records whether the MRO defines `__del__`.
    pub fn set_finalizer(&self, state: u8) {
        self.finalizer.store(state, Ordering::Relaxed);
    }

    /// True when instances accept weak references (heap types; built-in types answer by
    /// kind, see `builtins/weakref`).
    pub fn weakrefable(&self) -> bool {
        self.flags & FLAG_WEAKREFABLE != 0
    }

    /// True when attribute assignment on the type is refused.
    pub fn is_immutable(&self) -> bool {
        self.flags & FLAG_IMMUTABLE != 0
    }

    /// True when instances have no `__dict__` (`__slots__`).
    pub fn no_dict(&self) -> bool {
        self.flags & FLAG_NO_DICT != 0
    }

    /// True for types created at run time.
    pub fn is_heap(&self) -> bool {
        self.flags & FLAG_HEAP != 0
    }

    /// `__name__`, computing it with `init` the first time.
    pub fn name_or_init(&self, init: impl FnOnce() -> Value) -> Value {
        cell_or_init(&self.name, init)
    }

    /// `__qualname__`, computing it with `init` the first time.
    pub fn qualname_or_init(&self, init: impl FnOnce() -> Value) -> Value {
        cell_or_init(&self.qualname, init)
    }

    /// Replaces `__name__` (heap types; the caller bumps nothing: names are not cached).
    pub fn set_name(&self, v: Value) {
        *self.name.lock().unwrap_or_else(PoisonError::into_inner) = Some(v);
    }

    /// Replaces `__qualname__`.
    pub fn set_qualname(&self, v: Value) {
        *self.qualname.lock().unwrap_or_else(PoisonError::into_inner) = Some(v);
    }

    /// `__bases__` (a tuple), computing it with `init` the first time.
    pub fn bases_or_init(&self, init: impl FnOnce() -> Value) -> &Value {
        self.bases.get_or_init(init)
    }

    /// `__mro__` (a tuple), computing it with `init` the first time.
    pub fn mro_or_init(&self, init: impl FnOnce() -> Value) -> &Value {
        self.mro.get_or_init(init)
    }

    /// The type dict, filling it with `init` the first time.
    pub fn dict_or_init(&self, init: impl FnOnce() -> Value) -> &Value {
        self.dict.get_or_init(init)
    }

    /// The type dict if it exists already.
    pub fn dict_if_filled(&self) -> Option<&Value> {
        self.dict.get()
    }

    /// The current version tag, 0 when the type has none (never cached).
    #[inline(always)]
    pub fn version(&self) -> u32 {
        self.version.load(Ordering::Acquire)
    }

    /// The version tag, assigning a fresh one if the type has none; 0 when the type
    /// has changed too often (or the global counter ran out) and must not be cached.
    pub fn version_or_assign(&self) -> u32 {
        let v = self.version();
        if v != 0 {
            return v;
        }
        if self.versions_used.fetch_add(1, Ordering::Relaxed) >= MAX_VERSIONS_PER_TYPE {
            return 0;
        }
        let fresh = next_version();
        // A racing thread may have assigned one meanwhile: keep whichever landed first.
        match self.version.compare_exchange(0, fresh, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => fresh,
            Err(current) => current,
        }
    }

    /// Records `sub` as a direct subclass (heap types call this on each base).
    pub fn add_subclass(&self, sub: &'static TypeObject) {
        self.subclasses.lock().unwrap_or_else(PoisonError::into_inner).push(sub as *const TypeObject as usize);
    }

    /// Forgets `sub` as a direct subclass (its `__bases__` no longer list this type).
    pub fn remove_subclass(&self, sub: &'static TypeObject) {
        let addr = sub as *const TypeObject as usize;
        self.subclasses.lock().unwrap_or_else(PoisonError::into_inner).retain(|&p| p != addr);
    }

    /// The direct subclasses recorded with [`TypeState::add_subclass`].
    pub fn subclasses(&self) -> Vec<&'static TypeObject> {
        let list = self.subclasses.lock().unwrap_or_else(PoisonError::into_inner).clone();
        // SAFETY: only addresses of live type objects are recorded (see the field docs).
        list.into_iter().map(|p| unsafe { &*(p as *const TypeObject) }).collect()
    }

    /// The type (or a base of it) changed: drops the version tag of this type and of
    /// every subclass, transitively, so no cache entry made before the change matches.
    pub fn modified(&self) {
        self.version.store(0, Ordering::Release);
        self.finalizer.store(FINALIZER_UNKNOWN, Ordering::Relaxed);
        for sub in self.subclasses() {
            sub.body.state.modified();
        }
    }
}

/// A value set once and, rarely, replaced (bases and MRO): readers get a plain
/// reference, so a replaced value is leaked rather than freed under a reader.
struct Published<T>(AtomicPtr<T>);

impl<T> Published<T> {
    const fn new() -> Self {
        Published(AtomicPtr::new(std::ptr::null_mut()))
    }

    fn get(&self) -> Option<&T> {
        let p = self.0.load(Ordering::Acquire);
        // SAFETY: a non-null pointer came from `Box::into_raw` and is never freed while
        // the cell lives (replaced values are leaked).
        (!p.is_null()).then(|| unsafe { &*p })
    }

    fn get_or_init(&self, init: impl FnOnce() -> T) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let fresh = Box::into_raw(Box::new(init()));
        match self.0.compare_exchange(std::ptr::null_mut(), fresh, Ordering::AcqRel, Ordering::Acquire) {
            // SAFETY: `fresh` was just published and is never freed while the cell lives.
            Ok(_) => unsafe { &*fresh },
            Err(current) => {
                // SAFETY: `fresh` lost the race and was never shared; `current` is
                // published and lives as long as the cell.
                unsafe {
                    drop(Box::from_raw(fresh));
                    &*current
                }
            }
        }
    }

    /// Publishes `v`; the old value is leaked (a reader may still hold it).
    fn replace(&self, v: T) {
        self.0.swap(Box::into_raw(Box::new(v)), Ordering::AcqRel);
    }
}

impl<T> Drop for Published<T> {
    fn drop(&mut self) {
        let p = *self.0.get_mut();
        if !p.is_null() {
            // SAFETY: the pointer came from `Box::into_raw`; `&mut self` means no reader.
            drop(unsafe { Box::from_raw(p) });
        }
    }
}

fn cell_or_init(cell: &Mutex<Option<Value>>, init: impl FnOnce() -> Value) -> Value {
    let mut guard = cell.lock().unwrap_or_else(PoisonError::into_inner);
    guard.get_or_insert_with(init).clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_fresh_and_dropped_on_modification() {
        let s = TypeState::heap();
        assert_eq!(s.version(), 0);
        let a = s.version_or_assign();
        assert_ne!(a, 0);
        assert_eq!(s.version_or_assign(), a);
        s.modified();
        assert_eq!(s.version(), 0);
        let b = s.version_or_assign();
        assert!(b != 0 && b != a);
    }

    #[test]
    fn a_type_that_keeps_changing_stops_being_tagged() {
        let s = TypeState::heap();
        for _ in 0..MAX_VERSIONS_PER_TYPE {
            assert_ne!(s.version_or_assign(), 0);
            s.modified();
        }
        assert_eq!(s.version_or_assign(), 0);
    }

    #[test]
    fn published_values_are_set_once_and_replaced_without_freeing_the_old_one() {
        let cell: Published<Vec<u32>> = Published::new();
        assert!(cell.get().is_none());
        let first = cell.get_or_init(|| vec![1, 2]);
        // A second init loses: the first value stays.
        assert_eq!(cell.get_or_init(|| vec![9]), &vec![1, 2]);
        cell.replace(vec![3]);
        assert_eq!(cell.get(), Some(&vec![3]));
        // A reference taken before the replacement still reads the old value.
        assert_eq!(first, &vec![1, 2]);
    }
}
