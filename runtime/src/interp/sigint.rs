//! SIGINT as CPython handles it: Ctrl-C sets the running VM's interrupt flag (the
//! next safepoint raises `KeyboardInterrupt`), and a process that ends because of an
//! uncaught `KeyboardInterrupt` restores the default action and kills itself with
//! SIGINT, so the parent sees "terminated by SIGINT" (status 130 in a shell), not an
//! exit code.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

static MAIN_INTERRUPT: OnceLock<Arc<AtomicBool>> = OnceLock::new();

extern "C" fn on_sigint(_signum: libc::c_int) {
    // Only an atomic store: async-signal-safe.
    if let Some(flag) = MAIN_INTERRUPT.get() {
        flag.store(true, Ordering::Release);
    }
}

/// Routes SIGINT to `flag` (the main VM's interrupt flag).
pub fn install(flag: Arc<AtomicBool>) {
    if MAIN_INTERRUPT.set(flag).is_err() {
        return;
    }
    let handler: extern "C" fn(libc::c_int) = on_sigint;
    // SAFETY: installing a handler that only performs an atomic store.
    unsafe {
        libc::signal(libc::SIGINT, handler as libc::sighandler_t);
    }
}

/// Ends the process the way CPython does after an uncaught KeyboardInterrupt. Returns
/// only if the signal could not terminate the process.
pub fn exit_by_sigint() {
    // SAFETY: plain libc calls on the current process.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::kill(libc::getpid(), libc::SIGINT);
    }
}
