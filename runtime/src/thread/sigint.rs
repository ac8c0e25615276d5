//! SIGINT as CPython handles it: Ctrl-C sets `BREAK_INTERRUPT` in the main thread's
//! state (the next safepoint raises `KeyboardInterrupt`), and a process that ends
//! because of an uncaught `KeyboardInterrupt` restores the default action and kills
//! itself with SIGINT, so the parent sees "terminated by SIGINT" (status 130 in a
//! shell), not an exit code.

use std::sync::{Arc, OnceLock};

use crate::thread::state::{ThreadState, BREAK_INTERRUPT};

/// The thread that receives Ctrl-C (the main thread, as in CPython). Kept alive here
/// for as long as the handler may run.
static MAIN_THREAD: OnceLock<Arc<ThreadState>> = OnceLock::new();

extern "C" fn on_sigint(_signum: libc::c_int) {
    // Only an atomic read-modify-write: async-signal-safe.
    if let Some(state) = MAIN_THREAD.get() {
        state.request(BREAK_INTERRUPT);
    }
}

/// Routes SIGINT to `state` (the main thread's state). Only the first call installs.
pub fn install(state: Arc<ThreadState>) {
    if MAIN_THREAD.set(state).is_err() {
        return;
    }
    let handler: extern "C" fn(libc::c_int) = on_sigint;
    // SAFETY: installing a handler that only performs an atomic update.
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
