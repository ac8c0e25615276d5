//! printf-style `%` formatting (`'%5.2f' % x`): the format-string parser and the
//! conversions of already-converted values.
//!
//! The object model owns the argument protocol (tuple vs. mapping, `__index__`, `__float__`,
//! `str()`/`repr()`/`ascii()` of objects and the TypeErrors for wrong argument types). This file
//! owns the text rules: parsing `%[(key)][flags][width|*][.precision|*][hlL]conv`, and laying
//! out ints (`d i u x X o`), floats (`e E f F g G`), characters (`c`) and strings (`s r a`) with
//! CPython's flag semantics: `-` left-justifies and beats `0`; `0` pads with zeros after the
//! sign and prefix (also for `inf`/`nan`, giving `-0inf`); `+` beats space; `#` adds `0x`/`0X`/
//! `0o` or keeps the point and trailing zeros of floats; an int precision is a minimum digit
//! count.
//!
//! CPython reports problems in string order while it consumes arguments, so the parser only
//! rejects what it can see without arguments (`incomplete format`, `incomplete format key`,
//! `width too big`, `precision too big`); an unknown conversion character is returned as a
//! spec and rejected with [`unsupported_conversion`] when the caller reaches it (after
//! fetching its argument, as CPython does).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::float_repr::{exponent_form, fixed_digits, positional_form, significant_digits};
use super::int_text::{magnitude_digits, str_limit_error};
use super::{NumError, NumResult};

/// A width or precision: written out, or `*` (taken from the arguments).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    /// A number in the format string.
    Fixed(usize),
    /// `*`: the next argument (an int) supplies it.
    FromArg,
}

/// One `%` conversion as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintfSpec {
    /// `%(key)s`: the mapping key.
    pub key: Option<String>,
    /// `-`
    pub left: bool,
    /// `+`
    pub plus: bool,
    /// ` `
    pub space: bool,
    /// `#`
    pub alternate: bool,
    /// `0`
    pub zero: bool,
    /// Minimum width.
    pub width: Option<Count>,
    /// Precision (`.` alone means 0).
    pub precision: Option<Count>,
    /// The conversion character.
    pub conversion: char,
    /// Character index of the conversion character in the format string (for messages).
    pub index: usize,
}

/// A piece of a parsed format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Text copied as is (`%%` already turned into `%`).
    Literal(String),
    /// A conversion.
    Spec(PrintfSpec),
}

/// A spec with `*` values filled in, ready to format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resolved {
    /// `-` (also set by a negative `*` width).
    pub left: bool,
    /// `+`
    pub plus: bool,
    /// ` `
    pub space: bool,
    /// `#`
    pub alternate: bool,
    /// `0`
    pub zero: bool,
    /// Minimum width.
    pub width: usize,
    /// Precision.
    pub precision: Option<usize>,
    /// Conversion character.
    pub conversion: char,
}

impl PrintfSpec {
    /// Fills in `*` values: `width_arg`/`precision_arg` are the ints the caller took from the
    /// arguments for each `*` (a negative width means left-justify; a negative precision
    /// means 0).
    pub fn resolve(&self, width_arg: Option<i64>, precision_arg: Option<i64>) -> Resolved {
        let mut left = self.left;
        let width = match self.width {
            Some(Count::Fixed(w)) => w,
            Some(Count::FromArg) => {
                let w = width_arg.unwrap_or(0);
                if w < 0 {
                    left = true;
                }
                w.unsigned_abs() as usize
            }
            None => 0,
        };
        let precision = match self.precision {
            Some(Count::Fixed(p)) => Some(p),
            Some(Count::FromArg) => Some(precision_arg.unwrap_or(0).max(0) as usize),
            None => None,
        };
        Resolved {
            left,
            plus: self.plus,
            space: self.space,
            alternate: self.alternate,
            zero: self.zero,
            width,
            precision,
            conversion: self.conversion,
        }
    }
}

fn parse_number(chars: &[char], i: &mut usize, max: usize, too_big: &'static str) -> NumResult<usize> {
    let mut v: usize = 0;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        v = v
            .checked_mul(10)
            .and_then(|x| x.checked_add(d as usize))
            .filter(|&x| x <= max)
            .ok_or_else(|| NumError::value(too_big))?;
        *i += 1;
    }
    Ok(v)
}

/// Parses a `%` format string into literal text and conversion specs.
pub fn parse(format: &str) -> NumResult<Vec<Piece>> {
    let chars: Vec<char> = format.chars().collect();
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            literal.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if chars.get(i) == Some(&'%') {
            literal.push('%');
            i += 1;
            continue;
        }
        let mut spec = PrintfSpec {
            key: None,
            left: false,
            plus: false,
            space: false,
            alternate: false,
            zero: false,
            width: None,
            precision: None,
            conversion: '\0',
            index: 0,
        };
        if chars.get(i) == Some(&'(') {
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(NumError::value("incomplete format key"));
            }
            spec.key = Some(chars[start..i - 1].iter().collect());
        }
        while let Some(&f) = chars.get(i) {
            match f {
                '-' => spec.left = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.alternate = true,
                '0' => spec.zero = true,
                _ => break,
            }
            i += 1;
        }
        if chars.get(i) == Some(&'*') {
            spec.width = Some(Count::FromArg);
            i += 1;
        } else if chars.get(i).is_some_and(char::is_ascii_digit) {
            spec.width = Some(Count::Fixed(parse_number(&chars, &mut i, isize::MAX as usize, "width too big")?));
        }
        if chars.get(i) == Some(&'.') {
            i += 1;
            if chars.get(i) == Some(&'*') {
                spec.precision = Some(Count::FromArg);
                i += 1;
            } else {
                spec.precision = Some(Count::Fixed(parse_number(&chars, &mut i, i32::MAX as usize, "precision too big")?));
            }
        }
        while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            return Err(NumError::value("incomplete format"));
        };
        spec.conversion = conv;
        spec.index = i;
        i += 1;
        if !literal.is_empty() {
            pieces.push(Piece::Literal(std::mem::take(&mut literal)));
        }
        pieces.push(Piece::Spec(spec));
    }
    if !literal.is_empty() {
        pieces.push(Piece::Literal(literal));
    }
    Ok(pieces)
}

/// `ValueError: unsupported format character 'y' (0x79) at index 3`.
pub fn unsupported_conversion(spec: &PrintfSpec) -> NumError {
    let c = spec.conversion;
    let shown = if (32..128).contains(&(c as u32)) { c.to_string() } else { "?".to_string() };
    NumError::value(format!("unsupported format character '{shown}' ({:#x}) at index {}", c as u32, spec.index))
}

/// Pads `sign+prefix` and `digits` to the width with CPython's `-`/`0` rules.
fn pad_number(spec: &Resolved, sign: &str, prefix: &str, digits: &str) -> String {
    let len = sign.len() + prefix.len() + digits.chars().count();
    if len >= spec.width {
        return format!("{sign}{prefix}{digits}");
    }
    let n = spec.width - len;
    if spec.left {
        format!("{sign}{prefix}{digits}{}", " ".repeat(n))
    } else if spec.zero {
        format!("{sign}{prefix}{}{digits}", "0".repeat(n))
    } else {
        format!("{}{sign}{prefix}{digits}", " ".repeat(n))
    }
}

fn sign_for(spec: &Resolved, negative: bool) -> &'static str {
    if negative {
        "-"
    } else if spec.plus {
        "+"
    } else if spec.space {
        " "
    } else {
        ""
    }
}

/// `%d %i %u %x %X %o` of an int (the caller has applied `__index__`/`int()`).
/// `max_str_digits` limits decimal output (0 = unlimited).
pub fn format_int(spec: &Resolved, n: &BigInt, max_str_digits: usize) -> NumResult<String> {
    let (radix, prefix) = match spec.conversion {
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'o' => (8, "0o"),
        _ => (10, ""),
    };
    let mut digits = magnitude_digits(n, radix, spec.conversion == 'X');
    if radix == 10 && max_str_digits > 0 && digits.len() > max_str_digits {
        return Err(str_limit_error(max_str_digits));
    }
    if let Some(p) = spec.precision {
        if digits.len() < p {
            digits = format!("{}{digits}", "0".repeat(p - digits.len()));
        }
    }
    let prefix = if spec.alternate { prefix } else { "" };
    Ok(pad_number(spec, sign_for(spec, n.is_negative()), prefix, &digits))
}

/// `%e %E %f %F %g %G` of a float (the caller has applied `__float__`).
pub fn format_float(spec: &Resolved, x: f64) -> String {
    let precision = spec.precision.unwrap_or(6);
    let ax = x.abs();
    let upper = spec.conversion.is_ascii_uppercase();
    let body = if ax.is_nan() {
        "nan".to_string()
    } else if ax.is_infinite() {
        "inf".to_string()
    } else {
        match spec.conversion.to_ascii_lowercase() {
            'e' => {
                let d = significant_digits(ax, precision + 1);
                exponent_form(&d.digits, if ax == 0.0 { 0 } else { d.exp }, spec.alternate)
            }
            'f' => {
                let mut t = fixed_digits(ax, precision);
                if spec.alternate && precision == 0 {
                    t.push('.');
                }
                t
            }
            _ => {
                let p = precision.max(1);
                let d = significant_digits(ax, p);
                let exp = if ax == 0.0 { 0 } else { d.exp };
                let mut digits = d.digits;
                if !spec.alternate {
                    while digits.len() > 1 && digits.ends_with('0') {
                        digits.pop();
                    }
                }
                if (-4..p as i32).contains(&exp) {
                    let frac = if spec.alternate { (p as i32 - 1 - exp).max(0) as usize } else { 0 };
                    positional_form(&digits, exp, frac, spec.alternate)
                } else {
                    exponent_form(&digits, exp, spec.alternate)
                }
            }
        }
    };
    let body = if upper { body.to_ascii_uppercase() } else { body };
    let negative = x.is_sign_negative() && !x.is_nan();
    pad_number(spec, sign_for(spec, negative), "", &body)
}

/// The character for `%c` of an int: `OverflowError: %c arg not in range(0x110000)`.
/// A lone surrogate cannot be held in a Rust `char`; it becomes U+FFFD.
pub fn char_from_int(n: &BigInt) -> NumResult<char> {
    n.to_u32()
        .filter(|&v| v < 0x110000)
        .map(|v| char::from_u32(v).unwrap_or('\u{fffd}'))
        .ok_or_else(|| NumError::overflow("%c arg not in range(0x110000)"))
}

/// `%s %r %a %c` of already-converted text: precision truncates (in characters), width pads
/// with spaces (the `0` flag does not apply to text).
pub fn format_text(spec: &Resolved, text: &str) -> String {
    let shown: String = match spec.precision {
        Some(p) if spec.conversion != 'c' => text.chars().take(p).collect(),
        _ => text.to_string(),
    };
    let len = shown.chars().count();
    if len >= spec.width {
        return shown;
    }
    let pad = " ".repeat(spec.width - len);
    if spec.left {
        format!("{shown}{pad}")
    } else {
        format!("{pad}{shown}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::float_repr::repr;
    use crate::numeric::pytest::{py_str, python_lines};

    fn one_spec(fmt: &str) -> PrintfSpec {
        match parse(fmt).unwrap().into_iter().find_map(|p| match p {
            Piece::Spec(s) => Some(s),
            Piece::Literal(_) => None,
        }) {
            Some(s) => s,
            None => panic!("no spec in {fmt}"),
        }
    }

    const FLAGS: &[&str] = &["", "-", "+", " ", "#", "0", "-0", "+0", "#0", "+ ", "-#"];
    const WIDTHS: &[&str] = &["", "1", "8", "12"];
    const PRECISIONS: &[&str] = &["", ".", ".0", ".1", ".3", ".10"];

    fn all_specs(convs: &str) -> Vec<String> {
        let mut out = Vec::new();
        for f in FLAGS {
            for w in WIDTHS {
                for p in PRECISIONS {
                    for c in convs.chars() {
                        out.push(format!("%{f}{w}{p}{c}"));
                    }
                }
            }
        }
        out
    }

    #[test]
    fn ints_match_python() {
        let specs = all_specs("diuxXo");
        let vals = ["0", "1", "-1", "255", "-255", "123456789012345678901234567890"];
        let list = specs.iter().map(|s| py_str(s)).collect::<Vec<_>>().join(",");
        let py = python_lines(&format!("for v in [{}]:\n  for s in [{list}]: print(repr(s % v))", vals.join(",")));
        let mut k = 0;
        for v in vals {
            let n: BigInt = v.parse().unwrap();
            for s in &specs {
                let got = format!("'{}'", format_int(&one_spec(s).resolve(None, None), &n, 4300).unwrap());
                assert_eq!(got, py[k], "{s} % {v}");
                k += 1;
            }
        }
    }

    #[test]
    fn floats_match_python() {
        let specs = all_specs("eEfFgG");
        let xs = [0.0, -0.0, 1.5, -2.5, 1234.5678, 1e-5, 1e16, 0.1, f64::INFINITY, f64::NEG_INFINITY, f64::NAN, 123456.0];
        let list = specs.iter().map(|s| py_str(s)).collect::<Vec<_>>().join(",");
        let vals = xs.iter().map(|x| format!("float('{}')", repr(*x))).collect::<Vec<_>>().join(",");
        let py = python_lines(&format!("for v in [{vals}]:\n  for s in [{list}]: print(repr(s % v))"));
        let mut k = 0;
        for x in xs {
            for s in &specs {
                let got = format!("'{}'", format_float(&one_spec(s).resolve(None, None), x));
                assert_eq!(got, py[k], "{s} % {x}");
                k += 1;
            }
        }
    }

    #[test]
    fn text_and_parsing() {
        let spec = one_spec("%-6.2s");
        assert_eq!(format_text(&spec.resolve(None, None), "abc"), "ab    ");
        assert_eq!(format_text(&one_spec("%05s").resolve(None, None), "ab"), "   ab");
        assert_eq!(format_text(&one_spec("%05c").resolve(None, None), "A"), "    A");
        assert_eq!(format_text(&one_spec("%*s").resolve(Some(-4), None), "x"), "x   ");
        assert_eq!(char_from_int(&BigInt::from(65)).unwrap(), 'A');
        assert_eq!(char_from_int(&BigInt::from(0x110000)).unwrap_err().message, "%c arg not in range(0x110000)");
        assert_eq!(parse("%").unwrap_err().message, "incomplete format");
        assert_eq!(parse("%(a").unwrap_err().message, "incomplete format key");
        assert_eq!(parse("%99999999999999999999d").unwrap_err().message, "width too big");
        assert_eq!(parse("%.99999999999999999999d").unwrap_err().message, "precision too big");
        let pieces = parse("a%%b%(k(x))-5ld!").unwrap();
        assert_eq!(pieces[0], Piece::Literal("a%b".into()));
        match &pieces[1] {
            Piece::Spec(s) => {
                assert_eq!(s.key.as_deref(), Some("k(x)"));
                assert!(s.left);
                assert_eq!(s.width, Some(Count::Fixed(5)));
                assert_eq!(s.conversion, 'd');
                assert_eq!(s.index, 14);
            }
            other => panic!("unexpected {other:?}"),
        }
        assert_eq!(unsupported_conversion(&one_spec("ab%y")).message, "unsupported format character 'y' (0x79) at index 3");
        // Checked with python3: '%5%' and non-printable conversions.
        assert_eq!(unsupported_conversion(&one_spec("%5%")).message, "unsupported format character '%' (0x25) at index 2");
        assert_eq!(unsupported_conversion(&one_spec("%é")).message, "unsupported format character '?' (0xe9) at index 1");
        assert_eq!(format_float(&one_spec("%.*f").resolve(None, Some(2)), 1.5), "1.50");
    }
}
