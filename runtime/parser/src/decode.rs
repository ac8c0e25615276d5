//! Source decoding: bytes -> UTF-8 text with `\n` line ends, as CPython's tokenizer sees it.
//!
//! PEP 263 rules: a UTF-8 BOM selects UTF-8; otherwise a `coding[:=]name` comment on line 1,
//! or on line 2 when line 1 is blank or a comment, names the encoding; otherwise UTF-8.
//! Columns in the AST are byte offsets into the *UTF-8 re-encoding*, so decoding first and
//! lexing UTF-8 only is exactly CPython's model. `\r\n` and lone `\r` become `\n` (CPython's
//! universal newline translation happens before tokenizing too).
//!
//! Latin-1 is decoded by hand (WHATWG's "latin1" label means windows-1252, which differs in
//! 0x80..0x9F); other single- and multi-byte codecs come from `encoding_rs`.

use crate::error::{SyntaxError, SyntaxErrorKind};

/// Decodes `source` to UTF-8 text with normalized newlines, or returns CPython's error.
pub fn decode_source(source: &[u8], filename: &str) -> Result<String, SyntaxError> {
    let (body, had_bom) = match source.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, true),
        None => (source, false),
    };
    let declared = find_coding_declaration(body);
    if let (true, Some(name)) = (had_bom, declared.as_deref()) {
        let normal = cpython_normal_name(name);
        if normal != "utf-8" {
            return Err(plain_error(filename, format!("encoding problem: {normal} with BOM")));
        }
    }
    let text = match declared.as_deref().map(normalize_encoding_name) {
        None => decode_utf8(body, filename)?,
        Some(name) if name == "utf-8" => decode_utf8(body, filename)?,
        Some(name) => decode_other(body, &name)
            .ok_or_else(|| plain_error(filename, format!("encoding problem: {}", declared.as_deref().unwrap_or(""))))?,
    };
    Ok(translate_newlines(text))
}

/// A decoding error: CPython raises these without a location or file name.
fn plain_error(filename: &str, msg: String) -> SyntaxError {
    let _ = filename;
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg,
        filename: String::new(),
        lineno: None,
        offset: None,
        end_lineno: None,
        end_offset: None,
        text: None,
    }
}

fn decode_utf8(body: &[u8], filename: &str) -> Result<String, SyntaxError> {
    match std::str::from_utf8(body) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let bad = e.valid_up_to();
            let line = 1 + body[..bad].iter().filter(|&&b| b == b'\n').count();
            let msg = format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                body[bad], filename, line
            );
            Err(plain_error(filename, msg))
        }
    }
}

/// The encoding named by a PEP 263 comment on line 1 or 2, if any.
fn find_coding_declaration(body: &[u8]) -> Option<String> {
    let mut lines = body.split(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = coding_in_line(first) {
        return Some(name);
    }
    if !is_blank_or_comment(first) {
        return None;
    }
    lines.next().and_then(coding_in_line)
}

fn is_blank_or_comment(line: &[u8]) -> bool {
    let rest: &[u8] = {
        let skip = line.iter().take_while(|b| matches!(b, b' ' | b'\t' | b'\x0c')).count();
        &line[skip..]
    };
    matches!(rest.first(), None | Some(b'#' | b'\r' | b'\n'))
}

/// Matches `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` on one line.
fn coding_in_line(line: &[u8]) -> Option<String> {
    let skip = line.iter().take_while(|b| matches!(b, b' ' | b'\t' | b'\x0c')).count();
    let rest = &line[skip..];
    if rest.first() != Some(&b'#') {
        return None;
    }
    let mut i = 0;
    while i + 7 <= rest.len() {
        if &rest[i..i + 6] == b"coding" && matches!(rest[i + 6], b':' | b'=') {
            let mut j = i + 7;
            while j < rest.len() && matches!(rest[j], b' ' | b'\t') {
                j += 1;
            }
            let start = j;
            while j < rest.len() && (rest[j].is_ascii_alphanumeric() || matches!(rest[j], b'-' | b'_' | b'.')) {
                j += 1;
            }
            if j > start {
                return Some(String::from_utf8_lossy(&rest[start..j]).into_owned());
            }
        }
        i += 1;
    }
    None
}

/// CPython's `get_normal_name`: lower-cased, `_` as `-`, and only `utf-8[-*]` and the
/// latin-1 spellings folded (so `utf8` stays `utf8`, which matters for the BOM check).
fn cpython_normal_name(name: &str) -> String {
    let lower = name.to_ascii_lowercase().replace('_', "-");
    if lower == "utf-8" || lower.starts_with("utf-8-") {
        return "utf-8".to_string();
    }
    for latin in ["latin-1", "iso-8859-1", "iso-latin-1"] {
        if lower == latin || lower.starts_with(&format!("{latin}-")) {
            return "iso-8859-1".to_string();
        }
    }
    lower
}

/// CPython's `get_normal_name` plus Python's codec alias folding for the names we support.
fn normalize_encoding_name(name: &str) -> String {
    let lower = name.to_ascii_lowercase().replace('_', "-");
    let starts = |p: &str| lower == p || lower.starts_with(&format!("{p}-"));
    if starts("utf-8") || lower == "utf8" {
        return "utf-8".to_string();
    }
    if starts("latin-1") || starts("iso-8859-1") || starts("iso-latin-1") || lower == "latin1"
        || lower == "iso8859-1" || lower == "l1"
    {
        return "iso-8859-1".to_string();
    }
    lower
}

fn decode_other(body: &[u8], name: &str) -> Option<String> {
    match name {
        "iso-8859-1" => return Some(body.iter().map(|&b| char::from(b)).collect()),
        "ascii" | "us-ascii" | "646" => {
            return if body.is_ascii() { Some(String::from_utf8_lossy(body).into_owned()) } else { None };
        }
        _ => {}
    }
    let label = match name {
        "cp1252" | "windows-1252" => "windows-1252",
        "koi8-r" | "koi8r" => "koi8-r",
        "shift-jis" | "sjis" | "shiftjis" => "shift_jis",
        "euc-jp" | "eucjp" => "euc-jp",
        other => other,
    };
    let label = label.replace("iso8859-", "iso-8859-");
    let encoding = encoding_rs::Encoding::for_label(label.as_bytes())?;
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    if had_errors {
        return None;
    }
    Some(text.into_owned())
}

fn translate_newlines(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pep_263_declarations() {
        let latin1 = b"# -*- coding: latin-1 -*-\nx = '\xe9'\n";
        assert_eq!(decode_source(latin1, "f").unwrap(), "# -*- coding: latin-1 -*-\nx = 'é'\n");
        // Line 2 counts only after a blank or comment line 1.
        let second = b"#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :\nx = '\xa4'\n";
        assert!(decode_source(second, "f").unwrap().ends_with("x = '€'\n"));
        let not_second = b"x = 1\n# coding: latin-1\ny = '\xe9'\n";
        assert!(decode_source(not_second, "f").unwrap_err().msg.starts_with("Non-UTF-8 code starting with '\\xe9'"));
    }

    #[test]
    fn bom_and_newlines() {
        assert_eq!(decode_source(b"\xEF\xBB\xBFx = 1\r\ny = 2\r", "f").unwrap(), "x = 1\ny = 2\n");
        let err = decode_source(b"\xEF\xBB\xBF# coding: latin-1\n", "f").unwrap_err();
        assert_eq!(err.msg, "encoding problem: iso-8859-1 with BOM");
        assert_eq!(decode_source(b"# coding: klingon\n", "f").unwrap_err().msg, "encoding problem: klingon");
    }
}
