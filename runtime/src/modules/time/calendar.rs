//! time's calendar functions: `gmtime`, `localtime`, `mktime`, `asctime`, `ctime`,
//! `strftime`, `tzset` and the time-zone attributes.
//!
//! They are the C library's (`gmtime_r`, `localtime_r`, `mktime`, `strftime`, `tzset`), as
//! in CPython on Linux, so results and time-zone handling agree with CPython on the same
//! machine. Dates travel as `time.struct_time`, a Python class (`runtime/lib/_timestruct.py`)
//! looked up when needed; the checks on a time tuple and their texts are CPython's.

use crate::builtins::float::{new_float, to_f64};
use crate::builtins::int::{as_int, new_int, IntRef};
use crate::builtins::singletons::{is_none, none};
use crate::builtins::str::{as_str, new_str};
use crate::builtins::tuple::{as_tuple, new_tuple};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::modules::args;
use crate::object::Value;

const DAY_NAMES: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTH_NAMES: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The `time.struct_time` class.
fn struct_time_class(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::modules::import_module(vm, "_timestruct", None, None, 0)?;
    crate::ops::getattr(vm, &m, "struct_time")
}

/// A `struct_time` from its 11 values.
pub(super) fn new_struct_time(vm: &mut Vm, fields: Vec<Value>) -> PyResult<Value> {
    let cls = struct_time_class(vm)?;
    crate::ops::call(vm, &cls, &[new_tuple(fields)], &[])
}

fn zone_name(tm: &libc::tm) -> Option<String> {
    if tm.tm_zone.is_null() {
        return None;
    }
    // SAFETY: the C library set tm_zone to a NUL-terminated string that lives as long as
    // the time-zone data (static storage).
    Some(
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
            .to_string_lossy()
            .into_owned(),
    )
}

fn tm_to_struct(vm: &mut Vm, tm: &libc::tm) -> PyResult<Value> {
    let fields = vec![
        new_int(i64::from(tm.tm_year) + 1900),
        new_int(i64::from(tm.tm_mon) + 1),
        new_int(i64::from(tm.tm_mday)),
        new_int(i64::from(tm.tm_hour)),
        new_int(i64::from(tm.tm_min)),
        new_int(i64::from(tm.tm_sec)),
        new_int(i64::from((tm.tm_wday + 6) % 7)),
        new_int(i64::from(tm.tm_yday) + 1),
        new_int(i64::from(tm.tm_isdst)),
        zone_name(tm).map_or_else(none, |z| new_str(&z)),
        new_int(tm.tm_gmtoff),
    ];
    new_struct_time(vm, fields)
}

/// A seconds argument (absent or None: now), floored to whole seconds as CPython does.
fn secs_arg(v: Option<&Value>) -> PyResult<libc::time_t> {
    let Some(v) = v.filter(|v| !is_none(v)) else {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        return Ok(now);
    };
    if let Some(i) = as_int(v) {
        return match i {
            IntRef::Small(n) => Ok(n),
            IntRef::Big(_) => Err(PyErr::overflow_error(
                "timestamp out of range for platform time_t",
            )),
        };
    }
    match to_f64(v)? {
        Some(f) if f.is_nan() => Err(PyErr::value_error("Invalid value NaN (not a number)")),
        Some(f) => {
            let f = f.floor();
            if !(-9.2e18..9.2e18).contains(&f) {
                return Err(PyErr::overflow_error(
                    "timestamp out of range for platform time_t",
                ));
            }
            Ok(f as i64)
        }
        None => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.ty().body.name
        ))),
    }
}

fn one_optional<'a>(name: &str, a: &'a [Value], kw: &[Value]) -> PyResult<Option<&'a Value>> {
    let p = args::positional(name, a, kw, 0, 1)?;
    Ok(p.first())
}

/// `gmtime([secs])`.
pub fn gmtime(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = secs_arg(one_optional("gmtime", a, kw)?)?;
    // SAFETY: plain old data, filled by gmtime_r.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: t and tm are valid for the call.
    if unsafe { libc::gmtime_r(&t, &mut tm) }.is_null() {
        return Err(PyErr::overflow_error(
            "timestamp out of range for platform time_t",
        ));
    }
    tm_to_struct(vm, &tm)
}

/// `localtime(t)` through the C library.
pub(super) fn local_tm(t: libc::time_t) -> PyResult<libc::tm> {
    // SAFETY: plain old data, filled by localtime_r.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: t and tm are valid for the call.
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        return Err(PyErr::overflow_error(
            "timestamp out of range for platform time_t",
        ));
    }
    Ok(tm)
}

/// `localtime([secs])`.
pub fn localtime(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = secs_arg(one_optional("localtime", a, kw)?)?;
    let tm = local_tm(t)?;
    tm_to_struct(vm, &tm)
}

/// A time tuple argument as a C `struct tm` (CPython's `gettmarg`); the zone text, when
/// the struct_time carries one, is returned beside it to keep it alive.
fn tm_arg(vm: &mut Vm, func: &str, v: &Value) -> PyResult<(libc::tm, Option<std::ffi::CString>)> {
    let Some(items) = as_tuple(v).map(<[Value]>::to_vec) else {
        return Err(PyErr::type_error("Tuple or struct_time argument required"));
    };
    if items.len() != 9 {
        return Err(PyErr::type_error(format!(
            "{func}(): illegal time tuple argument"
        )));
    }
    let mut n = [0i64; 9];
    for (slot, item) in n.iter_mut().zip(&items) {
        *slot = match as_int(item) {
            Some(IntRef::Small(i)) => i,
            Some(IntRef::Big(_)) => {
                return Err(PyErr::overflow_error(
                    "Python int too large to convert to C int",
                ))
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    item.ty().body.name
                )))
            }
        };
    }
    let c_int = |x: i64| {
        i32::try_from(x)
            .map_err(|_| PyErr::overflow_error("Python int too large to convert to C int"))
    };
    // SAFETY: plain old data; every field is set below or left zero as CPython does.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    if n[0] < i64::from(i32::MIN) + 1900 {
        return Err(PyErr::overflow_error("year out of range"));
    }
    tm.tm_year = c_int(n[0] - 1900)?;
    tm.tm_mon = c_int(n[1] - 1)?;
    tm.tm_mday = c_int(n[2])?;
    tm.tm_hour = c_int(n[3])?;
    tm.tm_min = c_int(n[4])?;
    tm.tm_sec = c_int(n[5])?;
    tm.tm_wday = c_int((n[6] + 1) % 7)?;
    tm.tm_yday = c_int(n[7] - 1)?;
    tm.tm_isdst = c_int(n[8])?;
    let mut zone = None;
    if !std::ptr::eq(v.ty(), &crate::builtins::tuple::TUPLE_TYPE) {
        if let Some(z) = crate::ops::getattr_opt(vm, v, "tm_zone")?.filter(|z| !is_none(z)) {
            if let Some(s) = as_str(&z) {
                let c = std::ffi::CString::new(s)
                    .map_err(|_| PyErr::value_error("embedded null character"))?;
                tm.tm_zone = c.as_ptr();
                zone = Some(c);
            }
        }
        if let Some(off) = crate::ops::getattr_opt(vm, v, "tm_gmtoff")?.filter(|z| !is_none(z)) {
            if let Some(IntRef::Small(o)) = as_int(&off) {
                tm.tm_gmtoff = o;
            }
        }
    }
    Ok((tm, zone))
}

/// CPython's `checktm`: the ranges a time tuple must respect.
fn check_tm(tm: &libc::tm) -> PyResult<()> {
    let bad = |what: &str| Err(PyErr::value_error(format!("{what} out of range")));
    if !(0..=11).contains(&tm.tm_mon) {
        return bad("month");
    }
    if !(1..=31).contains(&tm.tm_mday) {
        return bad("day of month");
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return bad("hour");
    }
    if !(0..=59).contains(&tm.tm_min) {
        return bad("minute");
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return bad("seconds");
    }
    if tm.tm_wday < 0 {
        return bad("day of week");
    }
    if !(0..=365).contains(&tm.tm_yday) {
        return bad("day of year");
    }
    Ok(())
}

/// A time tuple argument, or the local time now when absent.
fn tm_or_now(
    vm: &mut Vm,
    func: &str,
    v: Option<&Value>,
) -> PyResult<(libc::tm, Option<std::ffi::CString>)> {
    match v {
        Some(v) => tm_arg(vm, func, v),
        None => Ok((local_tm(secs_arg(None)?)?, None)),
    }
}

/// `mktime(t)`: local time tuple to seconds since the epoch, as a float.
pub fn mktime(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = args::positional("mktime", a, kw, 1, 1)?;
    let (mut tm, _zone) = tm_arg(vm, "mktime", &p[0])?;
    tm.tm_wday = -1;
    // SAFETY: tm is a valid, exclusive struct tm; mktime normalises it in place.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(PyErr::overflow_error("mktime argument out of range"));
    }
    Ok(new_float(t as f64))
}

fn asctime_text(tm: &libc::tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        DAY_NAMES[tm.tm_wday.rem_euclid(7) as usize],
        MONTH_NAMES[tm.tm_mon.clamp(0, 11) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        i64::from(tm.tm_year) + 1900
    )
}

/// `asctime([t])`: `'Sun Sep  9 01:46:40 2001'`.
pub fn asctime(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_optional("asctime", a, kw)?;
    let (tm, _zone) = tm_or_now(vm, "asctime", v)?;
    check_tm(&tm)?;
    Ok(new_str(&asctime_text(&tm)))
}

/// `ctime([secs])`: `asctime(localtime(secs))`.
pub fn ctime(_vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = secs_arg(one_optional("ctime", a, kw)?)?;
    Ok(new_str(&asctime_text(&local_tm(t)?)))
}

/// `strftime(format[, t])` through the C library's strftime.
pub fn strftime(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = args::positional("strftime", a, kw, 1, 2)?;
    let fmt = as_str(&p[0]).ok_or_else(|| {
        PyErr::type_error(format!(
            "strftime() argument 1 must be str, not {}",
            p[0].ty().body.name
        ))
    })?;
    let (mut tm, _zone) = tm_or_now(vm, "strftime", p.get(1))?;
    // CPython's normalisation: 0 is accepted for month, day of month and day of year.
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    }
    check_tm(&tm)?;
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    if fmt.is_empty() {
        return Ok(new_str(""));
    }
    let cfmt =
        std::ffi::CString::new(fmt).map_err(|_| PyErr::value_error("embedded null character"))?;
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: buf is writable for `size` bytes; cfmt and tm are valid for the call.
        let n = unsafe { libc::strftime(buf.as_mut_ptr().cast(), size, cfmt.as_ptr(), &tm) };
        if n > 0 || size >= 256 * fmt.len() + 1024 {
            buf.truncate(n);
            return Ok(new_str(&String::from_utf8_lossy(&buf)));
        }
        size *= 2;
    }
}

/// The time-zone attributes `(timezone, altzone, daylight, tzname)` as CPython computes
/// them: the local offsets in January and July of this year.
pub(super) fn zone_attributes() -> PyResult<[(&'static str, Value); 4]> {
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let t = (secs_arg(None)? / YEAR) * YEAR;
    let jan = local_tm(t)?;
    let jul = local_tm(t + YEAR / 2)?;
    let (jan_zone, jul_zone) = (-jan.tm_gmtoff, -jul.tm_gmtoff);
    let name = |tm: &libc::tm| new_str(&zone_name(tm).unwrap_or_default());
    let (std_off, dst_off, std_name, dst_name) = if jan_zone < jul_zone {
        (jul_zone, jan_zone, name(&jul), name(&jan))
    } else {
        (jan_zone, jul_zone, name(&jan), name(&jul))
    };
    Ok([
        ("timezone", new_int(std_off)),
        ("altzone", new_int(dst_off)),
        ("daylight", new_int(i64::from(jan_zone != jul_zone))),
        ("tzname", new_tuple(vec![std_name, dst_name])),
    ])
}

/// `tzset()`: rereads `TZ` and updates the module's time-zone attributes.
pub fn tzset(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::positional("tzset", a, kw, 0, 0)?;
    // SAFETY: tzset only reinitialises the C library's time-zone state.
    unsafe { tzset_c() };
    let m = crate::modules::import_module(vm, "time", None, None, 0)?;
    for (name, value) in zone_attributes()? {
        crate::ops::setattr(vm, &m, name, Some(value))?;
    }
    Ok(none())
}

extern "C" {
    #[link_name = "tzset"]
    fn tzset_c();
}
