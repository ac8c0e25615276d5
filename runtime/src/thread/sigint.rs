//! SIGINT as CPython handles it: Ctrl-C marks SIGINT pending (`signals.rs`), the main
//! thread's next safepoint runs its handler (by default: raise `KeyboardInterrupt`),
//! and a process that ends because of an uncaught `KeyboardInterrupt` restores the default action and kills
//! itself with SIGINT, so the parent sees "terminated by SIGINT" (status 130 in a
//! shell), not an exit code.

use std::sync::Arc;

use crate::thread::state::ThreadState;

/// Routes signals to `state` (the main thread's state), which the calling OS thread
/// runs, and installs the default SIGINT handler (see `signals.rs`). Only the first
/// call installs.
pub fn install(state: Arc<ThreadState>) {
    crate::thread::signals::install_main(state);
}

/// The program's thread is about to end: signals are no longer forwarded to it.
pub fn program_finished() {
    crate::thread::signals::main_finished();
}

/// Takes a pending Ctrl-C (true if there was one) whose handler is the default one.
pub fn take_interrupt() -> bool {
    crate::thread::signals::take_interrupt()
}

/// `KeyboardInterrupt` if Ctrl-C is pending (see [`take_interrupt`]): for long native
/// operations.
pub fn check_interrupt() -> crate::error::PyResult<()> {
    crate::thread::signals::check_interrupt()
}

/// What a blocking call that returned EINTR does (see `signals::check_blocking`).
pub fn check_blocking() -> crate::error::PyResult<()> {
    crate::thread::signals::check_blocking()
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
