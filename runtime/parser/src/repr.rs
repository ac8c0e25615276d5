//! Python's `repr()` for the constant types an AST can hold: str, bytes, float, complex.
//!
//! Used by the AST dump; the algorithms are CPython's (quote choice, escapes chosen by
//! `str.isprintable()`, shortest round-trip float digits with the switch to exponent
//! notation below 1e-4 and at 1e16).

use crate::ast::PyStr;
use std::fmt::Write as _;

/// `repr(float)` (`add_dot_zero`) or the imaginary part of `repr(complex)` (without).
#[must_use]
pub fn float_repr(x: f64, add_dot_zero: bool) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    if x == 0.0 {
        let sign = if x.is_sign_negative() { "-" } else { "" };
        return if add_dot_zero { format!("{sign}0.0") } else { format!("{sign}0") };
    }
    // Shortest correctly rounded digits that round-trip (Python's 'r' mode): try 1..=17
    // significant digits; Rust's `{:.Ne}` rounds exactly.
    let ax = x.abs();
    let mut sci = format!("{ax:.16e}");
    for precision in 0..17 {
        let candidate = format!("{ax:.precision$e}");
        if candidate.parse::<f64>().ok() == Some(ax) {
            sci = candidate;
            break;
        }
    }
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let ndigits = digits.len() as i32;
    let decpt = exp + 1; // value = 0.DIGITS * 10^decpt
    let mut out = String::new();
    if x < 0.0 {
        out.push('-');
    }
    if decpt > -4 && decpt <= 16 {
        if decpt <= 0 {
            out.push_str("0.");
            for _ in 0..(-decpt) {
                out.push('0');
            }
            out.push_str(&digits);
        } else if decpt >= ndigits {
            out.push_str(&digits);
            for _ in 0..(decpt - ndigits) {
                out.push('0');
            }
            if add_dot_zero {
                out.push_str(".0");
            }
        } else {
            out.push_str(&digits[..decpt as usize]);
            out.push('.');
            out.push_str(&digits[decpt as usize..]);
        }
    } else {
        out.push_str(&digits[..1]);
        if ndigits > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let e = decpt - 1;
        let _ = write!(out, "e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    }
    out
}

/// `repr(str)`.
pub fn str_repr(out: &mut String, s: &PyStr) {
    let (mut has_single, mut has_double) = (false, false);
    for cp in s.code_points() {
        if cp == u32::from(b'\'') {
            has_single = true;
        } else if cp == u32::from(b'"') {
            has_double = true;
        }
    }
    let quote = if has_single && !has_double { '"' } else { '\'' };
    out.push(quote);
    for cp in s.code_points() {
        match cp {
            0x5C => out.push_str("\\\\"),
            0x09 => out.push_str("\\t"),
            0x0A => out.push_str("\\n"),
            0x0D => out.push_str("\\r"),
            _ if cp == quote as u32 => {
                out.push('\\');
                out.push(quote);
            }
            _ if cp < 0x20 || cp == 0x7F => {
                let _ = write!(out, "\\x{cp:02x}");
            }
            _ if cp < 0x7F => out.push(char::from(cp as u8)),
            _ => {
                if crate::names::is_printable_cp(cp) {
                    if let Some(c) = char::from_u32(cp) {
                        out.push(c);
                        continue;
                    }
                }
                if cp <= 0xFF {
                    let _ = write!(out, "\\x{cp:02x}");
                } else if cp <= 0xFFFF {
                    let _ = write!(out, "\\u{cp:04x}");
                } else {
                    let _ = write!(out, "\\U{cp:08x}");
                }
            }
        }
    }
    out.push(quote);
}

/// `repr(bytes)`.
pub fn bytes_repr(out: &mut String, b: &[u8]) {
    let has_single = b.contains(&b'\'');
    let has_double = b.contains(&b'"');
    let quote = if has_single && !has_double { b'"' } else { b'\'' };
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(quote as char);
            }
            _ if !(0x20..0x7F).contains(&c) => {
                let _ = write!(out, "\\x{c:02x}");
            }
            _ => out.push(c as char),
        }
    }
    out.push(quote as char);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_python() {
        // Expected strings are Python's repr() of the same values.
        let cases: &[(f64, &str)] = &[
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (123_456_789_012_345_680.0, "1.2345678901234568e+17"),
            (99.998_809_814_453_12, "99.99880981445312"),
            (5e-324, "5e-324"),
            (f64::INFINITY, "inf"),
            (1.5, "1.5"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x, true), want, "repr({x:e})");
        }
        assert_eq!(float_repr(1.0, false), "1");
        assert_eq!(float_repr(1e16, false), "1e+16");
    }

    #[test]
    fn strings_and_bytes_print_like_python() {
        let mut out = String::new();
        str_repr(&mut out, &PyStr::from("it's \"q\"\n\t\u{7f}\u{200b}é"));
        assert_eq!(out, r#"'it\'s "q"\n\t\x7f\u200bé'"#);
        out.clear();
        str_repr(&mut out, &PyStr::from("it's"));
        assert_eq!(out, r#""it's""#);
        out.clear();
        let mut lone = PyStr::new();
        lone.push_code_point(0xD800);
        str_repr(&mut out, &lone);
        assert_eq!(out, r"'\ud800'");
        out.clear();
        bytes_repr(&mut out, b"a'\x00\xff\\");
        assert_eq!(out, r#"b"a'\x00\xff\\""#);
    }
}
