//! Per-character predicates and the `str.isX()` methods built on them.
//!
//! Each `char_is_*` answers exactly what CPython's `Py_UNICODE_IS*` macro answers for one code
//! point; each `str_is_*` applies CPython's rule for whole strings (most are "non-empty and
//! every char", `isidentifier` has its own start/continue rule). ASCII is answered inline so
//! the common case never touches the tables.

use std::borrow::Cow;

use super::tables::{
    ALPHA, BLOCK_SHIFT, CASED, CASE_IGNORABLE, DECIMAL, DECIMAL_ZEROS, DIGIT, LOWER, NUMERIC,
    PRINTABLE, RECORDS, SPACE, STAGE1, STAGE2, TITLE, UPPER, XID_CONTINUE, XID_START,
};

/// The flag set of `c` from the generated two-stage table.
#[inline]
pub(super) fn flags(c: char) -> u16 {
    let cp = c as u32;
    let block = STAGE1[(cp >> BLOCK_SHIFT) as usize] as usize;
    let offset = (cp & ((1 << BLOCK_SHIFT) - 1)) as usize;
    RECORDS[STAGE2[(block << BLOCK_SHIFT) + offset] as usize]
}

#[inline]
fn has(c: char, flag: u16) -> bool {
    flags(c) & flag != 0
}

/// `c.isalpha()`: general category Lm, Lt, Lu, Ll or Lo.
#[inline]
pub fn char_is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, ALPHA)
}

/// `c.isdecimal()`: general category Nd.
#[inline]
pub fn char_is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, DECIMAL)
}

/// `c.isdigit()`: Numeric_Type Digit or Decimal (includes superscripts such as '²').
#[inline]
pub fn char_is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, DIGIT)
}

/// `c.isnumeric()`: any Numeric_Type (includes fractions and CJK numerals).
#[inline]
pub fn char_is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, NUMERIC)
}

/// `c.isalnum()`: alpha, decimal, digit or numeric.
#[inline]
pub fn char_is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    has(c, ALPHA | DECIMAL | DIGIT | NUMERIC)
}

/// `c.isspace()`: bidi class WS, B or S, or category Zs. Unlike Rust's `is_whitespace` this
/// includes the ASCII separators `\x1c`..`\x1f`.
#[inline]
pub fn char_is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ');
    }
    has(c, SPACE)
}

/// `c.isprintable()`: everything but Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than ' '.
#[inline]
pub fn char_is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    has(c, PRINTABLE)
}

/// `c.isupper()` for one char: the derived `Uppercase` property.
#[inline]
pub fn char_is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    has(c, UPPER)
}

/// The derived `Lowercase` property (what `c.islower()` tests for one char).
#[inline]
pub fn char_is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    has(c, LOWER)
}

/// General category Lt (titlecase letters such as 'ǅ').
#[inline]
pub fn char_is_title(c: char) -> bool {
    !c.is_ascii() && has(c, TITLE)
}

/// The derived `Cased` property: Uppercase, Lowercase or Lt.
#[inline]
pub fn char_is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, CASED)
}

/// The derived `Case_Ignorable` property, used by the final-sigma rule of `lower()`.
#[inline]
pub fn char_is_case_ignorable(c: char) -> bool {
    has(c, CASE_IGNORABLE)
}

/// `XID_Start` (without '_', which `isidentifier` allows separately).
#[inline]
pub fn char_is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, XID_START)
}

/// `XID_Continue`.
#[inline]
pub fn char_is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    has(c, XID_CONTINUE)
}

/// `unicodedata.decimal(c)`: the value of a decimal digit (category Nd) of any script, as
/// `int()` and `float()` accept them. `None` for every other char.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    if !has(c, DECIMAL) {
        return None;
    }
    let cp = c as u32;
    let run = DECIMAL_ZEROS.partition_point(|&zero| zero <= cp);
    let zero = DECIMAL_ZEROS[run.checked_sub(1)?];
    let value = cp - zero;
    (value < 10).then_some(value)
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`, which `int()`, `float()` and
/// `complex()` apply before parsing: Unicode whitespace becomes ' ', decimal digits of any
/// script become ASCII digits, ASCII is kept, and the first other char becomes '?' and ends
/// the result (so the parse fails on it). Borrowed when `s` is ASCII.
pub fn transform_decimal_and_space_to_ascii(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if char_is_space(c) {
            out.push(' ');
        } else if let Some(digit) = decimal_value(c) {
            out.push(char::from(b'0' + digit as u8));
        } else {
            out.push('?');
            break;
        }
    }
    Cow::Owned(out)
}

fn all_nonempty(s: &str, ascii: fn(u8) -> bool, test: fn(char) -> bool) -> bool {
    if s.is_empty() {
        return false;
    }
    if s.is_ascii() {
        return s.bytes().all(ascii);
    }
    s.chars().all(test)
}

/// `s.isalpha()`.
pub fn str_is_alpha(s: &str) -> bool {
    all_nonempty(s, |b| b.is_ascii_alphabetic(), char_is_alpha)
}

/// `s.isdecimal()`.
pub fn str_is_decimal(s: &str) -> bool {
    all_nonempty(s, |b| b.is_ascii_digit(), char_is_decimal)
}

/// `s.isdigit()`.
pub fn str_is_digit(s: &str) -> bool {
    all_nonempty(s, |b| b.is_ascii_digit(), char_is_digit)
}

/// `s.isnumeric()`.
pub fn str_is_numeric(s: &str) -> bool {
    all_nonempty(s, |b| b.is_ascii_digit(), char_is_numeric)
}

/// `s.isalnum()`.
pub fn str_is_alnum(s: &str) -> bool {
    all_nonempty(s, |b| b.is_ascii_alphanumeric(), char_is_alnum)
}

/// `s.isspace()`.
pub fn str_is_space(s: &str) -> bool {
    all_nonempty(s, |b| char_is_space(b as char), char_is_space)
}

/// `s.isprintable()`: true for the empty string.
pub fn str_is_printable(s: &str) -> bool {
    s.is_empty() || all_nonempty(s, |b| (b' '..=b'~').contains(&b), char_is_printable)
}

/// `s.isascii()`: true for the empty string.
pub fn str_is_ascii(s: &str) -> bool {
    s.is_ascii()
}

/// `s.isidentifier()`: XID_Start or '_' first, XID_Continue after.
pub fn str_is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) if first == '_' || char_is_xid_start(first) => chars.all(char_is_xid_continue),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::testutil::python_with_tables_unicode;

    #[derive(Debug, PartialEq)]
    struct Flags([bool; 11]);

    impl Flags {
        fn from_bits(line: &str) -> Flags {
            let mut bits = [false; 11];
            for (bit, byte) in bits.iter_mut().zip(line.bytes()) {
                *bit = byte == b'1';
            }
            Flags(bits)
        }
    }

    #[test]
    fn ascii_and_common_vectors() {
        // Expected values from python3.13.
        assert!(str_is_space(
            "\x1c\x1d\x1e\x1f \t\n\x0b\x0c\r\u{85}\u{a0}\u{2028}\u{3000}"
        ));
        assert!(!str_is_space("\u{200b}"));
        assert!(!str_is_space(""));
        assert!(str_is_alpha("héllo\u{01c5}ʰ"));
        assert!(!str_is_alpha("a1"));
        assert!(str_is_digit("²³"));
        assert!(!str_is_decimal("²"));
        assert!(str_is_decimal("٣໒"));
        assert!(str_is_numeric("½Ⅻ一"));
        assert!(!str_is_digit("½"));
        assert!(str_is_alnum("a½²٣"));
        assert!(str_is_printable(""));
        assert!(str_is_printable("é ü"));
        assert!(!str_is_printable("\u{a0}"));
        assert!(!str_is_printable("\u{ad}"));
        assert!(!str_is_printable("\n"));
        assert!(str_is_identifier("_x1"));
        assert!(str_is_identifier("ñame"));
        assert!(!str_is_identifier("1x"));
        assert!(!str_is_identifier(""));
        assert!(str_is_identifier("℘"));
        assert!(!str_is_identifier("a\u{2e2f}"));
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('²'), None);
        assert_eq!(decimal_value('\u{1d7ce}'), Some(0));
        assert_eq!(decimal_value('\u{1d7ff}'), Some(9));
        assert_eq!(
            transform_decimal_and_space_to_ascii(" \u{663}\u{664}\u{3000}"),
            " 34 "
        );
        assert_eq!(
            transform_decimal_and_space_to_ascii("\u{661}.\u{665}"),
            "1.5"
        );
        assert_eq!(transform_decimal_and_space_to_ascii("1\u{e9}2"), "1?");
        assert!(matches!(
            transform_decimal_and_space_to_ascii("12"),
            Cow::Borrowed("12")
        ));
    }

    fn flags_of(c: char) -> Flags {
        let one = c.encode_utf8(&mut [0; 4]).to_owned();
        Flags([
            char_is_alpha(c) && str_is_alpha(&one),
            char_is_decimal(c) && str_is_decimal(&one),
            char_is_digit(c) && str_is_digit(&one),
            char_is_numeric(c) && str_is_numeric(&one),
            char_is_space(c) && str_is_space(&one),
            char_is_printable(c) && str_is_printable(&one),
            char_is_upper(c),
            char_is_lower(c),
            char_is_alnum(c) && str_is_alnum(&one),
            str_is_identifier(&one),
            char_is_xid_continue(c),
        ])
    }

    /// Every code point against the CPython the tables were generated from.
    #[test]
    fn every_code_point_matches_cpython() {
        let script = r#"
import sys
out = []
for cp in range(0x110000):
    if 0xD800 <= cp <= 0xDFFF: continue
    c = chr(cp)
    bits = [c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(),
            c.isprintable(), c.isupper(), c.islower(), c.isalnum(), c.isidentifier(),
            ('a' + c).isidentifier()]
    out.append(''.join('1' if b else '0' for b in bits))
sys.stdout.write('\n'.join(out))
"#;
        let Some(expected) = python_with_tables_unicode(script) else {
            return;
        };
        let mut lines = expected.lines();
        let mut checked = 0;
        for c in (0..0x110000u32).filter_map(char::from_u32) {
            let line = lines.next().expect("one line per code point");
            let want = Flags::from_bits(line);
            assert_eq!(flags_of(c), want, "U+{:04X}", c as u32);
            checked += 1;
        }
        assert_eq!(checked, 0x110000 - 0x800);
    }

    #[test]
    fn decimal_values_match_cpython() {
        let script = r#"
import unicodedata
print(','.join(f'{cp:x}:{unicodedata.decimal(chr(cp))}' for cp in range(0x110000)
      if not 0xD800 <= cp <= 0xDFFF and chr(cp).isdecimal()))
"#;
        let Some(expected) = python_with_tables_unicode(script) else {
            return;
        };
        let mut count = 0;
        for item in expected.trim().split(',') {
            let (cp, value) = item.split_once(':').unwrap();
            let c = char::from_u32(u32::from_str_radix(cp, 16).unwrap()).unwrap();
            assert_eq!(decimal_value(c), Some(value.parse().unwrap()), "{c:?}");
            count += 1;
        }
        let ours = (0..0x110000u32)
            .filter_map(char::from_u32)
            .filter(|&c| decimal_value(c).is_some())
            .count();
        assert_eq!(ours, count);
    }
}
