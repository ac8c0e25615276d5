//! The poll that long computations make, so that Ctrl-C can stop them.
//!
//! This crate sits below the interpreter and knows nothing of signals: the runtime
//! registers, once, a function that says whether the computation must stop (a pending
//! `KeyboardInterrupt`); loops that can run for seconds (big-int powers) call
//! [`interrupted`] between steps and fail with [`ErrorKind::Interrupted`]. Without a
//! registered function nothing is ever interrupted.
//!
//! [`ErrorKind::Interrupted`]: super::ErrorKind::Interrupted

use std::sync::OnceLock;

static CHECK: OnceLock<fn() -> bool> = OnceLock::new();

/// Registers the poll (only the first registration counts).
pub fn set_check(f: fn() -> bool) {
    let _ = CHECK.set(f);
}

/// True if the running computation must stop; the poll takes the request, so the
/// caller must report it (as an `Interrupted` error).
#[inline]
pub fn interrupted() -> bool {
    CHECK.get().is_some_and(|f| f())
}
