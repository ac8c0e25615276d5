//! `time.strptime`: parses a date by a format in the C locale.
//!
//! CPython's is Python code that turns the format into a regular expression; this is a
//! direct scanner with the same rules: directives read their field (numbers up to their
//! width and within their range, names case-insensitively), whitespace in the format
//! matches any run of whitespace, other characters match themselves ignoring case.
//! Missing fields default to 1900-01-01 00:00:00; the weekday and day of year are
//! computed from the date unless given, `tm_isdst` is -1 unless `%Z` names a known zone.

use crate::builtins::int::new_int;
use crate::builtins::singletons::none;
use crate::builtins::str::{as_str, new_str};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::modules::args;
use crate::object::Value;

const DAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

#[derive(Default)]
struct Fields {
    year: Option<i64>,
    month: Option<i64>,
    day: Option<i64>,
    hour: i64,
    hour12: Option<i64>,
    pm: Option<bool>,
    minute: i64,
    second: i64,
    julian: Option<i64>,
    weekday: Option<i64>,
    zone: Option<String>,
    gmtoff: Option<i64>,
    isdst: i64,
}

struct Mismatch;

/// Reads up to `max` digits (at least one) in `lo..=hi`, skipping one leading space when
/// `space` (as `%d` accepts ` 9`).
fn number(s: &[char], pos: &mut usize, max: usize, lo: i64, hi: i64) -> Result<i64, Mismatch> {
    let start = *pos;
    let mut end = start;
    while end < s.len() && end - start < max && s[end].is_ascii_digit() {
        end += 1;
    }
    // Like the regular expression, give back digits until the value is in range.
    while end > start {
        let text: String = s[start..end].iter().collect();
        if let Ok(v) = text.parse::<i64>() {
            if (lo..=hi).contains(&v) {
                *pos = end;
                return Ok(v);
            }
        }
        end -= 1;
    }
    Err(Mismatch)
}

fn name(s: &[char], pos: &mut usize, full: &[&str]) -> Result<usize, Mismatch> {
    let rest: String = s[*pos..].iter().collect::<String>().to_lowercase();
    // Full names first, so "March" is not read as "Mar" + "ch".
    for (i, n) in full.iter().enumerate() {
        if rest.starts_with(n) {
            *pos += n.chars().count();
            return Ok(i);
        }
    }
    for (i, n) in full.iter().enumerate() {
        if rest.starts_with(&n[..3]) {
            *pos += 3;
            return Ok(i);
        }
    }
    Err(Mismatch)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Day of the year (1-based) of a date.
fn day_of_year(y: i64, m: i64, d: i64) -> i64 {
    (1..m).map(|mm| days_in_month(y, mm)).sum::<i64>() + d
}

/// Monday-based weekday (0 = Monday) of a proleptic Gregorian date.
fn weekday(y: i64, m: i64, d: i64) -> i64 {
    // Days since 0001-01-01 (a Monday), as datetime.date.toordinal() - 1.
    let py = y - 1;
    let days = py * 365 + py.div_euclid(4) - py.div_euclid(100)
        + py.div_euclid(400)
        + day_of_year(y, m, d)
        - 1;
    days.rem_euclid(7)
}

fn parse_directive(
    c: char,
    s: &[char],
    pos: &mut usize,
    f: &mut Fields,
    local_zones: &[String; 2],
) -> PyResult<Result<(), Mismatch>> {
    let r = (|| -> Result<(), Mismatch> {
        match c {
            'Y' => f.year = Some(number(s, pos, 4, 0, 9999)?),
            'y' => {
                let v = number(s, pos, 2, 0, 99)?;
                f.year = Some(if v <= 68 { 2000 + v } else { 1900 + v });
            }
            'm' => f.month = Some(number(s, pos, 2, 1, 12)?),
            'd' | 'e' => {
                if s.get(*pos) == Some(&' ') {
                    *pos += 1;
                }
                f.day = Some(number(s, pos, 2, 1, 31)?);
            }
            'H' => f.hour = number(s, pos, 2, 0, 23)?,
            'I' => f.hour12 = Some(number(s, pos, 2, 1, 12)?),
            'M' => f.minute = number(s, pos, 2, 0, 59)?,
            'S' => f.second = number(s, pos, 2, 0, 61)?,
            'f' => {
                number(s, pos, 6, 0, 999_999)?;
            }
            'j' => f.julian = Some(number(s, pos, 3, 1, 366)?),
            'w' => f.weekday = Some((number(s, pos, 1, 0, 6)? + 6) % 7),
            'u' => f.weekday = Some(number(s, pos, 1, 1, 7)? - 1),
            'a' | 'A' => f.weekday = Some(name(s, pos, &DAYS)? as i64),
            'b' | 'B' | 'h' => f.month = Some(name(s, pos, &MONTHS)? as i64 + 1),
            'p' => {
                let rest: String = s[*pos..].iter().take(2).collect::<String>().to_lowercase();
                f.pm = Some(match rest.as_str() {
                    "am" => false,
                    "pm" => true,
                    _ => return Err(Mismatch),
                });
                *pos += 2;
            }
            'z' => {
                if matches!(s.get(*pos), Some('Z' | 'z')) {
                    *pos += 1;
                    f.gmtoff = Some(0);
                } else {
                    let sign = match s.get(*pos) {
                        Some('+') => 1,
                        Some('-') => -1,
                        _ => return Err(Mismatch),
                    };
                    *pos += 1;
                    let hh = number(s, pos, 2, 0, 99)?;
                    if s.get(*pos) == Some(&':') {
                        *pos += 1;
                    }
                    let mm = number(s, pos, 2, 0, 59)?;
                    let mut ss = 0;
                    if s.get(*pos) == Some(&':') || s.get(*pos).is_some_and(char::is_ascii_digit) {
                        if s.get(*pos) == Some(&':') {
                            *pos += 1;
                        }
                        ss = number(s, pos, 2, 0, 59)?;
                    }
                    f.gmtoff = Some(sign * (hh * 3600 + mm * 60 + ss));
                }
            }
            'Z' => {
                let rest: String = s[*pos..].iter().collect::<String>().to_lowercase();
                let mut candidates: Vec<(String, i64)> = vec![("utc".into(), 0), ("gmt".into(), 0)];
                for (i, z) in local_zones.iter().enumerate() {
                    if !z.is_empty() {
                        candidates.push((z.to_lowercase(), i as i64));
                    }
                }
                candidates.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
                let (n, dst) = candidates
                    .into_iter()
                    .find(|(n, _)| rest.starts_with(n.as_str()))
                    .ok_or(Mismatch)?;
                let len = n.chars().count();
                f.zone = Some(s[*pos..*pos + len].iter().collect());
                f.isdst = dst;
                *pos += len;
            }
            _ => return Err(Mismatch),
        }
        Ok(())
    })();
    Ok(r)
}

/// `strptime(string, format='%a %b %d %H:%M:%S %Y')`.
pub fn strptime(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = args::positional("strptime", a, kw, 1, 2)?;
    // CPython's texts: the argument counted from 0 and the type's repr.
    let data = as_str(&p[0]).ok_or_else(|| {
        PyErr::type_error(format!(
            "strptime() argument 0 must be str, not <class '{}'>",
            p[0].ty().body.name
        ))
    })?;
    let format = match p.get(1) {
        Some(v) => as_str(v).ok_or_else(|| {
            PyErr::type_error(format!(
                "strptime() argument 1 must be str, not <class '{}'>",
                v.ty().body.name
            ))
        })?,
        None => "%a %b %d %H:%M:%S %Y",
    };
    let zones = local_zone_names();
    let s: Vec<char> = data.chars().collect();
    let fmt: Vec<char> = format.chars().collect();
    let mut f = Fields {
        isdst: -1,
        ..Fields::default()
    };
    let mut pos = 0;
    let mut i = 0;
    let mismatch = || {
        PyErr::value_error(format!(
            "time data {} does not match format {}",
            py_repr(data),
            py_repr(format)
        ))
    };
    while i < fmt.len() {
        let c = fmt[i];
        if c == '%' {
            let Some(&d) = fmt.get(i + 1) else {
                return Err(PyErr::value_error(format!(
                    "stray % in format {}",
                    py_repr(format)
                )));
            };
            i += 2;
            if d == '%' {
                if s.get(pos) != Some(&'%') {
                    return Err(mismatch());
                }
                pos += 1;
                continue;
            }
            if matches!(d, 'U' | 'W' | 'V' | 'G' | 'c' | 'x' | 'X') {
                return Err(PyErr::new(
                    &crate::builtins::exceptions::NOT_IMPLEMENTED_ERROR,
                    format!("strptime(): the %{d} directive is not supported by braid"),
                ));
            }
            if !"YymdeHIMSfjwuaAbBhpzZ".contains(d) {
                return Err(PyErr::value_error(format!(
                    "'{d}' is a bad directive in format {}",
                    py_repr(format)
                )));
            }
            if parse_directive(d, &s, &mut pos, &mut f, &zones)?.is_err() {
                return Err(mismatch());
            }
        } else if c.is_whitespace() {
            i += 1;
            while i < fmt.len() && fmt[i].is_whitespace() {
                i += 1;
            }
            if !s.get(pos).is_some_and(|ch| ch.is_whitespace()) {
                return Err(mismatch());
            }
            while pos < s.len() && s[pos].is_whitespace() {
                pos += 1;
            }
        } else {
            if !s
                .get(pos)
                .is_some_and(|ch| ch.to_lowercase().eq(c.to_lowercase()))
            {
                return Err(mismatch());
            }
            pos += 1;
            i += 1;
        }
    }
    if pos < s.len() {
        let rest: String = s[pos..].iter().collect();
        return Err(PyErr::value_error(format!(
            "unconverted data remains: {rest}"
        )));
    }
    if let Some(h) = f.hour12 {
        f.hour = match f.pm {
            Some(true) if h != 12 => h + 12,
            Some(false) if h == 12 => 0,
            _ => h,
        };
    }
    let year = f.year.unwrap_or(1900);
    let (month, day, julian) = match (f.julian, f.month, f.day) {
        (Some(j), None, None) => {
            let mut m = 1;
            let mut d = j;
            while m < 12 && d > days_in_month(year, m) {
                d -= days_in_month(year, m);
                m += 1;
            }
            (m, d, j)
        }
        (j, m, d) => {
            let (m, d) = (m.unwrap_or(1), d.unwrap_or(1));
            if d > days_in_month(year, m) {
                return Err(PyErr::value_error("day is out of range for month"));
            }
            (m, d, j.unwrap_or_else(|| day_of_year(year, m, d)))
        }
    };
    let wday = f.weekday.unwrap_or_else(|| weekday(year, month, day));
    let fields = vec![
        new_int(year),
        new_int(month),
        new_int(day),
        new_int(f.hour),
        new_int(f.minute),
        new_int(f.second),
        new_int(wday),
        new_int(julian),
        new_int(f.isdst),
        f.zone.as_deref().map_or_else(none, new_str),
        f.gmtoff.map_or_else(none, new_int),
    ];
    super::calendar::new_struct_time(vm, fields)
}

/// The local standard and daylight zone names (`time.tzname`).
fn local_zone_names() -> [String; 2] {
    let mut out = [String::new(), String::new()];
    if let Ok(attrs) = super::calendar::zone_attributes() {
        if let Some(t) = crate::builtins::tuple::as_tuple(&attrs[3].1) {
            for (slot, v) in out.iter_mut().zip(t) {
                *slot = as_str(v).unwrap_or("").to_string();
            }
        }
    }
    out
}

/// A str's repr for the error texts (plain strings only, as these are).
fn py_repr(s: &str) -> String {
    crate::builtins::str::repr_str(s)
}
