//! `float(str)` and `float(bytes)` exactly as CPython accepts them.
//!
//! CPython rewrites the string to ASCII (Unicode digits and spaces, as for `int()`), checks
//! that every underscore sits between two digits and drops them, strips C whitespace, and
//! then requires `PyOS_string_to_double` to consume everything: an optional sign followed by
//! `inf`, `infinity` or `nan` (any case), or a decimal mantissa with at least one digit and
//! an optional exponent that has at least one digit. Hex floats are not accepted here (that
//! is `float.fromhex`). Overflow gives an infinity and underflow zero, never an error.
//!
//! The grammar is checked here; the conversion itself is Rust's `f64::from_str`, which is
//! correctly rounded like CPython's dtoa-based `strtod`.

use super::int_text::is_ascii_space;
use super::unicode_digits::to_ascii_numeric;
use super::NumError;

/// The `ValueError` for a string `float()` rejects; `input_repr` is the argument's repr.
pub fn invalid_float_literal(input_repr: &str) -> NumError {
    NumError::value(format!("could not convert string to float: {input_repr}"))
}

/// `float(s)` for a `str`; `None` means `ValueError` (see [`invalid_float_literal`]).
pub fn parse_float(s: &str) -> Option<f64> {
    if s.is_ascii() {
        parse_float_ascii(s.as_bytes())
    } else {
        parse_float_ascii(&to_ascii_numeric(s))
    }
}

/// Removes underscores that sit between two digits; `None` if any underscore does not.
fn strip_underscores(text: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    let mut prev = 0u8;
    for &c in text {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != b'_').then_some(out)
}

/// Whether `s` (no whitespace, no underscores) is a complete decimal or special literal.
fn is_float_literal(s: &[u8]) -> bool {
    let body = match s.first() {
        Some(b'+' | b'-') => &s[1..],
        _ => s,
    };
    let lower = body.to_ascii_lowercase();
    if lower == b"inf" || lower == b"infinity" || lower == b"nan" {
        return true;
    }
    let mut i = 0;
    let int_digits = body.iter().take_while(|c| c.is_ascii_digit()).count();
    i += int_digits;
    let mut frac_digits = 0;
    if body.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = body[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return false;
    }
    if matches!(body.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(body.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_digits = body[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if exp_digits == 0 {
            return false;
        }
        i += exp_digits;
    }
    i == body.len()
}

/// `float(b)` for bytes-like input (and the core of [`parse_float`]).
pub fn parse_float_ascii(text: &[u8]) -> Option<f64> {
    let owned;
    let text = if text.contains(&b'_') {
        owned = strip_underscores(text)?;
        &owned[..]
    } else {
        text
    };
    let mut start = 0;
    let mut end = text.len();
    while start < end && is_ascii_space(text[start]) {
        start += 1;
    }
    while end > start && is_ascii_space(text[end - 1]) {
        end -= 1;
    }
    let s = &text[start..end];
    if !is_float_literal(s) {
        return None;
    }
    std::str::from_utf8(s).ok()?.parse::<f64>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::float_repr::repr;
    use crate::numeric::pytest::{py_str, python_lines};

    const INPUTS: &[&str] = &[
        "1", "1.5", " 1.5 ", "-2.5e3", "+.5", "5.", ".", "1e", "1e+", "1e5", "1E-5", "1_0.0_1",
        "1__0", "_1", "1_", "1_e5", "1e_5", "1._5", "1_.5", "inf", "-inf", "+Infinity", "iNfInItY",
        "nan", "-NaN", "infin", "nanx", "0x10", "1e500", "-1e500", "1e-400", "", " ", "abc",
        "١٢٣.٥", "\u{2003}7\u{3000}", "\u{1c}7", "1.5\0", "--1", "+-1", "1e1_0", "0.1e-3_0",
        "00012", "1.7976931348623157e308", "1.7976931348623159e308", "2.4703282292062328e-324",
        "4.9406564584124654e-324", "0.30000000000000004441", "9007199254740993", "in_f",
        "1 5", "\t\n3.25\x0b\x0c\r",
    ];

    #[test]
    fn parse_matches_python() {
        let list = INPUTS.iter().map(|s| py_str(s)).collect::<Vec<_>>().join(",");
        let py = python_lines(&format!(
            "for t in [{list}]:\n  \
               try: print(repr(float(t)))\n  \
               except ValueError as e: print('ValueError:', str(e).replace(repr(t), 'REPR'))"
        ));
        for (i, s) in INPUTS.iter().enumerate() {
            let got = match parse_float(s) {
                Some(v) => repr(v),
                None => format!("ValueError: {}", invalid_float_literal("REPR").message),
            };
            assert_eq!(got, py[i], "float({s:?})");
        }
        assert_eq!(py.len(), INPUTS.len());
    }

    #[test]
    fn random_strings_parse_like_python() {
        let inputs = crate::numeric::pytest::random_strings(11, 6000, 8, "019._eE+- infaINFNAty");
        let list = inputs.iter().map(|s| py_str(s)).collect::<Vec<_>>().join(",");
        let py = python_lines(&format!(
            "for t in [{list}]:\n  try: print(repr(float(t)))\n  except ValueError: print('E')"
        ));
        for (s, want) in inputs.iter().zip(&py) {
            let got = parse_float(s).map_or("E".to_string(), repr);
            assert_eq!(&got, want, "float({s:?})");
        }
    }

    #[test]
    fn bytes_reject_non_ascii() {
        assert_eq!(parse_float_ascii(b" 2.5 "), Some(2.5));
        assert_eq!(parse_float_ascii(b"\xa02.5"), None);
    }
}
