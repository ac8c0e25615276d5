//! The Unicode facts `int()` and `float()` need: decimal digits (category Nd) and Python's
//! whitespace.
//!
//! CPython first rewrites the argument, mapping every Unicode decimal digit to its ASCII
//! digit and every whitespace character to a space, then parses ASCII. Every Nd digit run in
//! Unicode is a contiguous block of ten code points from zero to nine, so one table of block
//! starts is the whole digit database.
//!
//! The table holds Unicode 15.1 (CPython 3.13), checked against python3.13 by the tests, plus
//! the Unicode 16.0 blocks that CPython 3.14 adds (marked below; not checked against a 3.14
//! binary because none is installed here).

/// First code point (digit zero) of each block of ten Unicode decimal digits, ascending.
const DIGIT_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
    0xFF10, 0x104A0, 0x10D30, 0x10D40, /* Garay, 16.0 */ 0x11066, 0x110F0, 0x11136, 0x111D0,
    0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x116D0, /* Myanmar Ext-C, 16.0 */
    0x116DA, /* Myanmar Ext-C, 16.0 */ 0x11730, 0x118E0, 0x11950, 0x11BF0, /* Sunuwar, 16.0 */
    0x11C50, 0x11D50, 0x11DA0, 0x11F50, 0x16130, /* Gurung Khema, 16.0 */ 0x16A60, 0x16AC0,
    0x16B50, 0x16D70, /* Kirat Rai, 16.0 */ 0x1CCF0, /* outlined digits, 16.0 */ 0x1D7CE,
    0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E5F1, /* Ol Onal, 16.0 */
    0x1E950, 0x1FBF0,
];

/// The decimal value of `c` if it is a Unicode decimal digit (`str.isdecimal()`).
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let idx = DIGIT_ZEROS.partition_point(|&z| z <= cp);
    if idx == 0 {
        return None;
    }
    let zero = DIGIT_ZEROS[idx - 1];
    (cp - zero < 10).then_some(cp - zero)
}

/// Python's `str.isspace()` for one character: Unicode White_Space plus the four ASCII
/// information separators U+001C..U+001F, which CPython counts as whitespace.
pub fn is_python_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII stays as it is (so the
/// separators U+001C..U+001F are *not* turned into spaces), non-ASCII whitespace becomes a
/// space, non-ASCII digits become ASCII digits, anything else becomes `?` (which no numeric
/// parser accepts).
pub fn to_ascii_numeric(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| {
            if c.is_ascii() && c != '\x7f' {
                c as u8
            } else if is_python_space(c) {
                b' '
            } else if let Some(d) = decimal_value(c) {
                b'0' + d as u8
            } else {
                b'?'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::pytest::{python, python_exe};

    #[test]
    fn digits_and_spaces_match_python() {
        let exe = "/root/.pyenv/versions/3.13.0/bin/python3";
        let prog = "import sys\nfor c in range(sys.maxunicode+1):\n  ch=chr(c)\n  \
                    if ch.isdecimal() or ch.isspace(): print(c, int(ch) if ch.isdecimal() else -1)";
        // Unicode 15.1 (3.13) is the version the table's non-16.0 entries come from.
        let out = if std::path::Path::new(exe).exists() { python_exe(exe, prog) } else { python(prog) };
        let mut expected = std::collections::BTreeMap::new();
        for line in out.lines() {
            let (c, v) = line.split_once(' ').unwrap();
            expected.insert(c.parse::<u32>().unwrap(), v.parse::<i64>().unwrap());
        }
        let unicode16 = [0x10D40u32, 0x116D0, 0x116DA, 0x11BF0, 0x16130, 0x16D70, 0x1CCF0, 0x1E5F1];
        for cp in 0..=0x10FFFFu32 {
            let Some(c) = char::from_u32(cp) else { continue };
            let ours = if let Some(d) = decimal_value(c) {
                Some(i64::from(d))
            } else if is_python_space(c) {
                Some(-1)
            } else {
                None
            };
            if unicode16.iter().any(|&z| (z..z + 10).contains(&cp)) {
                continue;
            }
            assert_eq!(ours, expected.get(&cp).copied(), "U+{cp:04X}");
        }
    }
}
