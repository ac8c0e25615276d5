//! `str.encode` and `bytes.decode` for UTF-8, ASCII, Latin-1 (here), UTF-16/UTF-32
//! (`wide`) and `unicode_escape`/`raw_unicode_escape` (`escape`), with CPython's error
//! handlers and its exact `UnicodeEncodeError` / `UnicodeDecodeError` positions and reasons.
//!
//! The clean path is a copy (UTF-8 from a `&str` cannot fail; ASCII and Latin-1 check and
//! narrow). Only when a character or byte cannot be converted does the slow path run, and it
//! reproduces CPython's error ranges, because handlers and messages depend on them:
//!
//! * encoders report a whole *run* of consecutive unencodable characters as one error
//!   (`'ééé'.encode('ascii')` fails at "characters in position 0-2");
//! * the UTF-8 decoder reports each *maximal invalid subpart* (a lead byte plus the valid
//!   continuation bytes after it), reason "invalid start byte", "invalid continuation byte"
//!   or, at the end of the input, "unexpected end of data"; `replace` therefore produces one
//!   U+FFFD per subpart, as CPython does;
//! * the ASCII decoder reports one byte at a time.
//!
//! Python strings may hold lone surrogates (`surrogateescape` makes them); `&str` cannot, so
//! decoding returns [`Decoded::CodePoints`] in that case, and [`encode_code_points`] accepts
//! such strings. An unknown error handler name is only an error once an error happens,
//! matching CPython (`'x'.encode('utf-8', 'bogus')` succeeds).

use std::fmt::Write;

mod escape;
mod wide;

pub(crate) use escape::incomplete_tail as escape_incomplete_tail;
pub use escape::{set_unicode_char_name_lookup, set_unicode_name_lookup};
pub use wide::Endian;

use super::error::{TextError, UnicodeDecodeError, UnicodeEncodeError};

/// A codec this module implements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    /// `utf-8`.
    Utf8,
    /// `utf-8-sig`: UTF-8 with a leading byte order mark (written, and skipped if present).
    Utf8Sig,
    /// `ascii`.
    Ascii,
    /// `latin-1` (ISO-8859-1).
    Latin1,
    /// `utf-16`, `utf-16-le`, `utf-16-be`.
    Utf16(Endian),
    /// `utf-32`, `utf-32-le`, `utf-32-be`.
    Utf32(Endian),
    /// `unicode_escape`.
    UnicodeEscape,
    /// `raw_unicode_escape`.
    RawUnicodeEscape,
}

impl Codec {
    /// Finds the codec for an encoding name as `codecs.lookup` would (case, punctuation and
    /// aliases ignored). `None` for names this module does not implement; the caller raises
    /// [`unknown_encoding`] for them.
    pub fn lookup(name: &str) -> Option<Codec> {
        let normalized = normalize_encoding_name(name);
        Some(match normalized.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
            "utf_8_sig" => Codec::Utf8Sig,
            "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
            | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
            | "us_ascii" => Codec::Ascii,
            "latin_1" | "latin1" | "latin" | "l1" | "8859" | "cp819" | "csisolatin1" | "ibm819"
            | "iso8859" | "iso8859_1" | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" => {
                Codec::Latin1
            }
            "utf_16" | "u16" | "utf16" => Codec::Utf16(Endian::Bom),
            "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16(Endian::Little),
            "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16(Endian::Big),
            "utf_32" | "u32" | "utf32" => Codec::Utf32(Endian::Bom),
            "utf_32_le" | "utf_32le" => Codec::Utf32(Endian::Little),
            "utf_32_be" | "utf_32be" => Codec::Utf32(Endian::Big),
            "unicode_escape" => Codec::UnicodeEscape,
            "raw_unicode_escape" => Codec::RawUnicodeEscape,
            _ => return None,
        })
    }

    /// The name CPython uses in codec error messages.
    pub fn message_name(self) -> &'static str {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(Endian::Bom) => "utf-16",
            Codec::Utf16(Endian::Little) => "utf-16-le",
            Codec::Utf16(Endian::Big) => "utf-16-be",
            Codec::Utf32(Endian::Bom) => "utf-32",
            Codec::Utf32(Endian::Little) => "utf-32-le",
            Codec::Utf32(Endian::Big) => "utf-32-be",
            Codec::UnicodeEscape => "unicodeescape",
            Codec::RawUnicodeEscape => "rawunicodeescape",
        }
    }

    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 | Codec::Utf8Sig | Codec::Utf16(_) | Codec::Utf32(_) => 0x11_0000,
            Codec::UnicodeEscape | Codec::RawUnicodeEscape => 0x11_0000,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }

    fn encode_reason(self) -> &'static str {
        match self {
            Codec::Utf8 | Codec::Utf8Sig | Codec::Utf16(_) | Codec::Utf32(_) => {
                "surrogates not allowed"
            }
            Codec::UnicodeEscape | Codec::RawUnicodeEscape => "",
            Codec::Ascii => "ordinal not in range(128)",
            Codec::Latin1 => "ordinal not in range(256)",
        }
    }

    fn can_encode(self, cp: u32) -> bool {
        match self {
            Codec::Utf8 | Codec::Utf8Sig | Codec::Utf16(_) | Codec::Utf32(_) => !is_surrogate(cp),
            Codec::Ascii | Codec::Latin1 => cp < self.limit(),
            Codec::UnicodeEscape | Codec::RawUnicodeEscape => true,
        }
    }
}

/// `encodings.normalize_encoding` plus lower-casing: runs of characters other than ASCII
/// letters, digits and '.' become one '_' (none at the ends).
pub fn normalize_encoding_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punctuation = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punctuation && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punctuation = false;
        } else {
            punctuation = true;
        }
    }
    out
}

/// `LookupError: unknown encoding: NAME`.
pub fn unknown_encoding(name: &str) -> TextError {
    TextError::Lookup(format!("unknown encoding: {name}"))
}

/// The built-in codec error handlers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorHandler {
    /// Raise the error.
    Strict,
    /// Drop what cannot be converted.
    Ignore,
    /// `?` when encoding, U+FFFD when decoding.
    Replace,
    /// `\xNN`, `\uNNNN`, `\UNNNNNNNN` escapes.
    BackslashReplace,
    /// `&#NNNN;` (encoding only).
    XmlCharRefReplace,
    /// `\N{NAME}`, or a backslash escape for chars without a name (encoding only).
    NameReplace,
    /// Undecodable bytes become U+DC80..U+DCFF and encode back to the same bytes.
    SurrogateEscape,
    /// Surrogates are encoded/decoded as if they were ordinary code points (UTF-8 only).
    SurrogatePass,
}

impl ErrorHandler {
    /// The handler registered under `name`, or `LookupError: unknown error handler name`.
    pub fn lookup(name: &str) -> Result<ErrorHandler, TextError> {
        Ok(match name {
            "strict" => ErrorHandler::Strict,
            "ignore" => ErrorHandler::Ignore,
            "replace" => ErrorHandler::Replace,
            "backslashreplace" => ErrorHandler::BackslashReplace,
            "xmlcharrefreplace" => ErrorHandler::XmlCharRefReplace,
            "namereplace" => ErrorHandler::NameReplace,
            "surrogateescape" => ErrorHandler::SurrogateEscape,
            "surrogatepass" => ErrorHandler::SurrogatePass,
            _ => {
                return Err(TextError::Lookup(format!(
                    "unknown error handler name '{name}'"
                )))
            }
        })
    }
}

/// The UTF-8 encoding of U+FEFF, which `utf-8-sig` writes first and skips when reading.
pub const UTF8_BOM: [u8; 3] = [0xEF, 0xBB, 0xBF];

fn is_surrogate(cp: u32) -> bool {
    (0xD800..=0xDFFF).contains(&cp)
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, codec: Codec, errors: &str) -> Result<Vec<u8>, TextError> {
    match codec {
        Codec::Utf8 => Ok(s.as_bytes().to_vec()),
        Codec::Utf8Sig => Ok([UTF8_BOM.as_slice(), s.as_bytes()].concat()),
        Codec::Ascii if s.is_ascii() => Ok(s.as_bytes().to_vec()),
        Codec::Latin1 if s.chars().all(|c| (c as u32) < 0x100) => {
            Ok(s.chars().map(|c| c as u8).collect())
        }
        Codec::Utf16(_) | Codec::Utf32(_) => Ok(wide::encode_str(s, codec)),
        Codec::UnicodeEscape | Codec::RawUnicodeEscape => Ok(escape::encode(
            s.chars().map(u32::from),
            codec == Codec::RawUnicodeEscape,
        )),
        _ => {
            let cps: Vec<u32> = s.chars().map(u32::from).collect();
            encode_code_points(&cps, codec, errors)
        }
    }
}

fn push_utf8(out: &mut Vec<u8>, cp: u32) {
    // Surrogates get the generalized 3-byte form (what surrogatepass writes).
    match cp {
        0..=0x7F => out.push(cp as u8),
        0x80..=0x7FF => out.extend_from_slice(&[0xC0 | (cp >> 6) as u8, 0x80 | (cp & 0x3F) as u8]),
        0x800..=0xFFFF => out.extend_from_slice(&[
            0xE0 | (cp >> 12) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]),
        _ => out.extend_from_slice(&[
            0xF0 | (cp >> 18) as u8,
            0x80 | ((cp >> 12) & 0x3F) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]),
    }
}

fn push_backslash_escape(out: &mut String, cp: u32) {
    let _ = if cp <= 0xff {
        write!(out, "\\x{cp:02x}")
    } else if cp <= 0xffff {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}

/// What `namereplace` writes for `cp`: `\N{NAME}` when the registered name table (see
/// [`set_unicode_char_name_lookup`]) knows the char, else the backslash escape.
fn push_name_escape(out: &mut String, cp: u32) {
    let name = char::from_u32(cp).and_then(escape::char_name);
    match name {
        Some(name) => {
            let _ = write!(out, "\\N{{{name}}}");
        }
        None => push_backslash_escape(out, cp),
    }
}

/// `s.encode(encoding, errors)` for a string given as code points (lone surrogates allowed).
pub fn encode_code_points(cps: &[u32], codec: Codec, errors: &str) -> Result<Vec<u8>, TextError> {
    match codec {
        Codec::Utf16(_) | Codec::Utf32(_) => return wide::encode_code_points(cps, codec, errors),
        Codec::UnicodeEscape | Codec::RawUnicodeEscape => {
            return Ok(escape::encode(
                cps.iter().copied(),
                codec == Codec::RawUnicodeEscape,
            ));
        }
        Codec::Utf8Sig => {
            let mut out = UTF8_BOM.to_vec();
            out.extend(encode_code_points(cps, Codec::Utf8, errors)?);
            return Ok(out);
        }
        _ => {}
    }
    let mut out = Vec::with_capacity(cps.len());
    let mut handler: Option<ErrorHandler> = None;
    let mut i = 0;
    while i < cps.len() {
        let cp = cps[i];
        if codec.can_encode(cp) {
            match codec {
                Codec::Utf8 => push_utf8(&mut out, cp),
                _ => out.push(cp as u8),
            }
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        while end < cps.len() && !codec.can_encode(cps[end]) {
            end += 1;
        }
        let error = |start: usize| {
            TextError::Encode(UnicodeEncodeError {
                encoding: codec.message_name(),
                start,
                end,
                first_bad: cps[start],
                reason: codec.encode_reason(),
            })
        };
        let handler = match handler {
            Some(h) => h,
            None => *handler.insert(ErrorHandler::lookup(errors)?),
        };
        let run = &cps[start..end];
        match handler {
            ErrorHandler::Strict => return Err(error(start)),
            ErrorHandler::Ignore => {}
            ErrorHandler::Replace => out.resize(out.len() + run.len(), b'?'),
            ErrorHandler::BackslashReplace => {
                let mut text = String::new();
                run.iter()
                    .for_each(|&cp| push_backslash_escape(&mut text, cp));
                out.extend_from_slice(text.as_bytes());
            }
            ErrorHandler::XmlCharRefReplace => {
                let mut text = String::new();
                run.iter().for_each(|&cp| {
                    let _ = write!(text, "&#{cp};");
                });
                out.extend_from_slice(text.as_bytes());
            }
            ErrorHandler::NameReplace => {
                let mut text = String::new();
                run.iter().for_each(|&cp| push_name_escape(&mut text, cp));
                out.extend_from_slice(text.as_bytes());
            }
            ErrorHandler::SurrogateEscape => {
                for (k, &cp) in run.iter().enumerate() {
                    if !(0xDC80..=0xDCFF).contains(&cp) {
                        return Err(error(start + k));
                    }
                    out.push((cp - 0xDC00) as u8);
                }
            }
            ErrorHandler::SurrogatePass => {
                if codec != Codec::Utf8 {
                    return Err(error(start));
                }
                run.iter().for_each(|&cp| push_utf8(&mut out, cp));
            }
        }
        i = end;
    }
    Ok(out)
}

/// Decoded text: a `String` unless an error handler produced lone surrogates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded {
    /// Ordinary text.
    Str(String),
    /// Text containing at least one lone surrogate, as code points.
    CodePoints(Vec<u32>),
}

impl Decoded {
    /// The text, if it holds no lone surrogate.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Decoded::Str(s) => Some(s),
            Decoded::CodePoints(_) => None,
        }
    }

    /// The text as code points, whichever form it is in.
    pub fn into_code_points(self) -> Vec<u32> {
        match self {
            Decoded::Str(s) => s.chars().map(u32::from).collect(),
            Decoded::CodePoints(cps) => cps,
        }
    }

    fn push_str(&mut self, s: &str) {
        match self {
            Decoded::Str(out) => out.push_str(s),
            Decoded::CodePoints(out) => out.extend(s.chars().map(u32::from)),
        }
    }

    fn push_code_point(&mut self, cp: u32) {
        match (self, char::from_u32(cp)) {
            (Decoded::Str(out), Some(c)) => out.push(c),
            (Decoded::CodePoints(out), _) => out.push(cp),
            (this @ Decoded::Str(_), None) => {
                let Decoded::Str(text) = &*this else { return };
                let mut cps: Vec<u32> = text.chars().map(u32::from).collect();
                cps.push(cp);
                *this = Decoded::CodePoints(cps);
            }
        }
    }
}

/// `b.decode(encoding, errors)`.
pub fn decode(b: &[u8], codec: Codec, errors: &str) -> Result<Decoded, TextError> {
    match codec {
        Codec::Latin1 => Ok(Decoded::Str(b.iter().map(|&x| x as char).collect())),
        Codec::Ascii => decode_ascii(b, errors),
        Codec::Utf8 => decode_utf8(b, errors),
        // Error positions count from after the BOM, as in CPython.
        Codec::Utf8Sig => decode_utf8(b.strip_prefix(UTF8_BOM.as_slice()).unwrap_or(b), errors),
        Codec::Utf16(_) | Codec::Utf32(_) => wide::decode(b, codec, errors),
        Codec::UnicodeEscape => escape::decode(b, errors, false),
        Codec::RawUnicodeEscape => escape::decode(b, errors, true),
    }
}

/// What a decode handler does with the undecodable bytes `b[start..end]`; returns where to
/// resume.
fn handle_decode_error(
    out: &mut Decoded,
    b: &[u8],
    error: UnicodeDecodeError,
    handler: ErrorHandler,
    codec: Codec,
) -> Result<usize, TextError> {
    let bad = &b[error.start..error.end];
    match handler {
        ErrorHandler::Strict => return Err(TextError::Decode(error)),
        ErrorHandler::Ignore => {}
        ErrorHandler::Replace => out.push_code_point(0xFFFD),
        ErrorHandler::BackslashReplace => {
            let mut text = String::new();
            bad.iter()
                .for_each(|&x| push_backslash_escape(&mut text, u32::from(x)));
            out.push_str(&text);
        }
        ErrorHandler::XmlCharRefReplace | ErrorHandler::NameReplace => {
            return Err(TextError::Type(
                "don't know how to handle UnicodeDecodeError in error callback".to_owned(),
            ));
        }
        ErrorHandler::SurrogateEscape => {
            // CPython escapes at most four bytes from the start of the range, stops at the
            // first ASCII byte (which it refuses to escape), and resumes right after the
            // escaped ones; with nothing escaped it raises the original error.
            let escaped = bad.iter().take(4).take_while(|&&x| x >= 0x80).count();
            if escaped == 0 {
                return Err(TextError::Decode(error));
            }
            bad[..escaped]
                .iter()
                .for_each(|&x| out.push_code_point(0xDC00 + u32::from(x)));
            return Ok(error.start + escaped);
        }
        ErrorHandler::SurrogatePass => {
            let rest = &b[error.start..];
            let Some((cp, len)) = encoded_surrogate(codec, rest) else {
                return Err(TextError::Decode(error));
            };
            out.push_code_point(cp);
            return Ok(error.start + len);
        }
    }
    Ok(error.end)
}

/// The lone surrogate `surrogatepass` recognises at the start of `rest` for `codec`, and
/// how many bytes encode it.
fn encoded_surrogate(codec: Codec, rest: &[u8]) -> Option<(u32, usize)> {
    let (cp, len) = match codec {
        Codec::Utf8 | Codec::Utf8Sig => {
            let bytes = rest.get(..3)?;
            if bytes[0] & 0xF0 != 0xE0 || bytes[1] & 0xC0 != 0x80 || bytes[2] & 0xC0 != 0x80 {
                return None;
            }
            let cp = (u32::from(bytes[0] & 0x0F) << 12)
                | (u32::from(bytes[1] & 0x3F) << 6)
                | u32::from(bytes[2] & 0x3F);
            (cp, 3)
        }
        Codec::Utf16(_) | Codec::Utf32(_) => wide::unit_at(codec, rest)?,
        Codec::Ascii | Codec::Latin1 | Codec::UnicodeEscape | Codec::RawUnicodeEscape => {
            return None
        }
    };
    is_surrogate(cp).then_some((cp, len))
}

fn decode_ascii(b: &[u8], errors: &str) -> Result<Decoded, TextError> {
    if b.is_ascii() {
        // ASCII bytes are valid UTF-8.
        return Ok(Decoded::Str(b.iter().map(|&x| x as char).collect()));
    }
    let handler = ErrorHandler::lookup(errors);
    let mut out = Decoded::Str(String::with_capacity(b.len()));
    let mut i = 0;
    while i < b.len() {
        let run = b[i..]
            .iter()
            .position(|x| !x.is_ascii())
            .unwrap_or(b.len() - i);
        out.push_str(std::str::from_utf8(&b[i..i + run]).map_err(|_| TextError::Memory)?);
        i += run;
        if i == b.len() {
            break;
        }
        let error = UnicodeDecodeError {
            encoding: "ascii",
            start: i,
            end: i + 1,
            first_bad: b[i],
            reason: "ordinal not in range(128)",
        };
        i = handle_decode_error(&mut out, b, error, handler.clone()?, Codec::Ascii)?;
    }
    Ok(out)
}

fn decode_utf8(b: &[u8], errors: &str) -> Result<Decoded, TextError> {
    let first_error = match std::str::from_utf8(b) {
        Ok(s) => return Ok(Decoded::Str(s.to_owned())),
        Err(e) => e,
    };
    let handler = ErrorHandler::lookup(errors);
    let mut out = Decoded::Str(String::with_capacity(b.len()));
    let mut i = 0;
    let mut next_error = Some(first_error);
    while i < b.len() {
        let error = match next_error.take() {
            Some(e) => e,
            None => match std::str::from_utf8(&b[i..]) {
                Ok(s) => {
                    out.push_str(s);
                    break;
                }
                Err(e) => e,
            },
        };
        let valid = error.valid_up_to();
        // The prefix up to `valid_up_to` is valid UTF-8 by definition.
        out.push_str(std::str::from_utf8(&b[i..i + valid]).map_err(|_| TextError::Memory)?);
        let start = i + valid;
        let lead = b[start];
        let (end, reason) = match error.error_len() {
            None => (b.len(), "unexpected end of data"),
            Some(n) if (0xC2..=0xF4).contains(&lead) => (start + n, "invalid continuation byte"),
            Some(n) => (start + n, "invalid start byte"),
        };
        let error = UnicodeDecodeError {
            encoding: "utf-8",
            start,
            end,
            first_bad: lead,
            reason,
        };
        i = handle_decode_error(&mut out, b, error, handler.clone()?, Codec::Utf8)?;
    }
    Ok(out)
}

/// `str.encode(encoding, errors)` with the encoding given by name.
pub fn encode_with(s: &str, encoding: &str, errors: &str) -> Result<Vec<u8>, TextError> {
    encode(
        s,
        Codec::lookup(encoding).ok_or_else(|| unknown_encoding(encoding))?,
        errors,
    )
}

/// `str.encode(encoding, errors)` with the encoding given by name, for a string given as
/// code points (lone surrogates allowed).
pub fn encode_code_points_with(cps: &[u32], encoding: &str, errors: &str) -> Result<Vec<u8>, TextError> {
    encode_code_points(cps, Codec::lookup(encoding).ok_or_else(|| unknown_encoding(encoding))?, errors)
}

/// `bytes.decode(encoding, errors)` with the encoding given by name.
pub fn decode_with(b: &[u8], encoding: &str, errors: &str) -> Result<Decoded, TextError> {
    decode(
        b,
        Codec::lookup(encoding).ok_or_else(|| unknown_encoding(encoding))?,
        errors,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::repr::{bytes_repr, str_repr, str_repr_code_points};
    use crate::text::testutil::python;

    const HANDLERS: [&str; 8] = [
        "strict",
        "ignore",
        "replace",
        "backslashreplace",
        "xmlcharrefreplace",
        "surrogateescape",
        "surrogatepass",
        "bogus",
    ];

    fn show_decoded(result: Result<Decoded, TextError>) -> String {
        match result {
            Ok(Decoded::Str(s)) => str_repr(&s),
            Ok(Decoded::CodePoints(cps)) => str_repr_code_points(&cps),
            Err(e) => format!("{}: {}", e.exception_name(), e.message()),
        }
    }

    fn show_encoded(result: Result<Vec<u8>, TextError>) -> String {
        match result {
            Ok(b) => bytes_repr(&b),
            Err(e) => format!("{}: {}", e.exception_name(), e.message()),
        }
    }

    const PY_HELPERS: &str = r#"
def run(f):
    try:
        r = f()
    except Exception as e:
        return f'{type(e).__name__}: {e}'
    return repr(r)
"#;

    #[test]
    fn decode_matches_cpython() {
        let inputs: [&[u8]; 14] = [
            b"plain",
            b"caf\xc3\xa9",
            b"\xff",
            b"a\x80b",
            b"\xe2\x82",
            b"\xe2\x82A",
            b"\xf0\x80\x80",
            b"\xed\xa0\x80x",
            b"\xc0\xaf",
            b"\xf4\x90\x80\x80",
            b"\xe0\x80\x80",
            b"\xf0\x9f\x98",
            b"x\xed\xb2\x80\xc3",
            b"\xf5\xc3\xa9\x80",
        ];
        let codecs = ["utf-8", "ascii", "latin-1"];
        let mut script = String::from(PY_HELPERS);
        for input in inputs {
            for codec in codecs {
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
            for codec in codecs {
                for h in HANDLERS {
                    let got = show_decoded(decode_with(input, codec, h));
                    assert_eq!(got, lines.next().unwrap(), "{input:?} {codec} {h}");
                }
            }
        }
    }

    #[test]
    fn encode_matches_cpython() {
        let inputs: [&[u32]; 9] = [
            &[0x61, 0x62],
            &[0xe9],
            &[0xe9, 0xea, 0x61, 0x20ac],
            &[0x1f600],
            &[0xd800],
            &[0xd800, 0xdc00, 0x78],
            &[0xdc80, 0xe9, 0xdcff],
            &[0x61, 0xdc80, 0xe9, 0xea, 0xdcff],
            &[0x10ffff, 0xdfff, 0x7f],
        ];
        let codecs = ["utf-8", "ascii", "latin-1"];
        let mut script = String::from(PY_HELPERS);
        for input in inputs {
            for codec in codecs {
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
            for codec in codecs {
                for h in HANDLERS {
                    let got =
                        show_encoded(encode_code_points(input, Codec::lookup(codec).unwrap(), h));
                    assert_eq!(got, lines.next().unwrap(), "{input:x?} {codec} {h}");
                    if let Ok(s) = input
                        .iter()
                        .map(|&c| char::from_u32(c).ok_or(()))
                        .collect::<Result<String, ()>>()
                    {
                        assert_eq!(
                            show_encoded(encode_with(&s, codec, h)),
                            got,
                            "{s:?} {codec} {h}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn random_utf8_decoding_matches_cpython() {
        // Deterministic pseudo-random byte strings biased towards UTF-8 lead bytes.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let alphabet = [
            0x41u8, 0x80, 0x8f, 0x90, 0xa0, 0xbf, 0xc2, 0xc0, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4,
            0xf5, 0xff,
        ];
        let mut inputs = Vec::new();
        for _ in 0..400 {
            let mut v = Vec::new();
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = (state % 7) as usize;
            let mut s = state;
            for _ in 0..len {
                v.push(alphabet[(s & 15) as usize]);
                s >>= 4;
            }
            inputs.push(v);
        }
        let mut script = String::from(PY_HELPERS);
        for input in &inputs {
            for h in [
                "strict",
                "replace",
                "backslashreplace",
                "surrogateescape",
                "surrogatepass",
            ] {
                script.push_str(&format!(
                    "print(run(lambda: {}.decode('utf-8', '{h}')))\n",
                    bytes_repr(input)
                ));
            }
        }
        let out = python(&script);
        let mut lines = out.lines();
        for input in &inputs {
            for h in [
                "strict",
                "replace",
                "backslashreplace",
                "surrogateescape",
                "surrogatepass",
            ] {
                assert_eq!(
                    show_decoded(decode(input, Codec::Utf8, h)),
                    lines.next().unwrap(),
                    "{input:x?} {h}"
                );
            }
        }
    }

    #[test]
    fn encoding_names() {
        assert_eq!(Codec::lookup("UTF-8"), Some(Codec::Utf8));
        assert_eq!(Codec::lookup("utf-8-sig"), Some(Codec::Utf8Sig));
        let escaped = decode_with(b"a\xff", "ascii", "surrogateescape").unwrap();
        assert_eq!(escaped.as_str(), None);
        assert_eq!(escaped.into_code_points(), [0x61, 0xdcff]);
        let plain = decode_with(b"ab", "ascii", "strict").unwrap();
        assert_eq!(plain.as_str(), Some("ab"));
        assert_eq!(plain.into_code_points(), [0x61, 0x62]);
        assert_eq!(Codec::lookup("UTF8-SIG"), None);
        assert_eq!(
            encode_with("a", "utf-8-sig", "strict").unwrap(),
            b"\xef\xbb\xbfa"
        );
        assert_eq!(
            decode_with(b"\xef\xbb\xbf\xef\xbb\xbfa", "utf-8-sig", "strict").unwrap(),
            Decoded::Str("\u{feff}a".into())
        );
        assert_eq!(
            decode_with(b"a", "utf-8-sig", "strict").unwrap(),
            Decoded::Str("a".into())
        );
        assert_eq!(
            decode_with(b"\xef\xbb\xbfa\xff", "utf-8-sig", "strict")
                .unwrap_err()
                .message(),
            "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"
        );
        assert_eq!(
            encode_code_points(&[0xd800], Codec::Utf8Sig, "strict")
                .unwrap_err()
                .message(),
            "'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed"
        );
        assert_eq!(Codec::lookup(" Latin 1 "), Some(Codec::Latin1));
        assert_eq!(Codec::lookup("US-ASCII"), Some(Codec::Ascii));
        assert_eq!(Codec::lookup("iso-8859-1"), Some(Codec::Latin1));
        assert_eq!(Codec::lookup("utf-16"), Some(Codec::Utf16(Endian::Bom)));
        assert_eq!(Codec::lookup("UTF-32BE"), Some(Codec::Utf32(Endian::Big)));
        assert_eq!(Codec::lookup("utf-7"), None);
        assert_eq!(
            encode_with("x", "bogus", "strict").unwrap_err().message(),
            "unknown encoding: bogus"
        );
        assert_eq!(encode_with("x", "utf-8", "bogus").unwrap(), b"x");
    }
}
