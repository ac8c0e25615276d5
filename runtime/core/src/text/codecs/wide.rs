//! UTF-16 and UTF-32, with and without a byte order mark.
//!
//! `utf-16`/`utf-32` write a BOM in the machine's byte order and, when decoding, honour a
//! leading BOM (falling back to the machine's order); the `-le`/`-be` forms never write or
//! strip one. Unlike the byte-oriented codecs, CPython's UTF-16/32 encoders report each
//! unencodable character (a lone surrogate) on its own, and their decoders report:
//! "truncated data" for a partial unit at the end (decode errors name the byte order in use,
//! `'utf-16-le'`, even for `utf-16`), "illegal encoding" for a lone low
//! surrogate, "illegal UTF-16 surrogate" for a high surrogate not followed by a low one,
//! "unexpected end of data" for a high surrogate at the end, and for UTF-32 values above
//! U+10FFFF or in the surrogate range. `surrogateescape` cannot help here (it yields single
//! bytes, which are not whole units), so it fails like `strict`, as in CPython.

use std::fmt::Write;

use super::{
    handle_decode_error, is_surrogate, push_backslash_escape, push_name_escape, Codec, Decoded,
    ErrorHandler,
};
use crate::text::error::{TextError, UnicodeDecodeError, UnicodeEncodeError};

/// Byte order of a UTF-16/UTF-32 codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Endian {
    /// `utf-16`/`utf-32`: BOM plus machine order when encoding; BOM-detected when decoding.
    Bom,
    /// `-le`.
    Little,
    /// `-be`.
    Big,
}

const NATIVE_BIG: bool = cfg!(target_endian = "big");

fn parts(codec: Codec) -> (usize, Endian) {
    match codec {
        Codec::Utf32(endian) => (4, endian),
        Codec::Utf16(endian) => (2, endian),
        _ => (2, Endian::Little),
    }
}

fn is_big(endian: Endian) -> bool {
    match endian {
        Endian::Bom => NATIVE_BIG,
        Endian::Little => false,
        Endian::Big => true,
    }
}

fn push_unit(out: &mut Vec<u8>, value: u32, size: usize, big: bool) {
    match (size, big) {
        (2, false) => out.extend_from_slice(&(value as u16).to_le_bytes()),
        (2, true) => out.extend_from_slice(&(value as u16).to_be_bytes()),
        (_, false) => out.extend_from_slice(&value.to_le_bytes()),
        (_, true) => out.extend_from_slice(&value.to_be_bytes()),
    }
}

fn push_code_point(out: &mut Vec<u8>, cp: u32, size: usize, big: bool) {
    if size == 2 && cp > 0xFFFF {
        let offset = cp - 0x1_0000;
        push_unit(out, 0xD800 | (offset >> 10), 2, big);
        push_unit(out, 0xDC00 | (offset & 0x3FF), 2, big);
    } else {
        push_unit(out, cp, size, big);
    }
}

fn start_output(len: usize, size: usize, endian: Endian) -> Vec<u8> {
    let mut out = Vec::with_capacity((len + 1) * size);
    if endian == Endian::Bom {
        push_unit(&mut out, 0xFEFF, size, NATIVE_BIG);
    }
    out
}

/// Encodes text that has no lone surrogates (cannot fail).
pub(super) fn encode_str(s: &str, codec: Codec) -> Vec<u8> {
    let (size, endian) = parts(codec);
    let big = is_big(endian);
    let mut out = start_output(s.len(), size, endian);
    for c in s.chars() {
        push_code_point(&mut out, c as u32, size, big);
    }
    out
}

/// Encodes code points, handling lone surrogates with `errors`.
pub(super) fn encode_code_points(
    cps: &[u32],
    codec: Codec,
    errors: &str,
) -> Result<Vec<u8>, TextError> {
    let (size, endian) = parts(codec);
    let big = is_big(endian);
    let mut out = start_output(cps.len(), size, endian);
    let mut handler = None;
    for (i, &cp) in cps.iter().enumerate() {
        if !is_surrogate(cp) {
            push_code_point(&mut out, cp, size, big);
            continue;
        }
        let handler = match handler {
            Some(h) => h,
            None => *handler.insert(ErrorHandler::lookup(errors)?),
        };
        let mut replacement = String::new();
        match handler {
            ErrorHandler::Strict | ErrorHandler::SurrogateEscape => {
                return Err(TextError::Encode(UnicodeEncodeError {
                    encoding: codec.message_name(),
                    start: i,
                    end: i + 1,
                    first_bad: cp,
                    reason: "surrogates not allowed",
                }));
            }
            ErrorHandler::Ignore => {}
            ErrorHandler::Replace => replacement.push('?'),
            ErrorHandler::BackslashReplace => push_backslash_escape(&mut replacement, cp),
            ErrorHandler::XmlCharRefReplace => {
                let _ = write!(replacement, "&#{cp};");
            }
            ErrorHandler::NameReplace => push_name_escape(&mut replacement, cp),
            ErrorHandler::SurrogatePass => push_unit(&mut out, cp, size, big),
        }
        for c in replacement.chars() {
            push_code_point(&mut out, c as u32, size, big);
        }
    }
    Ok(out)
}

fn read_unit(b: &[u8], at: usize, size: usize, big: bool) -> Option<u32> {
    let bytes = b.get(at..at + size)?;
    Some(match (size, big) {
        (2, false) => u32::from(u16::from_le_bytes([bytes[0], bytes[1]])),
        (2, true) => u32::from(u16::from_be_bytes([bytes[0], bytes[1]])),
        (_, false) => u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]),
        (_, true) => u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]),
    })
}

/// The unit at the start of `rest` as `surrogatepass` reads it, with its length.
pub(super) fn unit_at(codec: Codec, rest: &[u8]) -> Option<(u32, usize)> {
    let (size, endian) = parts(codec);
    read_unit(rest, 0, size, is_big(endian)).map(|unit| (unit, size))
}

/// Byte order and BOM length for decoding.
fn detect_order(b: &[u8], size: usize, endian: Endian) -> (bool, usize) {
    match endian {
        Endian::Little => (false, 0),
        Endian::Big => (true, 0),
        Endian::Bom => {
            if read_unit(b, 0, size, false) == Some(0xFEFF) {
                (false, size)
            } else if read_unit(b, 0, size, true) == Some(0xFEFF) {
                (true, size)
            } else {
                (NATIVE_BIG, 0)
            }
        }
    }
}

/// Decodes UTF-16 or UTF-32.
pub(super) fn decode(b: &[u8], codec: Codec, errors: &str) -> Result<Decoded, TextError> {
    let (size, endian) = parts(codec);
    let (big, bom) = detect_order(b, size, endian);
    // Errors (and surrogatepass) name the byte order actually used: 'utf-16-le', never 'utf-16'.
    let order = if big { Endian::Big } else { Endian::Little };
    let concrete = if size == 4 {
        Codec::Utf32(order)
    } else {
        Codec::Utf16(order)
    };
    let handler = ErrorHandler::lookup(errors);
    let mut out = Decoded::Str(String::with_capacity(b.len() / size));
    let mut i = bom;
    while i < b.len() {
        let failure: (usize, &'static str) = match read_unit(b, i, size, big) {
            None => (b.len(), "truncated data"),
            Some(unit) if size == 4 => {
                if unit > 0x10_FFFF {
                    (i + 4, "code point not in range(0x110000)")
                } else if is_surrogate(unit) {
                    (
                        i + 4,
                        "code point in surrogate code point range(0xd800, 0xe000)",
                    )
                } else {
                    out.push_code_point(unit);
                    i += 4;
                    continue;
                }
            }
            Some(unit) if !is_surrogate(unit) => {
                out.push_code_point(unit);
                i += 2;
                continue;
            }
            Some(unit) if unit >= 0xDC00 => (i + 2, "illegal encoding"),
            Some(high) => match read_unit(b, i + 2, 2, big) {
                None => (b.len(), "unexpected end of data"),
                Some(low @ 0xDC00..=0xDFFF) => {
                    out.push_code_point(0x1_0000 + ((high - 0xD800) << 10) + (low - 0xDC00));
                    i += 4;
                    continue;
                }
                Some(_) => (i + 2, "illegal UTF-16 surrogate"),
            },
        };
        let (end, reason) = failure;
        let error = UnicodeDecodeError {
            encoding: concrete.message_name(),
            start: i,
            end,
            first_bad: b[i],
            reason,
        };
        i = handle_decode_error(&mut out, b, error, handler.clone()?, concrete)?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::super::{decode_with, encode_code_points, encode_with, Codec};
    use super::*;
    use crate::text::repr::{bytes_repr, str_repr, str_repr_code_points};
    use crate::text::testutil::python;

    const CODECS: [&str; 6] = [
        "utf-16",
        "utf-16-le",
        "utf-16-be",
        "utf-32",
        "utf-32-le",
        "utf-32-be",
    ];
    const HANDLERS: [&str; 7] = [
        "strict",
        "ignore",
        "replace",
        "backslashreplace",
        "xmlcharrefreplace",
        "surrogateescape",
        "surrogatepass",
    ];
    const PY_RUN: &str = "def run(f):\n    try: r = f()\n    except Exception as e: return f'{type(e).__name__}: {e}'\n    return repr(r)\n";

    fn show<T>(result: Result<T, TextError>, ok: impl Fn(T) -> String) -> String {
        match result {
            Ok(v) => ok(v),
            Err(e) => format!("{}: {}", e.exception_name(), e.message()),
        }
    }

    fn show_decoded(d: Decoded) -> String {
        match d {
            Decoded::Str(s) => str_repr(&s),
            Decoded::CodePoints(cps) => str_repr_code_points(&cps),
        }
    }

    #[test]
    fn encoding_matches_cpython() {
        let inputs: [&[u32]; 5] = [
            &[0x61],
            &[0x61, 0x1f600, 0xe9],
            &[0x61, 0xd800, 0x62],
            &[0xd800, 0xdc00],
            &[0xdc80, 0x10ffff],
        ];
        let mut script = String::from(PY_RUN);
        for input in inputs {
            for codec in CODECS {
                for h in HANDLERS {
                    script.push_str(&format!(
                        "print(run(lambda: {}.encode('{codec}', '{h}')))\n",
                        str_repr_code_points(input)
                    ));
                }
            }
        }
        let out = python(&script);
        let mut lines = out.lines();
        for input in inputs {
            for codec in CODECS {
                for h in HANDLERS {
                    let got = show(
                        encode_code_points(input, Codec::lookup(codec).unwrap(), h),
                        |b| bytes_repr(&b),
                    );
                    assert_eq!(got, lines.next().unwrap(), "{input:x?} {codec} {h}");
                    if let Some(s) = input
                        .iter()
                        .map(|&c| char::from_u32(c))
                        .collect::<Option<String>>()
                    {
                        assert_eq!(show(encode_with(&s, codec, h), |b| bytes_repr(&b)), got);
                    }
                }
            }
        }
    }

    #[test]
    fn decoding_matches_cpython() {
        let inputs: [&[u8]; 16] = [
            b"",
            b"\xff\xfea\x00",
            b"\xfe\xff\x00a",
            b"a\x00b",
            b"\x00\xd8a\x00",
            b"\x00\xdca\x00",
            b"\x00\xd8",
            b"\x00\xd8\x00",
            b"=\xd8\x00\xde",
            b"\x00\x00\x11\x00",
            b"\x00\xd8\x00\x00",
            b"a\x00\x00",
            b"\xff\xfe\x00\x00a\x00\x00\x00",
            b"\x00\x00\xfe\xff\x00\x00\x00a",
            b"\x00\xd8\x00\xd8\x00\xdc",
            b"\xfe\xff\xd8\x00\xdc\x00\xdc\x80",
        ];
        let mut script = String::from(PY_RUN);
        for input in inputs {
            for codec in CODECS {
                for h in HANDLERS {
                    script.push_str(&format!(
                        "print(run(lambda: {}.decode('{codec}', '{h}')))\n",
                        bytes_repr(input)
                    ));
                }
            }
        }
        let out = python(&script);
        let mut lines = out.lines();
        for input in inputs {
            for codec in CODECS {
                for h in HANDLERS {
                    let got = show(decode_with(input, codec, h), show_decoded);
                    assert_eq!(got, lines.next().unwrap(), "{input:x?} {codec} {h}");
                }
            }
        }
    }

    #[test]
    fn random_decoding_matches_cpython() {
        let alphabet = [
            0x00u8, 0x41, 0xd8, 0xdb, 0xdc, 0xdf, 0xff, 0xfe, 0x10, 0x11, 0x80,
        ];
        let mut state = 0x1234_5678_9abc_def1u64;
        let mut inputs = Vec::new();
        for _ in 0..300 {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let len = ((state >> 60) % 10) as usize;
            let mut bits = state;
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    bits = bits.wrapping_mul(6364136223846793005).wrapping_add(7);
                    alphabet[((bits >> 40) % alphabet.len() as u64) as usize]
                })
                .collect();
            inputs.push(bytes);
        }
        let codecs = ["utf-16", "utf-16-be", "utf-32", "utf-32-le"];
        let handlers = [
            "strict",
            "replace",
            "surrogateescape",
            "surrogatepass",
            "backslashreplace",
        ];
        let mut script = String::from(PY_RUN);
        for input in &inputs {
            for codec in codecs {
                for h in handlers {
                    script.push_str(&format!(
                        "print(run(lambda: {}.decode('{codec}', '{h}')))\n",
                        bytes_repr(input)
                    ));
                }
            }
        }
        let out = python(&script);
        let mut lines = out.lines();
        for input in &inputs {
            for codec in codecs {
                for h in handlers {
                    let got = show(decode_with(input, codec, h), show_decoded);
                    assert_eq!(got, lines.next().unwrap(), "{input:x?} {codec} {h}");
                }
            }
        }
    }
}
