//! `unicode_escape` and `raw_unicode_escape`: text as Python-style backslash escapes.
//!
//! Decoding `unicode_escape` reads bytes as Latin-1 and interprets every escape a Python
//! string literal knows (`\n`, `\x41`, `\101`, `\u00e9`, `\U0001f600`, `\N{EURO SIGN}`);
//! unknown escapes such as `\q` are kept as written. `raw_unicode_escape` only knows
//! `\uXXXX` and `\UXXXXXXXX`, and only after an odd run of backslashes. Errors name the codec
//! as CPython does (`'unicodeescape'`, `'rawunicodeescape'`) and cover the escape from its
//! backslash to the last byte read.
//!
//! `\N{...}` needs the Unicode name table, which lives with the parser (it resolves the same
//! escapes in literals). Whoever owns that table registers it once with
//! [`set_unicode_name_lookup`]; until then `\N{...}` fails with CPython's message for a
//! missing `unicodedata` module.

use std::sync::OnceLock;

use super::{handle_decode_error, Codec, Decoded, ErrorHandler};
use crate::text::error::{TextError, UnicodeDecodeError};

static NAME_LOOKUP: OnceLock<fn(&str) -> Option<char>> = OnceLock::new();

/// Registers the function that maps a Unicode character name (as in `\N{...}`) to its
/// character. Only the first registration counts.
pub fn set_unicode_name_lookup(lookup: fn(&str) -> Option<char>) {
    let _ = NAME_LOOKUP.set(lookup);
}

static CHAR_NAME_LOOKUP: OnceLock<fn(char) -> Option<&'static str>> = OnceLock::new();

/// Registers the function that gives a char's Unicode name (for the `namereplace` error
/// handler). Only the first registration counts; without one, `namereplace` falls back to
/// backslash escapes for every char.
pub fn set_unicode_char_name_lookup(lookup: fn(char) -> Option<&'static str>) {
    let _ = CHAR_NAME_LOOKUP.set(lookup);
}

/// The registered name of `c`, if any.
pub(super) fn char_name(c: char) -> Option<&'static str> {
    CHAR_NAME_LOOKUP.get().and_then(|lookup| lookup(c))
}

/// `s.encode('unicode_escape')` / `'raw_unicode_escape'` (never fails; lone surrogates are
/// escaped like any other code point).
pub(super) fn encode(cps: impl Iterator<Item = u32>, raw: bool) -> Vec<u8> {
    let mut out = Vec::new();
    for cp in cps {
        let escaped = match cp {
            _ if raw && cp < 0x100 => {
                out.push(cp as u8);
                continue;
            }
            0x09 => "\\t".to_owned(),
            0x0A => "\\n".to_owned(),
            0x0D => "\\r".to_owned(),
            0x5C => "\\\\".to_owned(),
            0x20..=0x7E => {
                out.push(cp as u8);
                continue;
            }
            0..=0xFF => format!("\\x{cp:02x}"),
            0x100..=0xFFFF => format!("\\u{cp:04x}"),
            _ => format!("\\U{cp:08x}"),
        };
        out.extend_from_slice(escaped.as_bytes());
    }
    out
}

fn hex_digits(b: &[u8], from: usize, count: usize) -> (u32, usize) {
    let mut value = 0u32;
    let mut read = 0;
    while read < count {
        match b.get(from + read).and_then(|&x| (x as char).to_digit(16)) {
            Some(d) => value = value * 16 + d,
            None => break,
        }
        read += 1;
    }
    (value, read)
}

/// Decodes `unicode_escape` (`raw` false) or `raw_unicode_escape` (`raw` true).
pub(super) fn decode(b: &[u8], errors: &str, raw: bool) -> Result<Decoded, TextError> {
    let codec = if raw {
        Codec::RawUnicodeEscape
    } else {
        Codec::UnicodeEscape
    };
    let handler = ErrorHandler::lookup(errors);
    let mut out = Decoded::Str(String::with_capacity(b.len()));
    let mut i = 0;
    while i < b.len() {
        let byte = b[i];
        if byte != b'\\' {
            out.push_code_point(u32::from(byte));
            i += 1;
            continue;
        }
        let start = i;
        let failure: (usize, &'static str) = if raw {
            // Count the run of backslashes; an even run is literal text.
            let run = b[i..].iter().take_while(|&&x| x == b'\\').count();
            let escape_at = i + run - 1;
            let kind = b.get(i + run).copied();
            if run % 2 == 0 || !matches!(kind, Some(b'u' | b'U')) {
                for _ in 0..run {
                    out.push_code_point(u32::from(b'\\'));
                }
                i += run;
                continue;
            }
            for _ in 0..run - 1 {
                out.push_code_point(u32::from(b'\\'));
            }
            let count = if kind == Some(b'u') { 4 } else { 8 };
            let (value, read) = hex_digits(b, escape_at + 2, count);
            let end = escape_at + 2 + read;
            if read < count {
                i = escape_at;
                (
                    end,
                    if count == 4 {
                        "truncated \\uXXXX escape"
                    } else {
                        "truncated \\UXXXXXXXX escape"
                    },
                )
            } else if value > 0x10_FFFF {
                i = escape_at;
                (end, "\\Uxxxxxxxx out of range")
            } else {
                out.push_code_point(value);
                i = end;
                continue;
            }
        } else {
            let Some(&kind) = b.get(i + 1) else {
                let error = decode_error(b, codec, start, start + 1, "\\ at end of string");
                i = handle_decode_error(&mut out, b, error, handler.clone()?, codec)?;
                continue;
            };
            let simple = match kind {
                b'\n' => Some(None),
                b'\\' => Some(Some(0x5C)),
                b'\'' => Some(Some(0x27)),
                b'"' => Some(Some(0x22)),
                b'a' => Some(Some(0x07)),
                b'b' => Some(Some(0x08)),
                b'f' => Some(Some(0x0C)),
                b'n' => Some(Some(0x0A)),
                b'r' => Some(Some(0x0D)),
                b't' => Some(Some(0x09)),
                b'v' => Some(Some(0x0B)),
                _ => None,
            };
            if let Some(value) = simple {
                if let Some(cp) = value {
                    out.push_code_point(cp);
                }
                i += 2;
                continue;
            }
            match kind {
                b'0'..=b'7' => {
                    let mut value = 0u32;
                    let mut read = 0;
                    while read < 3 && matches!(b.get(i + 1 + read), Some(b'0'..=b'7')) {
                        value = value * 8 + u32::from(b[i + 1 + read] - b'0');
                        read += 1;
                    }
                    out.push_code_point(value);
                    i += 1 + read;
                    continue;
                }
                b'x' | b'u' | b'U' => {
                    let (count, message) = match kind {
                        b'x' => (2, "truncated \\xXX escape"),
                        b'u' => (4, "truncated \\uXXXX escape"),
                        _ => (8, "truncated \\UXXXXXXXX escape"),
                    };
                    let (value, read) = hex_digits(b, i + 2, count);
                    let end = i + 2 + read;
                    if read < count {
                        (end, message)
                    } else if value > 0x10_FFFF {
                        (end, "illegal Unicode character")
                    } else {
                        out.push_code_point(value);
                        i = end;
                        continue;
                    }
                }
                b'N' => match decode_named(b, i) {
                    Ok((c, end)) => {
                        out.push_code_point(c as u32);
                        i = end;
                        continue;
                    }
                    Err(failure) => failure,
                },
                _ => {
                    // Unknown escape: kept as written (CPython also warns).
                    out.push_code_point(u32::from(b'\\'));
                    i += 1;
                    continue;
                }
            }
        };
        let (end, reason) = failure;
        let error = decode_error(b, codec, start.max(i), end, reason);
        i = handle_decode_error(&mut out, b, error, handler.clone()?, codec)?;
    }
    Ok(out)
}

/// `\N{name}` starting at `at`: the char and the offset after `}`, or the error range end
/// and reason.
fn decode_named(b: &[u8], at: usize) -> Result<(char, usize), (usize, &'static str)> {
    let malformed = "malformed \\N character escape";
    if b.get(at + 2) != Some(&b'{') {
        return Err((at + 2, malformed));
    }
    let Some(close) = b[at + 3..].iter().position(|&x| x == b'}') else {
        return Err((b.len(), malformed));
    };
    let end = at + 3 + close + 1;
    if close == 0 {
        // An empty name fails before its '}' is consumed.
        return Err((at + 3, malformed));
    }
    let Some(lookup) = NAME_LOOKUP.get() else {
        return Err((
            end,
            "\\N escapes not supported (can't load unicodedata module)",
        ));
    };
    let name: String = b[at + 3..end - 1].iter().map(|&x| x as char).collect();
    lookup(&name)
        .map(|c| (c, end))
        .ok_or((end, "unknown Unicode character name"))
}

fn decode_error(
    b: &[u8],
    codec: Codec,
    start: usize,
    end: usize,
    reason: &'static str,
) -> UnicodeDecodeError {
    UnicodeDecodeError {
        encoding: codec.message_name(),
        start,
        end,
        first_bad: b[start],
        reason,
    }
}

/// How many trailing bytes an incremental decoder should hold back: an escape at the end
/// that more input could still complete (CPython's decoders with `final=False` stop there;
/// octal escapes and malformed escapes are never held).
pub(crate) fn incomplete_tail(b: &[u8], raw: bool) -> usize {
    let hex_run_is_open = |from: usize, count: usize| {
        let available = &b[from.min(b.len())..];
        available.len() < count && available.iter().all(u8::is_ascii_hexdigit)
    };
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        if raw {
            let run = b[i..].iter().take_while(|&&x| x == b'\\').count();
            let after = i + run;
            if run % 2 == 1 {
                let escape = after - 1;
                match b.get(after) {
                    None => return b.len() - escape,
                    Some(b'u') if hex_run_is_open(after + 1, 4) => return b.len() - escape,
                    Some(b'U') if hex_run_is_open(after + 1, 8) => return b.len() - escape,
                    _ => {}
                }
            }
            i = after.max(i + 1);
            continue;
        }
        let open = match b.get(i + 1) {
            None => true,
            Some(b'x') => hex_run_is_open(i + 2, 2),
            Some(b'u') => hex_run_is_open(i + 2, 4),
            Some(b'U') => hex_run_is_open(i + 2, 8),
            Some(b'N') => match b.get(i + 2) {
                None => true,
                Some(b'{') => !b[i + 3..].contains(&b'}'),
                Some(_) => false,
            },
            Some(_) => false,
        };
        if open {
            return b.len() - i;
        }
        i += 2;
    }
    0
}

#[cfg(test)]
mod tests {
    use super::super::{decode_with, encode_code_points, Codec};
    use super::*;
    use crate::text::repr::{bytes_repr, str_repr, str_repr_code_points};
    use crate::text::testutil::python;

    fn test_char_names(c: char) -> Option<&'static str> {
        match c {
            '€' => Some("EURO SIGN"),
            '😀' => Some("GRINNING FACE"),
            _ => None,
        }
    }

    #[test]
    fn namereplace_matches_cpython() {
        set_unicode_char_name_lookup(test_char_names);
        let input = [0x61, 0x20ac, 0x80, 0xe000, 0x1f600, 0xd800];
        let out = python(
            "s = 'a\\u20ac\\x80\\ue000\\U0001f600\\ud800'\nfor c in ('ascii', 'latin-1', 'utf-8', 'utf-16-le'):\n    print(repr(s.encode(c, 'namereplace')))\ntry: b'\\xff'.decode('utf-8', 'namereplace')\nexcept TypeError as e: print(e)",
        );
        let mut lines = out.lines();
        for codec in ["ascii", "latin-1", "utf-8", "utf-16-le"] {
            let got =
                encode_code_points(&input, Codec::lookup(codec).unwrap(), "namereplace").unwrap();
            assert_eq!(bytes_repr(&got), lines.next().unwrap(), "{codec}");
        }
        assert_eq!(
            decode_with(b"\xff", "utf-8", "namereplace")
                .unwrap_err()
                .message(),
            lines.next().unwrap()
        );
    }

    fn test_names(name: &str) -> Option<char> {
        match name {
            "EURO SIGN" => Some('€'),
            "LATIN SMALL LETTER A" => Some('a'),
            _ => None,
        }
    }

    #[test]
    fn decoding_matches_cpython() {
        set_unicode_name_lookup(test_names);
        let inputs: [&[u8]; 16] = [
            b"a\\tb\\n\\x41\\u00e9\\U0001F600\\101\\777\\q\\N{EURO SIGN}",
            b"\\x4",
            b"\\x4g",
            b"\\u12",
            b"\\U0011ffff",
            b"\\N{NOPE}",
            b"\\N{EURO",
            b"\\N",
            b"abc\\\\",
            b"\\",
            b"x\\",
            b"\xe9\\x41",
            b"\\u00e9\\x4",
            b"\\'\\\"\\a\\b\\f\\v\\0\\8\\\n!",
            b"\\\\\\u0041\\\\u0041\\\\\\U00110000",
            b"\\N{}\\N{LATIN SMALL LETTER A}",
        ];
        let handlers = [
            "strict",
            "replace",
            "ignore",
            "backslashreplace",
            "surrogateescape",
        ];
        let mut script = String::from(
            "import warnings\nwarnings.simplefilter('ignore')\ndef run(f):\n    try: r = f()\n    except Exception as e: return f'{type(e).__name__}: {e}'\n    return repr(r)\n",
        );
        for input in inputs {
            for codec in ["unicode_escape", "raw_unicode_escape"] {
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
        for input in inputs {
            for codec in ["unicode_escape", "raw_unicode_escape"] {
                for h in handlers {
                    let got = match decode_with(input, codec, h) {
                        Ok(Decoded::Str(s)) => str_repr(&s),
                        Ok(Decoded::CodePoints(c)) => str_repr_code_points(&c),
                        Err(e) => format!("{}: {}", e.exception_name(), e.message()),
                    };
                    assert_eq!(got, lines.next().unwrap(), "{input:x?} {codec} {h}");
                }
            }
        }
    }

    #[test]
    fn encoding_matches_cpython() {
        let inputs: [&[u32]; 3] = [
            &[
                0x61, 0x09, 0x62, 0x0a, 0x5c, 0x00, 0x7f, 0xe9, 0x20ac, 0x1f600, 0x27, 0x22, 0x0d,
            ],
            &[0xd800, 0xdc80],
            &[],
        ];
        let mut script = String::new();
        for input in inputs {
            script.push_str(&format!(
                "s = {}\nprint(repr(s.encode('unicode_escape')), repr(s.encode('raw_unicode_escape')))\n",
                str_repr_code_points(input)
            ));
        }
        let out = python(&script);
        for (input, line) in inputs.iter().zip(out.lines()) {
            let escaped = encode_code_points(input, Codec::UnicodeEscape, "strict").unwrap();
            let raw = encode_code_points(input, Codec::RawUnicodeEscape, "strict").unwrap();
            assert_eq!(
                format!("{} {}", bytes_repr(&escaped), bytes_repr(&raw)),
                line
            );
        }
    }
}
