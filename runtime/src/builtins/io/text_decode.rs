//! The pure parts of the text layer: newline modes, where an incomplete UTF-8 sequence
//! starts, decoded text as generalized UTF-8, and the `newlines` attribute.

use crate::builtins::singletons::{is_none, none};
use crate::builtins::str::{as_str, new_str};
use crate::error::{PyErr, PyResult};
use crate::object::Value;
use crate::text::codecs;

/// Newline kinds seen while reading (for the `newlines` attribute): `\r`.
pub const SEEN_CR: u8 = 1;
/// `\n` seen.
pub const SEEN_LF: u8 = 2;
/// `\r\n` seen.
pub const SEEN_CRLF: u8 = 4;

/// How lines are found and translated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Newline {
    /// `None`: universal newlines, translated to `\n` on reading.
    Universal,
    /// `''`: universal newlines, untranslated.
    Untranslated,
    /// `'\n'`, `'\r'` or `'\r\n'`: only that ends a line; on writing `\n` becomes it.
    Fixed(&'static str),
}

impl Newline {
    /// Parses the `newline` argument.
    pub fn parse(v: Option<&Value>) -> PyResult<Newline> {
        let Some(v) = v.filter(|v| !is_none(v)) else {
            return Ok(Newline::Universal);
        };
        let s = as_str(v).ok_or_else(|| {
            PyErr::type_error(format!(
                "TextIOWrapper() argument 'newline' must be str or None, not {}",
                v.ty().body.name
            ))
        })?;
        Ok(match s {
            "" => Newline::Untranslated,
            "\n" => Newline::Fixed("\n"),
            "\r" => Newline::Fixed("\r"),
            "\r\n" => Newline::Fixed("\r\n"),
            other => {
                return Err(PyErr::value_error(format!(
                    "illegal newline value: {other}"
                )))
            }
        })
    }

    /// Whether any of `\n`, `\r`, `\r\n` ends a line.
    pub fn universal(&self) -> bool {
        matches!(self, Newline::Universal | Newline::Untranslated)
    }
}

/// How many bytes at the end of `b` start a UTF-8 sequence that is not complete yet.
pub fn incomplete_utf8_tail(b: &[u8]) -> usize {
    for back in 1..=3.min(b.len()) {
        let c = b[b.len() - back];
        if c & 0xC0 != 0x80 {
            // 0xF8..=0xFF start no sequence: the decoder's error handler takes them.
            let need = if c >= 0xF8 {
                1
            } else if c >= 0xF0 {
                4
            } else if c >= 0xE0 {
                3
            } else if c >= 0xC0 {
                2
            } else {
                1
            };
            return if need > back { back } else { 0 };
        }
    }
    0
}

/// Appends decoded text as generalized UTF-8 (lone surrogates as 3-byte sequences).
pub fn push_decoded(out: &mut Vec<u8>, d: codecs::Decoded) {
    match d {
        codecs::Decoded::Str(s) => out.extend_from_slice(s.as_bytes()),
        codecs::Decoded::CodePoints(cps) => {
            for cp in cps {
                crate::text::wtf8::push_code_point(out, cp);
            }
        }
    }
}

/// The `newlines` attribute for the kinds seen.
pub fn newlines_value(seen: u8) -> Value {
    let names: Vec<&str> = [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")]
        .iter()
        .filter(|(b, _)| seen & b != 0)
        .map(|(_, s)| *s)
        .collect();
    match names.as_slice() {
        [] => none(),
        [one] => new_str(one),
        many => crate::builtins::tuple::new_tuple(many.iter().map(|s| new_str(s)).collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn incomplete_tails_are_kept_for_the_next_chunk() {
        assert_eq!(incomplete_utf8_tail(b"abc"), 0);
        assert_eq!(incomplete_utf8_tail(b"ab\xc3"), 1);
        assert_eq!(incomplete_utf8_tail(b"ab\xc3\xa9"), 0);
        assert_eq!(incomplete_utf8_tail(b"\xe2\x82"), 2);
        assert_eq!(incomplete_utf8_tail(b"\xf0\x9f\x98"), 3);
        assert_eq!(incomplete_utf8_tail(b"\xf0\x9f\x98\x80"), 0);
        // An invalid byte is left to the decoder's error handler, not held back.
        assert_eq!(incomplete_utf8_tail(b"a\xff"), 0);
    }
}
