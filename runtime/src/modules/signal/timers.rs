//! `signal.alarm`, `setitimer` and `getitimer`: the process's interval timers, whose
//! expiry is a signal (SIGALRM, SIGVTALRM, SIGPROF) handled like any other.

use crate::builtins::exceptions::{ExceptionData, EXC_SLOTS, OS_ERROR};
use crate::builtins::float::{new_float, to_f64};
use crate::builtins::int::{as_int, new_int, not_an_integer};
use crate::builtins::tuple::new_tuple;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::modules::module_set;
use crate::object::header::Header;
use crate::object::typeobj::{TypeData, TypeObject};
use crate::object::{Kind, Obj, Value};

/// `signal.ItimerError` (its class name is `itimer_error`, as in CPython): a failed `setitimer`/`getitimer`.
pub static ITIMER_ERROR: TypeObject = Obj {
    header: Header::immortal(&crate::builtins::type_::TYPE_TYPE),
    body: TypeData {
        name: "signal.itimer_error",
        kind: Kind::Exception,
        base: Some(&OS_ERROR),
        dealloc: crate::object::value::dealloc_box::<ExceptionData>,
        slots: EXC_SLOTS,
        methods: &[],
        state: crate::object::type_state::TypeState::builtin(),
    },
};

/// The timer constants and the error type.
pub fn add_constants(m: &Value) {
    module_set(m, "ITIMER_REAL", new_int(i64::from(libc::ITIMER_REAL)));
    module_set(m, "ITIMER_VIRTUAL", new_int(i64::from(libc::ITIMER_VIRTUAL)));
    module_set(m, "ITIMER_PROF", new_int(i64::from(libc::ITIMER_PROF)));
    module_set(m, "ItimerError", crate::builtins::type_::type_value(&ITIMER_ERROR));
}

fn c_int(v: &Value) -> PyResult<i32> {
    let i = as_int(v).ok_or_else(|| not_an_integer(v))?;
    i.to_i64().and_then(|n| i32::try_from(n).ok()).ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C int"))
}

/// `signal.alarm(seconds)`: SIGALRM after `seconds` (0 cancels); returns the seconds
/// the previous alarm had left.
pub fn alarm(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::args::no_keywords("alarm", kw)?;
    let [v] = args else {
        return Err(PyErr::type_error(format!("alarm() takes exactly one argument ({} given)", args.len())));
    };
    let secs = c_int(v)?;
    // SAFETY: alarm(2) has no preconditions. A negative count is taken as unsigned, as
    // CPython's C int to unsigned conversion does.
    let left = unsafe { libc::alarm(secs as libc::c_uint) };
    Ok(new_int(i64::from(left)))
}

fn seconds_to_timeval(s: f64) -> libc::timeval {
    let whole = s.trunc();
    let mut tv = libc::timeval { tv_sec: whole as libc::time_t, tv_usec: ((s - whole) * 1e6).ceil() as libc::suseconds_t };
    if tv.tv_usec >= 1_000_000 {
        tv.tv_sec += 1;
        tv.tv_usec -= 1_000_000;
    }
    tv
}

fn timeval_seconds(tv: &libc::timeval) -> f64 {
    tv.tv_sec as f64 + tv.tv_usec as f64 / 1e6
}

fn timer_tuple(t: &libc::itimerval) -> Value {
    new_tuple(vec![new_float(timeval_seconds(&t.it_value)), new_float(timeval_seconds(&t.it_interval))])
}

fn itimer_error() -> PyErr {
    let e = crate::builtins::io::errno::errno();
    crate::builtins::exceptions::os_error_with(&ITIMER_ERROR, e, &crate::builtins::io::errno::strerror(e), None)
}

fn seconds_arg(v: &Value) -> PyResult<f64> {
    to_f64(v)?.ok_or_else(|| PyErr::type_error(format!("must be real number, not {}", v.ty().body.name)))
}

/// `signal.setitimer(which, seconds, interval=0.0)`: arms timer `which`; returns the
/// old `(delay, interval)`.
pub fn setitimer(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::args::no_keywords("setitimer", kw)?;
    if !(2..=3).contains(&args.len()) {
        return Err(PyErr::type_error(format!("setitimer expected at least 2 arguments, got {}", args.len())));
    }
    let which = c_int(&args[0])?;
    let value = seconds_arg(&args[1])?;
    let interval = match args.get(2) {
        Some(v) => seconds_arg(v)?,
        None => 0.0,
    };
    let new = libc::itimerval { it_value: seconds_to_timeval(value), it_interval: seconds_to_timeval(interval) };
    // SAFETY: plain old data, written by setitimer before it is read.
    let mut old: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: `new` and `old` are valid itimervals owned by this frame.
    if unsafe { libc::setitimer(which, &new, &mut old) } != 0 {
        return Err(itimer_error());
    }
    Ok(timer_tuple(&old))
}

/// `signal.getitimer(which)`: timer `which`'s `(delay, interval)`.
pub fn getitimer(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::args::no_keywords("getitimer", kw)?;
    let [v] = args else {
        return Err(PyErr::type_error(format!("getitimer() takes exactly one argument ({} given)", args.len())));
    };
    let which = c_int(v)?;
    // SAFETY: plain old data, written by getitimer before it is read.
    let mut cur: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: `cur` is a valid itimerval owned by this frame.
    if unsafe { libc::getitimer(which, &mut cur) } != 0 {
        return Err(itimer_error());
    }
    Ok(timer_tuple(&cur))
}
