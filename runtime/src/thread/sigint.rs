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

/// The OS thread that runs the main Python thread (`pthread_t`, 0 for none): set by
/// [`install`], cleared by [`program_finished`] before that thread ends.
static MAIN_OS_THREAD: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

extern "C" fn on_sigint(signum: libc::c_int) {
    // Only an atomic read-modify-write: async-signal-safe.
    if let Some(state) = MAIN_THREAD.get() {
        state.request(BREAK_INTERRUPT);
    }
    // The kernel may deliver the signal to any thread (the process's first thread waits
    // for the interpreter thread). Forward it to the interpreter thread so that a
    // blocking call there returns EINTR at once; there the handler only sets the flag.
    let main = MAIN_OS_THREAD.load(std::sync::atomic::Ordering::Acquire) as libc::pthread_t;
    if main != 0 {
        // SAFETY: pthread_self and pthread_kill are async-signal-safe; `main` is a
        // thread of this process that lives as long as the program runs.
        unsafe {
            if libc::pthread_equal(libc::pthread_self(), main) == 0 {
                libc::pthread_kill(main, signum);
            }
        }
    }
}

/// Routes SIGINT to `state` (the main thread's state), which the calling OS thread
/// runs. Only the first call installs.
pub fn install(state: Arc<ThreadState>) {
    if MAIN_THREAD.set(state).is_err() {
        return;
    }
    // SAFETY: pthread_self has no preconditions.
    MAIN_OS_THREAD.store(unsafe { libc::pthread_self() } as u64, std::sync::atomic::Ordering::Release);
    let handler: extern "C" fn(libc::c_int) = on_sigint;
    // Without SA_RESTART, as CPython installs it: a blocking call (a read of a pipe or a
    // terminal, a sleep) returns EINTR, and its wrapper raises the interrupt at once.
    // SAFETY: sa is plain old data, fully initialised before sigaction reads it; the
    // handler only performs an atomic update.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = handler as libc::sighandler_t;
        sa.sa_flags = 0;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(libc::SIGINT, &sa, std::ptr::null_mut());
    }
}

/// The program's thread is about to end: Ctrl-C is no longer forwarded to it.
pub fn program_finished() {
    MAIN_OS_THREAD.store(0, std::sync::atomic::Ordering::Release);
}

/// Takes a pending Ctrl-C (true if there was one), for blocking calls that return
/// early with EINTR and must raise `KeyboardInterrupt` instead of carrying on. Only the
/// main thread receives Ctrl-C, so only its calls take it.
pub fn take_interrupt() -> bool {
    MAIN_THREAD.get().is_some_and(|s| {
        s.eval_breaker.load(std::sync::atomic::Ordering::Relaxed) & BREAK_INTERRUPT != 0
            && s.eval_breaker.fetch_and(!BREAK_INTERRUPT, std::sync::atomic::Ordering::AcqRel) & BREAK_INTERRUPT != 0
    })
}

/// `KeyboardInterrupt` if Ctrl-C is pending (see [`take_interrupt`]).
pub fn check_interrupt() -> crate::error::PyResult<()> {
    if take_interrupt() {
        return Err(crate::error::PyErr::bare(&crate::builtins::exceptions::KEYBOARD_INTERRUPT));
    }
    Ok(())
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
