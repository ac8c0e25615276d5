//! Per-instruction inline caches: one atomic word per instruction, next to the bytecode.
//!
//! Several threads may run the same code object, so an entry must never be seen half
//! written. Each entry is therefore exactly one word, stored with Release and loaded with
//! Acquire; a lost or overwritten entry is only a miss.
//!
//! - Globals (`LoadGlobal`): the word packs everything: the entry index, a builtins flag
//!   and, for a builtin, the low 43 bits of the globals dict's keys version (see
//!   [`GlobalHit`]). The index is checked against the key stored there on every hit, so
//!   the version is only needed to know that the name is still absent from the globals.
//! - Attributes (`LoadAttr`, `LoadMethod`): the word is a pointer to an immutable
//!   [`AttrEntry`] holding the type version tag it was made for and what the name
//!   resolved to. A hit loads the pointer, compares the entry's tag with the object's
//!   type's tag, and uses the entry. Tags are unique per type state (`object::type_state`),
//!   so the tag alone identifies the type.
//!
//! Reclamation: attribute entries are interned per (version tag, name) and immortal. A
//! reader may hold an entry while another thread replaces the word, so an entry could
//! only be freed once no thread can still be reading it; making them immortal avoids
//! the question. The number of entries is bounded by the distinct (tag, name) pairs
//! looked up: built-in types never change their tag, and a heap type takes at most
//! `MAX_VERSIONS_PER_TYPE` tags. (When heap types become collectable, their entries
//! should go with them through the same per-type list: a known follow-up.)

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock, PoisonError};

use crate::builtins::attr_lookup::Resolution;
use crate::object::{TypeObject, Value};

/// One cache word per instruction.
pub struct InlineCaches(Box<[AtomicU64]>);

impl InlineCaches {
    /// Empty caches for `n` instructions.
    pub fn new(n: usize) -> InlineCaches {
        InlineCaches((0..n).map(|_| AtomicU64::new(0)).collect())
    }

    /// The globals cache of instruction `pc`.
    #[inline(always)]
    pub fn global(&self, pc: usize) -> GlobalHit {
        GlobalHit(self.0[pc].load(Ordering::Acquire))
    }

    /// Records where a global was found.
    #[inline]
    pub fn set_global(&self, pc: usize, hit: GlobalHit) {
        self.0[pc].store(hit.0, Ordering::Release);
    }

    /// The attribute entry of instruction `pc`, if one was published.
    #[inline(always)]
    pub fn attr(&self, pc: usize) -> Option<&'static AttrEntry> {
        let p = self.0[pc].load(Ordering::Acquire) as usize as *const AttrEntry;
        // SAFETY: the word is 0 or a pointer published by `set_attr` to an immortal
        // entry; Acquire pairs with its Release store, so the entry's fields are visible.
        unsafe { p.as_ref() }
    }

    /// Publishes an attribute entry for instruction `pc`.
    #[inline]
    pub fn set_attr(&self, pc: usize, e: &'static AttrEntry) {
        self.0[pc].store(e as *const AttrEntry as usize as u64, Ordering::Release);
    }

    /// Number of instructions covered.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True for code with no instructions.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Bit set when the cached name was found in the builtins.
const BUILTIN_FLAG: u64 = 1 << 20;
/// Entry indices below this fit in the word.
pub const GLOBAL_INDEX_LIMIT: usize = 1 << 20;
const INDEX_MASK: u64 = BUILTIN_FLAG - 1;
const VERSION_SHIFT: u32 = 21;
const VERSION_MASK: u64 = (1 << (64 - VERSION_SHIFT)) - 1;

/// A globals cache word: `version:43 | builtin:1 | index:20`, 0 when empty. A globals
/// hit keeps index only (the key at that index is verified on use); a builtins hit also
/// keeps the globals keys version (truncated to 43 bits: a stale hit needs 2^43 key-set
/// changes between fill and use, and still finds the right key in the builtins).
#[derive(Clone, Copy)]
pub struct GlobalHit(u64);

impl GlobalHit {
    /// Found in the globals at `index` (below [`GLOBAL_INDEX_LIMIT`]).
    pub fn globals(index: usize) -> GlobalHit {
        // The +1 keeps the word non-zero for index 0.
        GlobalHit(index as u64 + 1)
    }

    /// Found in the builtins at `index`, while the globals had keys version `gver`.
    pub fn builtins(index: usize, gver: u64) -> GlobalHit {
        GlobalHit(((gver & VERSION_MASK) << VERSION_SHIFT) | BUILTIN_FLAG | index as u64)
    }

    /// Nothing cached.
    #[inline(always)]
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// `Some(index)` for a globals hit.
    #[inline(always)]
    pub fn globals_index(self) -> Option<usize> {
        (self.0 & BUILTIN_FLAG == 0 && self.0 != 0).then(|| (self.0 - 1) as usize)
    }

    /// `Some(index)` for a builtins hit made while the globals had keys version `gver`.
    #[inline(always)]
    pub fn builtins_index(self, gver: u64) -> Option<usize> {
        (self.0 & BUILTIN_FLAG != 0 && (self.0 >> VERSION_SHIFT) == (gver & VERSION_MASK)).then_some((self.0 & INDEX_MASK) as usize)
    }
}

/// What one name resolved to on one type version (see the module docs).
pub struct AttrEntry {
    /// The type version tag this entry is valid for (never 0).
    pub version: u32,
    /// The resolution.
    pub kind: Resolution,
}

type EntryTable = Mutex<HashMap<u32, HashMap<Box<str>, Option<&'static AttrEntry>>>>;

fn entries() -> &'static EntryTable {
    static TABLE: OnceLock<EntryTable> = OnceLock::new();
    TABLE.get_or_init(Default::default)
}

fn immortal(v: Value) -> Value {
    if let Some(h) = v.header() {
        h.make_immortal();
    }
    v
}

/// The interned entry for a shape-specific resolution (`Resolution::Field` /
/// `AddField`) of a name at tag `version`; `key` names the name, the shapes and the
/// kind, so equal keys are equal resolutions.
pub fn shape_entry(version: u32, key: String, kind: Resolution) -> &'static AttrEntry {
    debug_assert_ne!(version, 0);
    let mut table = entries().lock().unwrap_or_else(PoisonError::into_inner);
    let per_version = table.entry(version).or_default();
    if let Some(Some(found)) = per_version.get(key.as_str()) {
        return found;
    }
    let made: &'static AttrEntry = Box::leak(Box::new(AttrEntry { version, kind }));
    per_version.insert(key.into(), Some(made));
    made
}

/// The interned entry for `name` on `ty` at tag `version` (read before the lookup, so a
/// racing change leaves a stale tag, never stale contents under a fresh tag), or `None`
/// when the name must be looked up every time.
pub fn attr_entry(version: u32, ty: &'static TypeObject, name: &str) -> Option<&'static AttrEntry> {
    debug_assert_ne!(version, 0);
    let mut table = entries().lock().unwrap_or_else(PoisonError::into_inner);
    let per_version = table.entry(version).or_default();
    if let Some(found) = per_version.get(name) {
        return *found;
    }
    let made = crate::builtins::attr_lookup::resolve_for_cache(ty, name).map(|kind| {
        let kind = match kind {
            Resolution::Method { descr, func, check_instance } => {
                Resolution::Method { descr: immortal(descr), func: immortal(func), check_instance }
            }
            other => other,
        };
        &*Box::leak(Box::new(AttrEntry { version, kind }))
    });
    per_version.insert(name.into(), made);
    made
}
