//! `float.hex()` and `float.fromhex()`.
//!
//! `hex` prints the exact bits: `[-]0x1.<13 hex digits>p<exp>` for normal numbers and
//! `0x0.<13 hex digits>p-1022` for subnormals, `0x0.0p+0` for zero. `fromhex` accepts
//! surrounding whitespace, a sign, an optional `0x`, hex digits with an optional point, and an
//! optional binary exponent, or `inf`/`infinity`/`nan`; any number of digits is rounded
//! correctly (ties to even) through [`super::bigint::scaled_to_f64`], the same single rounding
//! step int-to-float conversion uses.

use num_bigint::BigUint;
use num_traits::Zero;

use super::bigint::scaled_to_f64;
use super::int_text::is_ascii_space;
use super::{NumError, NumResult};

/// `float.hex(x)`.
pub fn to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        format!("{sign}0x0.{frac:013x}p-1022")
    } else {
        format!("{sign}0x1.{frac:013x}p{:+}", biased - 1023)
    }
}

fn invalid() -> NumError {
    NumError::value("invalid hexadecimal floating-point string")
}

/// `float.fromhex(s)`.
pub fn from_hex(s: &str) -> NumResult<f64> {
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut end = bytes.len();
    while start < end && is_ascii_space(bytes[start]) {
        start += 1;
    }
    while end > start && is_ascii_space(bytes[end - 1]) {
        end -= 1;
    }
    let mut t = &bytes[start..end];
    let negative = match t.first() {
        Some(b'-') => {
            t = &t[1..];
            true
        }
        Some(b'+') => {
            t = &t[1..];
            false
        }
        _ => false,
    };
    let signed = |v: f64| if negative { -v } else { v };
    let lower = t.to_ascii_lowercase();
    if lower == b"inf" || lower == b"infinity" {
        return Ok(signed(f64::INFINITY));
    }
    if lower == b"nan" {
        return Ok(signed(f64::NAN));
    }
    if lower.starts_with(b"0x") {
        t = &t[2..];
    }
    let mut mantissa = BigUint::zero();
    let mut digits = 0usize;
    let mut frac_digits: i64 = 0;
    let mut seen_point = false;
    let mut i = 0;
    while i < t.len() {
        let c = t[i];
        if c == b'.' && !seen_point {
            seen_point = true;
        } else if let Some(d) = (c as char).to_digit(16) {
            mantissa = (mantissa << 4u32) + d;
            digits += 1;
            if seen_point {
                frac_digits += 1;
            }
        } else {
            break;
        }
        i += 1;
    }
    if digits == 0 {
        return Err(invalid());
    }
    let mut exp: i64 = 0;
    if i < t.len() && (t[i] == b'p' || t[i] == b'P') {
        i += 1;
        let exp_negative = match t.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let first = i;
        while i < t.len() && t[i].is_ascii_digit() {
            // Saturate: anything this large overflows or underflows anyway.
            exp = (exp * 10 + i64::from(t[i] - b'0')).min(1 << 40);
            i += 1;
        }
        if i == first {
            return Err(invalid());
        }
        if exp_negative {
            exp = -exp;
        }
    }
    if i != t.len() {
        return Err(invalid());
    }
    if mantissa.is_zero() {
        return Ok(signed(0.0));
    }
    let value = scaled_to_f64(&mantissa, exp - 4 * frac_digits, false)
        .ok_or_else(|| NumError::overflow("hexadecimal value too large to represent as a float"))?;
    Ok(signed(value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::float_repr::repr;
    use crate::numeric::pytest::{py_str, python_lines};

    const INPUTS: &[&str] = &[
        "0x1p5000", "zz", "0x1.p", "1p", "  0X1.8P+1  ", "-inf", "0x.8", "0x", ".", "0x1_0",
        "1.fffffffffffff8p1023", "0x1.00000000000008p0", "0x1.00000000000018p0",
        "0x0.0000000000001p-1022", "0x1p-1075", "0x1.1p-1075", "0x3p-1076", "+0x1.5", "-0x0p0",
        "NaN", "+Infinity", "0x1.999999999999ap-4", "0xABCDEFabcdef.123p-20", "0x1p+99999999999999",
        "0x1p-99999999999999", "0x1..2", "0x1p1.5", "00000000000000000000000001.8p1", "0x1 p1",
    ];

    #[test]
    fn from_hex_matches_python() {
        let list = INPUTS.iter().map(|s| py_str(s)).collect::<Vec<_>>().join(",");
        let py = python_lines(&format!(
            "for s in [{list}]:\n  try: print(repr(float.fromhex(s)))\n  except Exception as e: print(type(e).__name__, e)"
        ));
        for (i, s) in INPUTS.iter().enumerate() {
            let got = match from_hex(s) {
                Ok(v) => repr(v),
                Err(e) => format!("{} {}", e.class_name(), e.message),
            };
            assert_eq!(got, py[i], "fromhex({s:?})");
        }
    }

    #[test]
    fn hex_matches_python_and_round_trips() {
        let mut xs = vec![0.0, -0.0, 1.0, 0.1, -2.5, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, f64::INFINITY, f64::NAN];
        let mut s: u64 = 11;
        for _ in 0..300 {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            let f = f64::from_bits(s);
            if f.is_finite() {
                xs.push(f);
            }
        }
        let list = xs.iter().map(|v| format!("float('{}')", repr(*v))).collect::<Vec<_>>().join(",");
        let py = python_lines(&format!("for x in [{list}]: print(x.hex())"));
        for (i, &x) in xs.iter().enumerate() {
            assert_eq!(to_hex(x), py[i]);
            if x.is_finite() {
                assert_eq!(from_hex(&to_hex(x)).unwrap().to_bits(), x.to_bits());
            }
        }
    }
}
