//! The largest single allocation a Python program may ask for.
//!
//! Sizes a program chooses (repetition, padding, `bytes(n)`, `int.to_bytes`, widths in a
//! format spec) are checked here before anything is allocated, so an impossible request
//! raises MemoryError at once instead of aborting the process or filling memory. It lives
//! in this leaf crate because the text and number algorithms size their own buffers.

/// True when a single allocation of `bytes` cannot be satisfied: it exceeds the
/// machine's RAM plus swap.
///
/// CPython asks the C library for large blocks, whose `mmap` the kernel refuses at once
/// under Linux's default overcommit heuristic when one request exceeds RAM plus swap, so
/// `bytes(10**12)` raises MemoryError. mimalloc reserves address space without that
/// accounting (`MAP_NORESERVE`), so the same request would succeed here and the process
/// would then be killed while filling it. Every size a Python program chooses (repetition,
/// padding, `bytes(n)`, `int.to_bytes`...) is checked against this bound first.
pub fn too_big(bytes: usize) -> bool {
    bytes > alloc_limit()
}

/// RAM plus swap in bytes (read once); `usize::MAX` when unknown.
fn alloc_limit() -> usize {
    static LIMIT: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *LIMIT.get_or_init(|| {
        // SAFETY: `sysinfo` only writes the struct it is given.
        let mut info: libc::sysinfo = unsafe { std::mem::zeroed() };
        // SAFETY: `info` is a valid, writable sysinfo struct.
        if unsafe { libc::sysinfo(&mut info) } != 0 {
            return usize::MAX;
        }
        let unit = u64::from(info.mem_unit.max(1));
        let total = (info.totalram as u64).saturating_add(info.totalswap as u64).saturating_mul(unit);
        usize::try_from(total).unwrap_or(usize::MAX)
    })
}

/// An empty vector with room for exactly `n` items, or `None` when that much memory
/// cannot exist (see [`too_big`]) or the allocator refuses it.
pub fn try_vec<T>(n: usize) -> Option<Vec<T>> {
    if too_big(n.saturating_mul(std::mem::size_of::<T>())) {
        return None;
    }
    let mut v = Vec::new();
    v.try_reserve_exact(n).ok()?;
    Some(v)
}
