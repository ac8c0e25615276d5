//! The `time` module: clocks and sleep here, the calendar functions (`gmtime`,
//! `strftime` ...) in [`calendar`], `strptime` in [`strptime`].

mod calendar;
mod strptime;

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::builtins::float::{new_float, to_f64};
use crate::builtins::int::new_int;
use crate::builtins::singletons::none;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;

fn origin() -> Instant {
    static ORIGIN: OnceLock<Instant> = OnceLock::new();
    *ORIGIN.get_or_init(Instant::now)
}

/// Builds the module.
pub fn init(vm: &mut Vm) -> PyResult<Value> {
    origin();
    let m = super::make_module(
        "time",
        &[
            ("time", time_time),
            ("time_ns", time_time_ns),
            ("perf_counter", perf_counter),
            ("perf_counter_ns", perf_counter_ns),
            ("monotonic", perf_counter),
            ("monotonic_ns", perf_counter_ns),
            ("process_time", process_time),
            ("process_time_ns", process_time_ns),
            ("sleep", sleep),
            ("gmtime", calendar::gmtime),
            ("localtime", calendar::localtime),
            ("mktime", calendar::mktime),
            ("asctime", calendar::asctime),
            ("ctime", calendar::ctime),
            ("strftime", calendar::strftime),
            ("strptime", strptime::strptime),
            ("tzset", calendar::tzset),
        ],
    );
    let ts = super::import_module(vm, "_timestruct", None, None, 0)?;
    super::module_set(&m, "struct_time", crate::ops::getattr(vm, &ts, "struct_time")?);
    for (name, value) in calendar::zone_attributes()? {
        super::module_set(&m, name, value);
    }
    Ok(m)
}

fn since_epoch() -> Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

fn time_time(_vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(new_float(since_epoch().as_secs_f64()))
}
fn time_time_ns(_vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(crate::builtins::int::new_bigint(since_epoch().as_nanos().into()))
}
fn perf_counter(_vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(new_float(origin().elapsed().as_secs_f64()))
}
fn perf_counter_ns(_vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(new_int(origin().elapsed().as_nanos() as i64))
}

/// `struct timespec` on 64-bit Linux.
#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

extern "C" {
    fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
}

/// Linux's `CLOCK_PROCESS_CPUTIME_ID`: CPU time of all threads of the process.
const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;

/// CPU time used by the process (user + system), as `time.process_time()` reports it.
fn cpu_time() -> PyResult<Duration> {
    let mut ts = Timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes one timespec through a valid, exclusive pointer.
    let rc = unsafe { clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return Err(PyErr::new(&crate::builtins::exceptions::OS_ERROR, "clock_gettime failed"));
    }
    Ok(Duration::new(ts.tv_sec.max(0) as u64, ts.tv_nsec.clamp(0, 999_999_999) as u32))
}

fn process_time(_vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(new_float(cpu_time()?.as_secs_f64()))
}
fn process_time_ns(_vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(new_int(cpu_time()?.as_nanos() as i64))
}

fn sleep(vm: &mut Vm, args: &[Value], _k: &[Value]) -> PyResult<Value> {
    let secs = args.first().ok_or_else(|| PyErr::type_error("sleep() takes exactly one argument (0 given)"))?;
    let s = to_f64(secs)?.ok_or_else(|| PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", secs.ty().body.name)))?;
    if s.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    if !s.is_finite() || s > 9.2e9 {
        return Err(PyErr::overflow_error("sleep length is too large"));
    }
    sleep_interruptibly(vm, Duration::from_secs_f64(s))?;
    Ok(none())
}

/// Sleeps on the monotonic clock. A signal interrupts `clock_nanosleep`: its Python
/// handler runs at once (Ctrl-C's default one raises `KeyboardInterrupt`), and if it
/// returns, the sleep goes on for the time that remains (PEP 475).
fn sleep_interruptibly(vm: &mut Vm, d: Duration) -> PyResult<()> {
    crate::thread::sigint::check_interrupt()?;
    let mut req = libc::timespec { tv_sec: d.as_secs() as libc::time_t, tv_nsec: libc::c_long::from(d.subsec_nanos() as i32) };
    loop {
        // SAFETY: plain old data for the request and remainder.
        let mut rem: libc::timespec = unsafe { std::mem::zeroed() };
        // SAFETY: req and rem are valid timespecs owned by this frame.
        let rc = unsafe { libc::clock_nanosleep(libc::CLOCK_MONOTONIC, 0, &req, &mut rem) };
        match rc {
            0 => return Ok(()),
            libc::EINTR => {
                crate::thread::signals::run_handlers(vm)?;
                req = rem;
            }
            e => return Err(crate::builtins::io::errno::from_errno(e, None)),
        }
    }
}
