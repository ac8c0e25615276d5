//! `repr()` and `ascii()` of `str`, and `repr()` of `bytes` / `bytearray`, as CPython writes
//! them.
//!
//! Quote choice: single quotes, unless the text contains a single quote and no double quote.
//! Escapes: the chosen quote and backslash, `\t` `\n` `\r`, other ASCII controls and DEL as
//! `\xNN`; non-ASCII stays as is when printable (`str.isprintable`) and is otherwise escaped
//! as `\xNN`, `\uNNNN` or `\UNNNNNNNN` by size. `ascii()` escapes every non-ASCII char.
//! Strings holding lone surrogates (from `surrogateescape`) go through the `_code_points`
//! forms, since `&str` cannot hold them.

use std::fmt::Write;

use super::unicode::char_is_printable;

fn pick_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

fn push_escaped_code_point(out: &mut String, cp: u32) {
    // Writing to a String cannot fail.
    let _ = if cp <= 0xff {
        write!(out, "\\x{cp:02x}")
    } else if cp <= 0xffff {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}

fn repr_into(out: &mut String, cps: impl Iterator<Item = u32> + Clone, ascii_only: bool) {
    let (mut has_single, mut has_double) = (false, false);
    for cp in cps.clone() {
        has_single |= cp == u32::from(b'\'');
        has_double |= cp == u32::from(b'"');
    }
    let quote = pick_quote(has_single, has_double);
    out.push(quote);
    for cp in cps {
        match char::from_u32(cp) {
            Some(c) if c == quote || c == '\\' => {
                out.push('\\');
                out.push(c);
            }
            Some('\t') => out.push_str("\\t"),
            Some('\n') => out.push_str("\\n"),
            Some('\r') => out.push_str("\\r"),
            Some(c) if c.is_ascii() && (' '..='~').contains(&c) => out.push(c),
            Some(c) if !c.is_ascii() && !ascii_only && char_is_printable(c) => out.push(c),
            _ => push_escaped_code_point(out, cp),
        }
    }
    out.push(quote);
}

/// `repr(s)`.
pub fn str_repr(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    if s.is_ascii()
        && !s
            .bytes()
            .any(|b| b == b'\\' || b == b'\'' || b == b'"' || !(b' '..=b'~').contains(&b))
    {
        out.push('\'');
        out.push_str(s);
        out.push('\'');
        return out;
    }
    repr_into(&mut out, s.chars().map(u32::from), false);
    out
}

/// `repr(s)` for a string given as code points (may contain lone surrogates).
pub fn str_repr_code_points(cps: &[u32]) -> String {
    let mut out = String::with_capacity(cps.len() + 2);
    repr_into(&mut out, cps.iter().copied(), false);
    out
}

/// `ascii(s)`.
pub fn str_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    repr_into(&mut out, s.chars().map(u32::from), true);
    out
}

/// `ascii(s)` for a string given as code points.
pub fn str_ascii_code_points(cps: &[u32]) -> String {
    let mut out = String::with_capacity(cps.len() + 2);
    repr_into(&mut out, cps.iter().copied(), true);
    out
}

/// `repr(b)` for bytes: `b'...'`.
pub fn bytes_repr(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    let quote = pick_quote(b.contains(&b'\''), b.contains(&b'"'));
    out.push(quote);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if byte == quote as u8 => {
                out.push('\\');
                out.push(quote);
            }
            b' '..=b'~' => out.push(byte as char),
            _ => {
                let _ = write!(out, "\\x{byte:02x}");
            }
        }
    }
    out.push(quote);
    out
}

/// `repr(bytearray)`: `bytearray(b'...')`; a subclass passes its own type name.
pub fn bytearray_repr(type_name: &str, b: &[u8]) -> String {
    format!("{type_name}({})", bytes_repr(b))
}

/// `ascii(x)` from `repr(x)`: every non-ASCII character escaped as `\xNN`, `\uNNNN` or
/// `\UNNNNNNNN` (this is `ascii()` for any object, whatever its `__repr__`).
pub fn ascii_escape(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escaped_code_point(&mut out, u32::from(c));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::testutil::{py_str, python};

    #[test]
    fn str_repr_matches_cpython() {
        let samples = [
            "",
            "abc",
            "it's",
            "say \"hi\"",
            "both ' and \"",
            "back\\slash",
            "\t\n\r\x00\x1f\x7f",
            "é ü ñ",
            "\u{a0}\u{ad}\u{85}",
            "\u{2028}\u{200b}\u{feff}",
            "€😀",
            "\u{e000}\u{10ffff}\u{e0001}",
            "\u{378}",
            "日本語",
            "\u{300}x",
            "'\"'",
        ];
        let list: Vec<String> = samples.iter().map(|s| py_str(s)).collect();
        let out = python(&format!(
            "for s in [{}]:\n    print(repr(s).encode('unicode_escape').decode('ascii'))\n    print(ascii(s))",
            list.join(", ")
        ));
        let mut lines = out.lines();
        for s in samples {
            let want_repr = lines.next().unwrap();
            let got: String = str_repr(s)
                .chars()
                .map(|c| {
                    if c.is_ascii() {
                        if c == '\\' {
                            "\\\\".to_owned()
                        } else {
                            c.to_string()
                        }
                    } else {
                        escape_for_compare(c)
                    }
                })
                .collect();
            assert_eq!(got, want_repr, "repr {s:?}");
            assert_eq!(str_ascii(s), lines.next().unwrap(), "ascii {s:?}");
        }
        assert_eq!(
            str_repr_code_points(&[0x61, 0xdc80, 0xd800]),
            "'a\\udc80\\ud800'"
        );
        assert_eq!(str_ascii_code_points(&[0xe9, 0xdc80]), "'\\xe9\\udc80'");
        for s in samples {
            assert_eq!(ascii_escape(&str_repr(s)), str_ascii(s), "ascii_escape {s:?}");
        }
    }

    /// How `unicode_escape` spells a non-ASCII char.
    fn escape_for_compare(c: char) -> String {
        let cp = c as u32;
        if cp <= 0xff {
            format!("\\x{cp:02x}")
        } else if cp <= 0xffff {
            format!("\\u{cp:04x}")
        } else {
            format!("\\U{cp:08x}")
        }
    }

    #[test]
    fn bytes_repr_matches_cpython() {
        let all: Vec<u8> = (0..=255).collect();
        let out = python(
            "for b in [bytes(range(256)), b\"it's\", b'\"', b'\\'\"', b'']: print(repr(b))\nprint(repr(bytearray(b'x\\x00')))",
        );
        let got = [
            bytes_repr(&all),
            bytes_repr(b"it's"),
            bytes_repr(b"\""),
            bytes_repr(b"'\""),
            bytes_repr(b""),
            bytearray_repr("bytearray", b"x\x00"),
        ];
        assert_eq!(got.join("\n"), out.trim_end());
    }
}
