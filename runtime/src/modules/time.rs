//! The `time` module: clocks and sleep.

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
pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    origin();
    Ok(super::make_module(
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
        ],
    ))
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

fn cpu_time() -> Duration {
    // CLOCK_PROCESS_CPUTIME_ID via /proc would need libc; use the thread-independent
    // approximation from getrusage-equivalent data in /proc/self/stat.
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else { return origin().elapsed() };
    let fields: Vec<&str> = stat.rsplit_once(')').map(|(_, r)| r.split_whitespace().collect()).unwrap_or_default();
    let ticks = |i: usize| fields.get(i).and_then(|s| s.parse::<u64>().ok()).unwrap_or(0);
    let total = ticks(11) + ticks(12);
    Duration::from_millis(total * 10)
}

fn process_time(_vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(new_float(cpu_time().as_secs_f64()))
}
fn process_time_ns(_vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(new_int(cpu_time().as_nanos() as i64))
}

fn sleep(_vm: &mut Vm, args: &[Value], _k: &[Value]) -> PyResult<Value> {
    let secs = args.first().ok_or_else(|| PyErr::type_error("sleep() takes exactly one argument (0 given)"))?;
    let s = to_f64(secs)?.ok_or_else(|| PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", secs.ty().body.name)))?;
    if s < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(Duration::from_secs_f64(s));
    Ok(none())
}
