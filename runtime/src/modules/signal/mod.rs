//! The native `_signal` module: Python handlers for signals, run in the main thread.
//!
//! The delivery itself (the C handler, the pending bits, the table of Python handlers,
//! running them at safepoints) is `thread/signals.rs`; this module is the Python face
//! of it: `signal`/`getsignal` edit the table and the OS disposition, `raise_signal`,
//! `pause` and `pthread_kill` run the handlers before they return (as CPython's
//! `PyErr_CheckSignals`), and `timers.rs` has `alarm`, `setitimer` and `getitimer`.
//!
//! The constants here are plain ints; `runtime/lib/signal.py` (what `import signal`
//! loads, as CPython's own `signal.py` wraps its `_signal`) turns them into the
//! `Signals`/`Handlers` IntEnums.

mod timers;

use std::cell::RefCell;

use crate::builtins::int::{as_int, new_int, not_an_integer};
use crate::builtins::singletons::none;
use crate::builtins::str::new_str;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::modules::module_set;
use crate::object::Value;
use crate::thread::signals::{self, Handler, NSIG};

thread_local! {
    /// `signal.default_int_handler`, one object for the module's lifetime (what
    /// `getsignal(SIGINT)` returns while the default handler is installed).
    static DEFAULT_INT_HANDLER: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// `SIG_DFL` and `SIG_IGN`.
const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

/// The signal names and numbers of this platform, in CPython's order of definition.
const SIGNALS: &[(&str, libc::c_int)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGIOT", libc::SIGIOT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGSTKFLT", libc::SIGSTKFLT),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGPOLL", libc::SIGPOLL),
    ("SIGPWR", libc::SIGPWR),
    ("SIGSYS", libc::SIGSYS),
];

/// Builds the module.
pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = super::make_module(
        "_signal",
        &[
            ("signal", signal),
            ("getsignal", getsignal),
            ("default_int_handler", default_int_handler),
            ("raise_signal", raise_signal),
            ("strsignal", strsignal),
            ("valid_signals", valid_signals),
            ("pause", pause),
            ("pthread_kill", pthread_kill),
            ("alarm", timers::alarm),
            ("setitimer", timers::setitimer),
            ("getitimer", timers::getitimer),
        ],
    );
    let handler = crate::builtins::module::as_module(&m)
        .and_then(|md| crate::builtins::dict::as_dict(&md.dict))
        .and_then(|d| d.get_str("default_int_handler"));
    DEFAULT_INT_HANDLER.with(|d| *d.borrow_mut() = handler);
    for (name, n) in SIGNALS {
        module_set(&m, name, new_int(i64::from(*n)));
    }
    module_set(&m, "SIGRTMIN", new_int(i64::from(libc::SIGRTMIN())));
    module_set(&m, "SIGRTMAX", new_int(i64::from(libc::SIGRTMAX())));
    module_set(&m, "NSIG", new_int(NSIG as i64));
    module_set(&m, "SIG_DFL", new_int(SIG_DFL));
    module_set(&m, "SIG_IGN", new_int(SIG_IGN));
    timers::add_constants(&m);
    Ok(m)
}

/// A signal number argument: an int in 1..NSIG, with CPython's errors.
fn signum(v: &Value) -> PyResult<i32> {
    let i = as_int(v).ok_or_else(|| not_an_integer(v))?;
    let n = i.to_i64().filter(|n| i32::try_from(*n).is_ok()).ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C int"))?;
    if n < 1 || n >= NSIG as i64 {
        return Err(PyErr::value_error("signal number out of range"));
    }
    Ok(n as i32)
}

fn exactly(name: &str, args: &[Value], kw: &[Value], n: usize) -> PyResult<()> {
    crate::modules::args::no_keywords(name, kw)?;
    if args.len() != n {
        let what = if n == 1 { "argument" } else { "arguments" };
        return Err(PyErr::type_error(format!("{name} expected {n} {what}, got {}", args.len())));
    }
    Ok(())
}

fn default_handler_object() -> Value {
    DEFAULT_INT_HANDLER.with(|d| d.borrow().clone()).unwrap_or_else(none)
}

/// What `getsignal(n)` returns.
fn current_handler(n: i32) -> Value {
    match signals::handler(n) {
        Some(Handler::Python(f)) => f,
        Some(Handler::IntDefault) => default_handler_object(),
        None => match signals::os_disposition(n) {
            Some(libc::SIG_DFL) => new_int(SIG_DFL),
            Some(libc::SIG_IGN) => new_int(SIG_IGN),
            _ => none(),
        },
    }
}

/// `signal.signal(signalnum, handler)`: installs `handler` and returns the old one.
fn signal(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exactly("signal", args, kw, 2)?;
    let n = signum(&args[0])?;
    let h = &args[1];
    let old = current_handler(n);
    let as_number = as_int(h).and_then(|i| i.to_i64());
    let result = match as_number {
        Some(SIG_DFL) => signals::set_os_disposition(n, libc::SIG_DFL),
        Some(SIG_IGN) => signals::set_os_disposition(n, libc::SIG_IGN),
        _ if as_number.is_none() && crate::ops::callable(h) => {
            let handler = if h.is(&default_handler_object()) { Handler::IntDefault } else { Handler::Python(h.clone()) };
            signals::set_handler(n, Some(handler))
        }
        _ => return Err(PyErr::type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")),
    };
    result.map_err(|e| crate::builtins::io::errno::from_errno(e, None))?;
    // A signal may have arrived meanwhile (CPython checks here too).
    signals::run_handlers(vm)?;
    Ok(old)
}

/// `signal.getsignal(signalnum)`: the Python handler, `SIG_DFL`, `SIG_IGN`, or None
/// for a handler not installed from Python.
fn getsignal(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::args::no_keywords("getsignal", kw)?;
    let [v] = args else {
        return Err(PyErr::type_error(format!("getsignal() takes exactly one argument ({} given)", args.len())));
    };
    Ok(current_handler(signum(v)?))
}

/// `signal.default_int_handler(signalnum, frame)`: raises `KeyboardInterrupt`.
fn default_int_handler(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exactly("default_int_handler", args, kw, 2)?;
    Err(PyErr::bare(&crate::builtins::exceptions::KEYBOARD_INTERRUPT))
}

/// `signal.raise_signal(signalnum)`: sends the signal to this thread; its handler runs
/// before the call returns.
fn raise_signal(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::args::no_keywords("raise_signal", kw)?;
    let [v] = args else {
        return Err(PyErr::type_error(format!("raise_signal() takes exactly one argument ({} given)", args.len())));
    };
    let i = as_int(v).ok_or_else(|| not_an_integer(v))?;
    let n = i.to_i64().and_then(|n| i32::try_from(n).ok()).ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C int"))?;
    // SAFETY: raise(3) has no memory preconditions; an invalid number fails with EINVAL.
    if unsafe { libc::raise(n) } != 0 {
        return Err(crate::builtins::io::errno::last_os_error(None));
    }
    signals::run_handlers(vm)?;
    Ok(none())
}

/// `signal.strsignal(signalnum)`: the system's description, None if it has none.
fn strsignal(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::args::no_keywords("strsignal", kw)?;
    let [v] = args else {
        return Err(PyErr::type_error(format!("strsignal() takes exactly one argument ({} given)", args.len())));
    };
    let n = signum(v)?;
    // SAFETY: strsignal returns a NUL-terminated string (or null) valid until the next
    // call; it is copied at once, on the one thread that calls it.
    let text = unsafe {
        let p = libc::strsignal(n);
        (!p.is_null()).then(|| std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned())
    };
    Ok(match text {
        Some(t) if !t.starts_with("Unknown signal") && !t.starts_with("Real-time signal") || n >= libc::SIGRTMIN() => new_str(&t),
        _ => none(),
    })
}

/// `signal.valid_signals()`: the set of signal numbers this platform accepts.
fn valid_signals(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exactly("valid_signals", args, kw, 0)?;
    // SAFETY: set is plain old data initialised by sigfillset before it is read.
    let set = unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        set
    };
    // SAFETY: sigismember only reads the initialised set.
    let items = (1..NSIG as i32).filter(|&n| unsafe { libc::sigismember(&set, n) } == 1).map(|n| new_int(i64::from(n))).collect();
    crate::builtins::set::set_from_values(vm, items)
}

/// `signal.pause()`: sleeps until a signal arrives, then runs its handler.
fn pause(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exactly("pause", args, kw, 0)?;
    // SAFETY: pause(2) has no preconditions; it returns when a signal handler ran.
    unsafe { libc::pause() };
    signals::run_handlers(vm)?;
    Ok(none())
}

/// `signal.pthread_kill(thread_id, signalnum)`: sends a signal to a thread of this
/// process. braid runs Python code in one thread, whose id is the only one accepted
/// (any other is `ProcessLookupError`, where CPython could crash on an unknown id).
fn pthread_kill(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exactly("pthread_kill", args, kw, 2)?;
    let id = as_int(&args[0]).ok_or_else(|| not_an_integer(&args[0]))?.to_big();
    let n = as_int(&args[1]).ok_or_else(|| not_an_integer(&args[1]))?;
    let n = n.to_i64().and_then(|n| i32::try_from(n).ok()).ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C int"))?;
    let target = signals::main_os_thread().filter(|t| id == num_bigint::BigInt::from(*t));
    let Some(t) = target else {
        return Err(crate::builtins::io::errno::from_errno(libc::ESRCH, None));
    };
    // SAFETY: `t` is the interpreter thread, alive while this code runs on it.
    let rc = unsafe { libc::pthread_kill(t as libc::pthread_t, n) };
    if rc != 0 {
        return Err(crate::builtins::io::errno::from_errno(rc, None));
    }
    signals::run_handlers(vm)?;
    Ok(none())
}
