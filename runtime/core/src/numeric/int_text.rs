//! Conversions between Python ints and text: `str(n)`, `bin`/`oct`/`hex`, and `int(s, base)`.
//!
//! Parsing follows CPython's `PyLong_FromString` step by step, because its error cases are
//! observable: the string is first rewritten to ASCII (Unicode digits to ASCII digits,
//! Unicode whitespace to spaces, see [`super::unicode_digits`]); then leading/trailing
//! whitespace, one sign, an optional base prefix (matching the base, or inferring it for
//! base 0) with one optional underscore after it, and digits with single underscores
//! between them. Base 0 refuses leading zeros unless the whole number is zero.
//!
//! The int/str digit limit (`sys.set_int_max_str_digits`, default 4300) applies to decimal
//! and other non-power-of-two bases in both directions. Its two messages differ: parsing
//! says how many digits the value has, printing does not. The caller passes the current
//! limit (0 = unlimited) because it lives in interpreter state.
//!
//! Conversion in both directions uses num-bigint's radix routines (quadratic, with small
//! constants: 10^5 digits take milliseconds). Printing checks the limit from the bit length
//! first, so a huge int is refused without being converted.

use num_bigint::BigInt;
use num_traits::{Num, Signed, Zero};

use super::unicode_digits::to_ascii_numeric;
use super::NumError;

/// CPython's default `sys.int_info.default_max_str_digits`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// CPython's `sys.int_info.str_digits_check_threshold`: the smallest nonzero limit allowed.
pub const STR_DIGITS_CHECK_THRESHOLD: usize = 640;

/// The error `str(n)` raises when the output would exceed the limit.
pub fn str_limit_error(limit: usize) -> NumError {
    NumError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// Validates an argument of `sys.set_int_max_str_digits(n)`.
pub fn check_max_str_digits(n: i64) -> Result<usize, NumError> {
    if n == 0 || n >= STR_DIGITS_CHECK_THRESHOLD as i64 {
        Ok(n as usize)
    } else {
        Err(NumError::value(format!("maxdigits must be 0 or larger than {STR_DIGITS_CHECK_THRESHOLD}")))
    }
}

/// `str(n)` / `repr(n)`, enforcing `max_digits` (0 = unlimited) on the digit count (the sign
/// does not count).
pub fn to_decimal_string(n: &BigInt, max_digits: usize) -> Result<String, NumError> {
    if max_digits > 0 {
        // Lower bound on the digit count: floor((bits - 1) * log10(2)) + 1.
        let bits = n.bits();
        if bits > 1 && ((bits - 1) as f64 * std::f64::consts::LOG10_2) > max_digits as f64 + 1.0 {
            return Err(str_limit_error(max_digits));
        }
    }
    let s = n.to_str_radix(10);
    let digits = s.len() - usize::from(n.is_negative());
    if max_digits > 0 && digits > max_digits {
        return Err(str_limit_error(max_digits));
    }
    Ok(s)
}

/// Digits of `|n|` in `radix` (2..=36), lowercase unless `upper`.
pub fn magnitude_digits(n: &BigInt, radix: u32, upper: bool) -> String {
    let mut s = n.magnitude().to_str_radix(radix);
    if upper {
        s.make_ascii_uppercase();
    }
    s
}

/// `bin(n)`, `oct(n)`, `hex(n)`: sign, `0b`/`0o`/`0x` prefix, lowercase digits. Exempt from
/// the digit limit. `radix` must be 2, 8 or 16.
pub fn to_prefixed_radix_string(n: &BigInt, radix: u32) -> String {
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        _ => "0x",
    };
    let sign = if n.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{}", magnitude_digits(n, radix, false))
}

/// Why `int(s, base)` failed. The caller turns it into a `ValueError` with
/// [`ParseIntError::into_num_error`], supplying the `repr` of the original argument (the
/// object model owns `repr(str)` and `repr(bytes)`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseIntError {
    /// `int() base must be >= 2 and <= 36, or 0`
    BadBase,
    /// `invalid literal for int() with base {base}: {repr}`
    InvalidLiteral {
        /// The base as the caller gave it (0 stays 0).
        base: u32,
    },
    /// The digit limit was exceeded (`value has {digits} digits`).
    TooManyDigits {
        /// Digits in the string (no sign, whitespace or underscores).
        digits: usize,
        /// The limit in force.
        limit: usize,
    },
}

impl ParseIntError {
    /// The `ValueError` CPython raises; `input_repr` is `repr()` of the argument (CPython
    /// truncates it to 200 characters, which is done here).
    pub fn into_num_error(self, input_repr: &str) -> NumError {
        match self {
            ParseIntError::BadBase => NumError::value("int() base must be >= 2 and <= 36, or 0"),
            ParseIntError::InvalidLiteral { base } => {
                let shown: String = input_repr.chars().take(200).collect();
                NumError::value(format!("invalid literal for int() with base {base}: {shown}"))
            }
            ParseIntError::TooManyDigits { digits, limit } => NumError::value(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has \
                 {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            )),
        }
    }
}

/// `int(s, base)` for a `str` argument.
pub fn parse_int(s: &str, base: u32, max_digits: usize) -> Result<BigInt, ParseIntError> {
    if s.is_ascii() {
        // Only ASCII whitespace needs rewriting; the byte parser treats it as space already.
        return parse_int_ascii(s.as_bytes(), base, max_digits);
    }
    parse_int_ascii(&to_ascii_numeric(s), base, max_digits)
}

/// C's `isspace` in the "C" locale: the only whitespace the byte-level parser skips (the
/// ASCII separators U+001C..U+001F are *not* skipped, unlike `str.strip()`).
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 99,
    }
}

/// `int(b, base)` for a bytes-like argument (and the core of [`parse_int`]): non-ASCII
/// bytes are never digits or whitespace.
pub fn parse_int_ascii(text: &[u8], base: u32, max_digits: usize) -> Result<BigInt, ParseIntError> {
    if base == 1 || base > 36 {
        return Err(ParseIntError::BadBase);
    }
    let invalid = ParseIntError::InvalidLiteral { base };
    let mut start = 0;
    let mut end = text.len();
    while start < end && is_ascii_space(text[start]) {
        start += 1;
    }
    while end > start && is_ascii_space(text[end - 1]) {
        end -= 1;
    }
    let mut s = &text[start..end];
    let negative = match s.first() {
        Some(b'-') => {
            s = &s[1..];
            true
        }
        Some(b'+') => {
            s = &s[1..];
            false
        }
        _ => false,
    };
    let mut radix = base;
    let prefix_base = |c: u8| match c {
        b'x' | b'X' => 16,
        b'o' | b'O' => 8,
        b'b' | b'B' => 2,
        _ => 0,
    };
    let mut leading_zero_rule = false;
    if radix == 0 {
        if s.first() != Some(&b'0') {
            radix = 10;
        } else {
            match s.get(1).map(|&c| prefix_base(c)) {
                Some(p) if p != 0 => radix = p,
                _ => {
                    radix = 10;
                    leading_zero_rule = true;
                }
            }
        }
    }
    if s.len() >= 2 && s[0] == b'0' && prefix_base(s[1]) == radix {
        s = &s[2..];
        if s.first() == Some(&b'_') {
            s = &s[1..];
        }
    }
    // Digits with single underscores strictly between them.
    let mut digits = Vec::with_capacity(s.len());
    let mut prev_underscore = true; // forbids a leading underscore
    for &c in s {
        if c == b'_' {
            if prev_underscore {
                return Err(invalid);
            }
            prev_underscore = true;
            continue;
        }
        if digit_value(c) >= radix {
            return Err(invalid);
        }
        digits.push(c);
        prev_underscore = false;
    }
    if digits.is_empty() || prev_underscore {
        return Err(invalid);
    }
    if leading_zero_rule && digits.iter().any(|&d| d != b'0') {
        return Err(invalid);
    }
    if !radix.is_power_of_two() && max_digits > 0 && digits.len() > max_digits {
        return Err(ParseIntError::TooManyDigits { digits: digits.len(), limit: max_digits });
    }
    // Every byte was checked to be a digit of `radix`, so this cannot fail.
    let text = std::str::from_utf8(&digits).map_err(|_| invalid.clone())?;
    let magnitude = BigInt::from_str_radix(text, radix).map_err(|_| invalid)?;
    Ok(if negative && !magnitude.is_zero() { -magnitude } else { magnitude })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::pytest::{py_str, python, python_lines};

    /// `repr` of an ASCII/Latin test string the way Python prints it (enough for the test
    /// inputs below, which avoid quotes and non-printables other than the ones escaped).
    fn test_repr(s: &str) -> String {
        let mut out = String::from("'");
        for c in s.chars() {
            match c {
                '\0' => out.push_str("\\x00"),
                '\t' => out.push_str("\\t"),
                '\n' => out.push_str("\\n"),
                _ => out.push(c),
            }
        }
        out.push('\'');
        out
    }

    const INPUTS: &[&str] = &[
        "12", "  12  ", "+5", "-0", "-12", "1_000", "1__0", "_1", "1_", "0x_1f", "0x__1f", "0x",
        "0_0", "00", "017", "0b101", "0o17", "0xFF", "-0x10", "+ 5", "", " ", "１２３", "1.5",
        "z", "Z", "10\0", "\t42\n", "0b", "0_", "0b_1", "0B1_0", "0o_7_7", "٣", "- 1", "--1",
        "\u{1c}7\u{1f}", "\u{2003}99\u{3000}", "1e5", "0X1", "0_x1", "9_9_9", "zz", "0x1g",
    ];

    #[test]
    fn parse_matches_python() {
        let bases = [0u32, 10, 16, 2, 8, 36, 3];
        let list = INPUTS.iter().map(|s| test_repr(s)).collect::<Vec<_>>().join(",");
        let py = python_lines(&format!(
            "for b in {bases:?}:\n  for t in [{list}]:\n    \
               try: print(int(t,b))\n    \
               except ValueError as e: print('ValueError:', str(e).replace(repr(t), 'REPR'))"
        ));
        let mut k = 0;
        for &b in &bases {
            for s in INPUTS {
                let got = match parse_int(s, b, DEFAULT_MAX_STR_DIGITS) {
                    Ok(n) => n.to_string(),
                    Err(e) => format!("ValueError: {}", e.into_num_error("REPR").message),
                };
                assert_eq!(got, py[k], "int({s:?}, {b})");
                k += 1;
            }
        }
        assert_eq!(k, py.len());
    }

    #[test]
    fn random_strings_parse_like_python() {
        let inputs = crate::numeric::pytest::random_strings(7, 4000, 7, "0123_ +-xXoObBaf9z\t");
        let bases = [0u32, 2, 8, 10, 16, 36];
        let list = inputs.iter().map(|s| py_str(s)).collect::<Vec<_>>().join(",");
        let out = python(&format!(
            "for t in [{list}]:\n  r=[]\n  for b in {bases:?}:\n    \
               try: r.append(str(int(t,b)))\n    \
               except ValueError: r.append('E')\n  print(' '.join(r))"
        ));
        for (s, line) in inputs.iter().zip(out.lines()) {
            let got: Vec<String> = bases
                .iter()
                .map(|&b| parse_int(s, b, DEFAULT_MAX_STR_DIGITS).map_or("E".to_string(), |n| n.to_string()))
                .collect();
            assert_eq!(got.join(" "), line, "int({s:?}, base)");
        }
    }

    #[test]
    fn bad_base_and_long_repr() {
        for b in [1, 37, 100] {
            let e = parse_int("1", b, 0).unwrap_err().into_num_error("'1'");
            assert_eq!(e.message, "int() base must be >= 2 and <= 36, or 0");
        }
        let s = "x".repeat(300);
        let want = python("try: int('x'*300)\nexcept ValueError as e: print(e)");
        let got = parse_int(&s, 10, 4300).unwrap_err().into_num_error(&test_repr(&s)).message;
        assert_eq!(got, want.trim_end());
    }

    #[test]
    fn digit_limit_messages_match_python() {
        let py = python_lines(
            "import sys\n\
             for s in ['9'*4300, '9'*4301, '-'+'1_2'*3000, 'f'*5000]:\n  \
               try: print(len(str(int(s))))\n  \
               except ValueError as e: print(e)\n\
             for n in [10**4299, 10**4300, -10**4299, -(10**4300), 2**20000, 2**14283, 2**14284]:\n  \
               try: print(len(str(n)))\n  \
               except ValueError as e: print(e)\n\
             sys.set_int_max_str_digits(1000)\n\
             try: int('1'*1001)\n\
             except ValueError as e: print(e)\n\
             for n in [639, 640, 0, -1]:\n  \
               try: sys.set_int_max_str_digits(n); print('ok')\n  \
               except ValueError as e: print(e)",
        );
        let mut k = 0;
        for s in ["9".repeat(4300), "9".repeat(4301), format!("-{}", "1_2".repeat(3000)), "f".repeat(5000)] {
            let got = match parse_int(&s, 10, DEFAULT_MAX_STR_DIGITS) {
                Ok(n) => to_decimal_string(&n, 0).unwrap().len().to_string(),
                Err(e) => e.into_num_error(&test_repr(&s)).message,
            };
            assert_eq!(got, py[k]);
            k += 1;
        }
        let ten = BigInt::from(10);
        let two = BigInt::from(2);
        let ns = [
            num_traits::pow(ten.clone(), 4299),
            num_traits::pow(ten.clone(), 4300),
            -num_traits::pow(ten.clone(), 4299),
            -num_traits::pow(ten, 4300),
            num_traits::pow(two.clone(), 20000),
            num_traits::pow(two.clone(), 14283),
            num_traits::pow(two, 14284),
        ];
        for n in &ns {
            let got = match to_decimal_string(n, DEFAULT_MAX_STR_DIGITS) {
                Ok(s) => s.len().to_string(),
                Err(e) => e.message,
            };
            assert_eq!(got, py[k], "str of {} bits", n.bits());
            k += 1;
        }
        assert_eq!(parse_int(&"1".repeat(1001), 10, 1000).unwrap_err().into_num_error("").message, py[k]);
        k += 1;
        for n in [639, 640, 0, -1] {
            let got = match check_max_str_digits(n) {
                Ok(_) => "ok".to_string(),
                Err(e) => e.message,
            };
            assert_eq!(got, py[k], "set_int_max_str_digits({n})");
            k += 1;
        }
    }

    #[test]
    fn radix_strings_match_python() {
        let vals = ["0", "1", "-1", "255", "-255", "123456789012345678901234567890", "-98765432109876543210"];
        let py = python_lines(&format!("for n in [{}]:\n  print(bin(n), oct(n), hex(n), str(n))", vals.join(",")));
        for (i, v) in vals.iter().enumerate() {
            let n: BigInt = v.parse().unwrap();
            let got = format!(
                "{} {} {} {}",
                to_prefixed_radix_string(&n, 2),
                to_prefixed_radix_string(&n, 8),
                to_prefixed_radix_string(&n, 16),
                to_decimal_string(&n, 4300).unwrap()
            );
            assert_eq!(got, py[i]);
        }
        assert_eq!(magnitude_digits(&BigInt::from(-255), 16, true), "FF");
    }

    #[test]
    fn hundred_thousand_digits_round_trip_quickly() {
        let text: String = (0..100_000).map(|i| char::from(b'1' + (i * 7 % 9) as u8)).collect();
        let t0 = std::time::Instant::now();
        let n = parse_int(&text, 10, 0).unwrap();
        let back = to_decimal_string(&n, 0).unwrap();
        assert_eq!(back, text);
        assert!(t0.elapsed().as_secs_f64() < 5.0, "too slow: {:?}", t0.elapsed());
    }
}
