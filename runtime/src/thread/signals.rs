//! Signals as CPython delivers them: the C handler only records, Python code runs later
//! in the main thread.
//!
//! The handler that the kernel calls ([`on_signal`]) does two async-signal-safe things:
//! it sets the signal's bit in [`PENDING`] and sets `BREAK_INTERRUPT` in the main
//! thread's safepoint word (and forwards the signal to the interpreter thread, so that a
//! blocking call there returns EINTR). The interpreter then calls [`run_handlers`] at its
//! next safepoint (function entry, loop back-edge, return from a native call, program
//! end), which runs each pending signal's Python handler with `(signum, frame)`. An
//! exception a handler raises propagates from the point the program was at.
//!
//! What a signal does is recorded per signal in [`HANDLERS`], a table of the main thread
//! (only the main thread installs handlers and runs them, as in CPython). SIGINT starts
//! with [`Handler::IntDefault`], CPython's `default_int_handler`, which raises
//! `KeyboardInterrupt`; it needs no Python object, so blocking calls and long native
//! operations, which have no interpreter at hand, can raise it themselves
//! ([`check_interrupt`], [`check_blocking`]).

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;
use crate::thread::state::{ThreadState, BREAK_INTERRUPT};

/// One more than the largest signal number (`signal.NSIG` on Linux).
pub const NSIG: usize = 65;

/// Signals that arrived and whose handler has not run yet.
static PENDING: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];

/// The thread whose safepoints run the handlers (the main thread). Kept alive here for
/// as long as the C handler may run.
static MAIN_THREAD: OnceLock<Arc<ThreadState>> = OnceLock::new();

/// The OS thread that runs the main Python thread (`pthread_t`, 0 for none).
static MAIN_OS_THREAD: AtomicU64 = AtomicU64::new(0);

/// What the program asked a signal to do.
#[derive(Clone)]
pub enum Handler {
    /// `signal.default_int_handler` as installed at startup: raise `KeyboardInterrupt`.
    IntDefault,
    /// A Python callable, called with `(signum, frame)`.
    Python(Value),
}

thread_local! {
    /// The Python-level handlers of the main thread, by signal number (None: whatever
    /// the OS disposition is, `SIG_DFL` or `SIG_IGN`).
    static HANDLERS: RefCell<Vec<Option<Handler>>> = RefCell::new(vec![None; NSIG]);
}

/// Signals forwarded to the interpreter thread (see [`on_signal`]).
static FORWARDED: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];

extern "C" fn on_signal(signum: libc::c_int) {
    // Only atomic stores and read-modify-writes and pthread calls: async-signal-safe.
    let Some(i) = usize::try_from(signum).ok().filter(|&i| i < NSIG) else {
        return;
    };
    let main = MAIN_OS_THREAD.load(Ordering::Acquire) as libc::pthread_t;
    // SAFETY: pthread_self and pthread_equal are async-signal-safe.
    let on_main = main != 0 && unsafe { libc::pthread_equal(libc::pthread_self(), main) } != 0;
    if on_main && FORWARDED[i].swap(false, Ordering::AcqRel) {
        // The copy forwarded below: the signal is already recorded (and its handler may
        // even have run); it only had to interrupt a blocking call.
        return;
    }
    PENDING[i].store(true, Ordering::Release);
    if let Some(state) = MAIN_THREAD.get() {
        state.request(BREAK_INTERRUPT);
    }
    // The kernel may deliver a process signal to any thread (the process's first thread
    // waits for the interpreter thread). Forward it to the interpreter thread so that a
    // blocking call there returns EINTR at once.
    if main != 0 && !on_main {
        FORWARDED[i].store(true, Ordering::Release);
        // SAFETY: pthread_kill is async-signal-safe; `main` is a thread of this process
        // that lives as long as the program runs.
        unsafe { libc::pthread_kill(main, signum) };
    }
}

/// Makes the calling thread (which runs `state`) the one that runs signal handlers,
/// and installs `default_int_handler` for SIGINT unless SIGINT is ignored (as CPython
/// does at startup). Only the first call does anything.
pub fn install_main(state: Arc<ThreadState>) {
    if MAIN_THREAD.set(state).is_err() {
        return;
    }
    // SAFETY: pthread_self has no preconditions.
    MAIN_OS_THREAD.store(unsafe { libc::pthread_self() } as u64, Ordering::Release);
    crate::numeric::interrupt::set_check(take_interrupt);
    if os_disposition(libc::SIGINT) != Some(libc::SIG_IGN) {
        let _ = set_handler(libc::SIGINT, Some(Handler::IntDefault));
    }
}

/// The program's thread is about to end: signals are no longer forwarded to it.
pub fn main_finished() {
    MAIN_OS_THREAD.store(0, Ordering::Release);
}

/// The OS thread (`pthread_t`) that runs the main Python thread, if it still runs.
pub fn main_os_thread() -> Option<u64> {
    Some(MAIN_OS_THREAD.load(Ordering::Acquire)).filter(|&t| t != 0)
}

/// The current OS disposition of `signum` (`SIG_DFL`, `SIG_IGN` or a handler address).
pub fn os_disposition(signum: i32) -> Option<libc::sighandler_t> {
    // SAFETY: sigaction with a null new action only reads the disposition into `old`,
    // plain old data owned by this frame.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        (libc::sigaction(signum, std::ptr::null(), &mut old) == 0).then_some(old.sa_sigaction)
    }
}

/// Sets what `signum` does: a Python-level handler (`Some`), or the OS disposition
/// `SIG_DFL`/`SIG_IGN` given as `None` plus [`set_os_disposition`]. Returns the errno
/// of a failed `sigaction`.
pub fn set_handler(signum: i32, handler: Option<Handler>) -> Result<(), i32> {
    if handler.is_some() {
        let f: extern "C" fn(libc::c_int) = on_signal;
        set_os_disposition(signum, f as libc::sighandler_t)?;
    }
    HANDLERS.with(|h| h.borrow_mut()[signum as usize] = handler);
    Ok(())
}

/// `sigaction(signum, disposition)` without SA_RESTART, as CPython installs handlers:
/// a blocking call returns EINTR and its wrapper runs the handler at once.
pub fn set_os_disposition(signum: i32, disposition: libc::sighandler_t) -> Result<(), i32> {
    // SAFETY: sa is plain old data, fully initialised before sigaction reads it; the
    // handler, if any, is `on_signal`, which only performs atomic updates.
    let rc = unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = disposition;
        sa.sa_flags = libc::SA_ONSTACK;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(signum, &sa, std::ptr::null_mut())
    };
    if rc != 0 {
        return Err(crate::builtins::io::errno::errno());
    }
    if disposition == libc::SIG_DFL || disposition == libc::SIG_IGN {
        HANDLERS.with(|h| h.borrow_mut()[signum as usize] = None);
    }
    Ok(())
}

/// The Python-level handler of `signum`, if one is installed.
pub fn handler(signum: i32) -> Option<Handler> {
    HANDLERS.with(|h| h.borrow().get(signum as usize).cloned().flatten())
}

/// Records `signum` as arrived, as the C handler does (tests and `raise_signal`'s
/// fallback use it).
pub fn simulate(signum: i32) {
    on_signal(signum);
}

/// True if a signal whose Python handler has not run yet arrived.
pub fn any_pending() -> bool {
    PENDING.iter().any(|p| p.load(Ordering::Relaxed))
}

/// Takes a pending SIGINT whose handler is the default one (true if there was one): for
/// code without an interpreter at hand that must raise `KeyboardInterrupt` itself.
pub fn take_interrupt() -> bool {
    PENDING[libc::SIGINT as usize].load(Ordering::Relaxed)
        && matches!(handler(libc::SIGINT), Some(Handler::IntDefault))
        && PENDING[libc::SIGINT as usize].swap(false, Ordering::AcqRel)
}

fn keyboard_interrupt() -> PyErr {
    PyErr::bare(&crate::builtins::exceptions::KEYBOARD_INTERRUPT)
}

/// `KeyboardInterrupt` if Ctrl-C is pending and handled by default: the periodic check
/// of long native operations (big-int arithmetic, huge repeats and sorts). Other
/// signals' handlers run at the next safepoint, when the operation has finished.
pub fn check_interrupt() -> PyResult<()> {
    if take_interrupt() {
        return Err(keyboard_interrupt());
    }
    Ok(())
}

/// What a blocking call that returned EINTR does: `KeyboardInterrupt` for a default
/// Ctrl-C; `InterruptedError` if another signal with a Python handler is pending (the
/// interpreter runs the handler when the error reaches it, and the handler's exception,
/// if any, replaces it); Ok to retry the call otherwise.
pub fn check_blocking() -> PyResult<()> {
    check_interrupt()?;
    if any_pending() {
        return Err(crate::builtins::exceptions::os_error_with(
            &crate::builtins::exceptions::INTERRUPTED_ERROR,
            libc::EINTR,
            &crate::builtins::io::errno::strerror(libc::EINTR),
            None,
        ));
    }
    Ok(())
}

/// Runs the Python handlers of the pending signals, lowest number first, in the main
/// thread (CPython's `PyErr_CheckSignals`). The first exception a handler raises is
/// returned; signals still pending then run at the next safepoint.
pub fn run_handlers(vm: &mut Vm) -> PyResult<()> {
    if !MAIN_THREAD.get().is_some_and(|s| std::ptr::eq(Arc::as_ptr(s), Arc::as_ptr(&vm.tstate))) {
        return Ok(());
    }
    for (signum, pending) in PENDING.iter().enumerate().skip(1) {
        if !pending.load(Ordering::Relaxed) || !pending.swap(false, Ordering::AcqRel) {
            continue;
        }
        let result = match handler(signum as i32) {
            Some(Handler::IntDefault) => Err(keyboard_interrupt()),
            Some(Handler::Python(f)) => {
                let frame = match vm.frames.len() {
                    0 => crate::builtins::singletons::none(),
                    n => crate::builtins::frame_obj::live_frame(vm, n - 1),
                };
                let args = [crate::builtins::int::new_int(signum as i64), frame];
                crate::ops::call(vm, &f, &args, &[]).map(drop)
            }
            // The disposition changed after the signal arrived.
            None => Ok(()),
        };
        if let Err(e) = result {
            if any_pending() {
                vm.tstate.request(BREAK_INTERRUPT);
            }
            return Err(e);
        }
    }
    Ok(())
}

/// PEP 475 for a read: runs `op`, and when a signal with a Python handler interrupted it
/// (the `InterruptedError` of [`check_blocking`]), runs the handlers here, outside the
/// file's lock (the first exception one raises ends the read), then runs `op` again.
/// `op` must keep what it read before the interruption (in its object's buffer, or in
/// state it captures), so the retry resumes the read rather than repeating it.
pub fn retry_interrupted<T>(vm: &mut Vm, mut op: impl FnMut(&mut Vm) -> PyResult<T>) -> PyResult<T> {
    loop {
        match op(vm) {
            Err(e) if e.matches(&crate::builtins::exceptions::INTERRUPTED_ERROR) && any_pending() => {
                run_handlers(vm)?;
            }
            r => return r,
        }
    }
}

/// Whether `err` is the `InterruptedError` of [`check_blocking`] with handlers to run:
/// runs them and returns the exception one of them raised, or `err` itself.
pub fn after_interrupted_call(vm: &mut Vm, err: PyErr) -> PyErr {
    if !err.matches(&crate::builtins::exceptions::INTERRUPTED_ERROR) || !any_pending() {
        return err;
    }
    match run_handlers(vm) {
        Err(e) => e,
        Ok(()) => err,
    }
}
