//! Allocator settings chosen for Python workloads.
//!
//! braid allocates through mimalloc (the global allocator, see `lib.rs`), as CPython's
//! free-threaded build does. Two of mimalloc's defaults suit long-lived servers more than
//! scripts and inflate peak RSS by up to 1.6x on list- and str-heavy programs (measured on
//! `benches/word_count.py`: 117 MB against CPython's 70 MB):
//!
//! - freed pages are purged back to the OS only after a delay (10 ms), so the old buffer of
//!   every list that doubled stays resident while the new one fills;
//! - arenas are committed eagerly, so a 1 GiB arena reservation counts as resident as soon
//!   as it is touched in large strides.
//!
//! Purging at once and committing arenas on demand brings word_count to CPython's peak RSS
//! with no measurable time cost. Users can still override both with mimalloc's own
//! `MIMALLOC_PURGE_DELAY` / `MIMALLOC_ARENA_EAGER_COMMIT` environment variables.
//!
//! [`Allocator`] is the global allocator. The `mimalloc` crate's own `GlobalAlloc` sends every
//! request through `mi_malloc_aligned`, which takes the size-class fast path only when the
//! free block it finds happens to be aligned and otherwise goes through the generic aligned
//! path; plain `mi_malloc` is the short inlined fast path (pop the size class's free list).
//! Every mimalloc block is a multiple of 8 bytes inside an aligned page, so `mi_malloc`
//! already gives 8-byte alignment: requests needing no more than that (nearly all of
//! braid's, objects included) use it; stricter alignments still go through the aligned API.

/// Applies braid's allocator settings. Call once, first thing in `main`.
pub fn configure() {
    // SAFETY: `mi_option_set` only stores an option value; it is safe to call at any
    // time and from any thread. The option ids are those of `mi_option_e` in the mimalloc
    // (v2) that the `mimalloc` crate bundles and links.
    unsafe {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            mi_option_set(MI_OPTION_PURGE_DELAY, 0);
        }
        if std::env::var_os("MIMALLOC_ARENA_EAGER_COMMIT").is_none() {
            mi_option_set(MI_OPTION_ARENA_EAGER_COMMIT, 0);
        }
    }
}

/// `mi_option_arena_eager_commit` in mimalloc.h's `mi_option_e`.
const MI_OPTION_ARENA_EAGER_COMMIT: std::ffi::c_int = 4;
/// `mi_option_purge_delay` in mimalloc.h's `mi_option_e`.
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

extern "C" {
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// Alignment every `mi_malloc` block has: size classes are multiples of the word size and
/// pages are aligned (mimalloc's `MI_INTPTR_SIZE` guarantee).
const MI_MIN_ALIGN: usize = 8;

/// The global allocator: mimalloc, with its unaligned fast path for ordinary alignments.
pub struct Allocator;

// SAFETY: every method returns memory from mimalloc with at least the requested alignment
// (checked against MI_MIN_ALIGN, else the crate's aligned calls), and frees or resizes only
// pointers that mimalloc handed out, which `mi_free`/`mi_realloc` accept whatever API
// allocated them.
unsafe impl std::alloc::GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= MI_MIN_ALIGN {
            // SAFETY: any size is accepted; the block is MI_MIN_ALIGN-aligned.
            unsafe { mi_malloc(layout.size()) as *mut u8 }
        } else {
            // SAFETY: forwarded with the caller's valid layout.
            unsafe { std::alloc::GlobalAlloc::alloc(&mimalloc::MiMalloc, layout) }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= MI_MIN_ALIGN {
            // SAFETY: as in `alloc`; the block is zero-filled.
            unsafe { mi_zalloc(layout.size()) as *mut u8 }
        } else {
            // SAFETY: forwarded with the caller's valid layout.
            unsafe { std::alloc::GlobalAlloc::alloc_zeroed(&mimalloc::MiMalloc, layout) }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        // SAFETY: `ptr` came from this allocator, i.e. from mimalloc.
        unsafe { mi_free(ptr as *mut std::ffi::c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= MI_MIN_ALIGN {
            // SAFETY: `ptr` came from mimalloc; the new block keeps MI_MIN_ALIGN alignment.
            unsafe { mi_realloc(ptr as *mut std::ffi::c_void, new_size) as *mut u8 }
        } else {
            // SAFETY: forwarded with the caller's valid arguments.
            unsafe { std::alloc::GlobalAlloc::realloc(&mimalloc::MiMalloc, ptr, layout, new_size) }
        }
    }
}

extern "C" {
    fn mi_malloc(size: usize) -> *mut std::ffi::c_void;
    fn mi_zalloc(size: usize) -> *mut std::ffi::c_void;
    fn mi_realloc(p: *mut std::ffi::c_void, newsize: usize) -> *mut std::ffi::c_void;
    fn mi_free(p: *mut std::ffi::c_void);
}

pub use braid_core::alloc_limit::{too_big, try_vec};
