//! String literals: escape decoding, implicit concatenation, f-strings (PEP 701) and
//! t-strings (PEP 750).
//!
//! A run of adjacent string tokens becomes one node: a `Constant` (str or bytes) when no
//! f-/t-string is involved, else a `JoinedStr` (or `TemplateStr`) whose literal parts are
//! merged across token boundaries and whose empty parts are dropped, as CPython does.
//! Literal text is decoded here, not in the lexer, so that escape errors are reported in
//! parse order and the lexer stays allocation-free for strings.

use super::expression::mk;
use super::{PResult, ParseError, Parser};
use crate::ast::{Constant, Expr, ExprKind, Location, PyStr};
use crate::token::{Token, T};

/// One piece of an f-/t-string before merging.
enum Piece {
    Text(PyStr, Location),
    Field(Expr),
}

impl Parser<'_> {
    /// Parses a run of adjacent string tokens.
    pub fn strings(&mut self) -> PResult<Expr> {
        let first = self.cur();
        let mut pieces: Vec<Piece> = Vec::new();
        let mut bytes: Option<Vec<u8>> = None;
        let mut saw_bytes = false;
        let mut saw_text = false;
        let mut saw_f = false;
        let mut saw_t = false;
        let mut u_kind = false;
        let mut index = 0;
        let mut first_is_bytes: Option<bool> = None;
        let mut mix_at: Option<Location> = None;
        loop {
            if matches!(self.peek(), T::String | T::FStringStart | T::TStringStart) {
                let t = self.cur();
                let is_bytes = t.kind == T::String && split_string(self.text(t)).0.bytes().any(|b| b == b'b' || b == b'B');
                match first_is_bytes {
                    None => first_is_bytes = Some(is_bytes),
                    Some(f) if f != is_bytes && mix_at.is_none() => {
                        let l = self.loc_of(t);
                        mix_at = Some(Location { end_lineno: l.lineno, end_col_offset: l.col_offset, ..l });
                    }
                    _ => {}
                }
            }
            match self.peek() {
                T::String => {
                    let t = self.bump();
                    let text = self.text(t);
                    let (prefix, body, _quote_len) = split_string(text);
                    let lower: String = prefix.to_ascii_lowercase();
                    if index == 0 && lower.contains('u') {
                        u_kind = true;
                    }
                    let raw = lower.contains('r');
                    if lower.contains('b') {
                        saw_bytes = true;
                        let value = self.decode_bytes(body, raw, t)?;
                        bytes.get_or_insert_with(Vec::new).extend_from_slice(&value);
                    } else {
                        saw_text = true;
                        let value = self.decode_str(body, raw, t)?;
                        pieces.push(Piece::Text(value, self.loc_of(t)));
                    }
                }
                T::FStringStart => {
                    saw_f = true;
                    self.fstring(&mut pieces, false)?;
                }
                T::TStringStart => {
                    saw_t = true;
                    self.fstring(&mut pieces, true)?;
                }
                _ => break,
            }
            index += 1;
        }
        let loc = self.loc_from(first);
        if saw_bytes && (saw_text || saw_f || saw_t) {
            let _ = mix_at;
            let after = self.loc_of(self.cur());
            let at = Location { end_lineno: after.lineno, end_col_offset: after.col_offset, ..after };
            return Err(self.err_at(at, "cannot mix bytes and nonbytes literals"));
        }
        if saw_t && (saw_text || saw_f) {
            return Err(self.err_at(loc, "cannot mix t-string literals with string or bytes literals"));
        }
        if let Some(b) = bytes {
            return Ok(mk(ExprKind::Constant { value: Constant::Bytes(b), kind: None }, loc));
        }
        if !saw_f && !saw_t {
            let mut s = PyStr::new();
            for p in &pieces {
                if let Piece::Text(t, _) = p {
                    s.push_pystr(t);
                }
            }
            let kind = if u_kind { Some("u".to_string()) } else { None };
            return Ok(mk(ExprKind::Constant { value: Constant::Str(s), kind }, loc));
        }
        let values = merge_pieces(pieces);
        let kind = if saw_t { ExprKind::TemplateStr { values } } else { ExprKind::JoinedStr { values } };
        Ok(mk(kind, loc))
    }

    /// Parses one f-/t-string from its START token to its END token into `pieces`.
    fn fstring(&mut self, pieces: &mut Vec<Piece>, is_t: bool) -> PResult<()> {
        let start = self.bump();
        let prefix_text = self.text(start);
        let raw = prefix_text.bytes().any(|b| b == b'r' || b == b'R');
        let (middle, end) = if is_t { (T::TStringMiddle, T::TStringEnd) } else { (T::FStringMiddle, T::FStringEnd) };
        loop {
            let k = self.peek();
            if k == middle {
                let t = self.bump();
                let value = self.decode_fstring_middle(t, raw)?;
                pieces.push(Piece::Text(value, self.loc_of(t)));
            } else if k == T::LBrace {
                self.replacement_field(pieces, raw, is_t, is_t)?;
            } else if k == end {
                self.bump();
                return Ok(());
            } else {
                return Err(self.invalid_syntax());
            }
        }
    }

    /// `'{' (yield_expr | star_expressions) ['='] ['!' NAME] [':' spec] '}'`. `is_t`: inside a
    /// t-string (token kinds, messages); `interpolation`: build an `Interpolation` rather
    /// than a `FormattedValue` (fields nested in a t-string's format spec are formatted
    /// values, as in CPython's `tstring_format_spec_replacement_field`).
    fn replacement_field(&mut self, pieces: &mut Vec<Piece>, raw: bool, is_t: bool, interpolation: bool) -> PResult<()> {
        let open = self.bump();
        let what = if is_t { "t-string" } else { "f-string" };
        match self.peek() {
            T::RBrace | T::Equal | T::Exclamation | T::Colon => {
                let t = self.cur();
                let c = self.text(t).to_string();
                return Err(self.err_tok(t, format!("{what}: valid expression required before '{c}'")));
            }
            T::Lambda => {
                // `f"{lambda x: 1}"`: the `:` starts the format spec.
                let start = self.cur();
                let mut i = self.pos;
                while i < self.tokens.len() && !matches!(self.tok(i).kind, T::Colon | T::RBrace | T::EndMarker | T::Error) {
                    i += 1;
                }
                let end = self.tok(i);
                return Err(self.err_at(
                    self.loc_of(start).until(self.loc_of(end)),
                    format!("{what}: lambda expressions are not allowed without parentheses"),
                ));
            }
            _ => {}
        }
        self.fstring_depth += 1;
        self.brackets += 1;
        let value = if self.peek() == T::Yield { self.yield_expr()? } else { self.star_expressions()? };
        let expr_end = self.prev().end;
        if !matches!(self.peek(), T::Equal | T::Exclamation | T::Colon | T::RBrace | T::Error) {
            let t = self.cur();
            self.fstring_depth -= 1;
            return Err(self.err_tok(t, format!("{what}: expecting '=', or '!', or ':', or '}}'")));
        }
        let mut debug_text: Option<(String, Location)> = None;
        if self.peek() == T::Equal {
            self.bump();
            // The debug text runs from after `{` to just before `!`, `:` or `}`.
            let stop = self.cur();
            let loc = Location {
                lineno: open.end_line,
                col_offset: self.col(open.end_line, open.end),
                end_lineno: stop.line,
                end_col_offset: self.col(stop.line, stop.start),
            };
            debug_text = Some((self.source_without_comments(open.end as usize, stop.start as usize), loc));
            if !matches!(self.peek(), T::Exclamation | T::Colon | T::RBrace | T::Error) {
                self.fstring_depth -= 1;
                return Err(self.err_tok(stop, format!("{what}: expecting '!', or ':', or '}}'")));
            }
        }
        // The expression's source text ends where `!`, `:` or `}` starts (t-strings keep it).
        let text_end = self.cur().start as usize;
        let mut conversion = -1;
        if self.peek() == T::Exclamation {
            let bang = self.bump();
            let name = self.cur();
            if name.kind != T::Name || name.start != bang.end {
                self.fstring_depth -= 1;
                return Err(self.err_tok(name, format!("{what}: missing conversion character")));
            }
            self.bump();
            conversion = match self.text(name) {
                "s" => 115,
                "r" => 114,
                "a" => 97,
                other => {
                    self.fstring_depth -= 1;
                    return Err(self.err_tok(
                        name,
                        format!("{what}: invalid conversion character '{other}': expected 's', 'r', or 'a'"),
                    ));
                }
            };
            if !matches!(self.peek(), T::Colon | T::RBrace | T::Error) {
                let t = self.cur();
                self.fstring_depth -= 1;
                return Err(self.err_tok(t, format!("{what}: expecting ':' or '}}'")));
            }
        }
        let mut format_spec = None;
        if self.peek() == T::Colon {
            if self.fstring_depth >= 3 {
                let t = self.cur();
                self.fstring_depth -= 1;
                return Err(self.err_tok(t, format!("{what}: expressions nested too deeply")));
            }
            let colon = self.bump();
            let mut spec_pieces = Vec::new();
            let middle = if is_t { T::TStringMiddle } else { T::FStringMiddle };
            loop {
                let k = self.peek();
                if k == middle {
                    let t = self.bump();
                    let v = self.decode_fstring_middle(t, raw)?;
                    spec_pieces.push(Piece::Text(v, self.loc_of(t)));
                } else if k == T::LBrace {
                    self.replacement_field(&mut spec_pieces, raw, is_t, false)?;
                } else {
                    break;
                }
            }
            // The spec spans from its `:` to the field's closing `}` (CPython 3.12+).
            let c = self.loc_of(colon);
            let close = self.cur();
            let spec_loc = Location { end_lineno: close.line, end_col_offset: self.col(close.line, close.start), ..c };
            format_spec = Some(Box::new(mk(ExprKind::JoinedStr { values: merge_pieces(spec_pieces) }, spec_loc)));
        }
        if self.peek() != T::RBrace {
            self.fstring_depth -= 1;
            let t = self.cur();
            if t.kind == T::Error {
                return Err(self.invalid_syntax());
            }
            let or_specs = if format_spec.is_some() { ", or format specs" } else { "" };
            return Err(self.err_tok(t, format!("{what}: expecting '}}'{or_specs}")));
        }
        let close = self.bump();
        self.fstring_depth -= 1;
        self.brackets -= 1;
        let loc = self.loc_of(open).until(self.loc_of(close));
        if let Some((text, text_loc)) = &debug_text {
            pieces.push(Piece::Text(PyStr::from(text.as_str()), *text_loc));
            if conversion == -1 && format_spec.is_none() {
                conversion = 114;
            }
        }
        let field = if interpolation {
            // CPython strips trailing whitespace and the debug `=` from the text.
            let _ = expr_end;
            let text = self.source_without_comments(open.end as usize, text_end);
            let expr_text = text.trim_end_matches(|c: char| c.is_whitespace() || c == '=').to_string();
            ExprKind::Interpolation { value: Box::new(value), str: expr_text, conversion, format_spec }
        } else {
            ExprKind::FormattedValue { value: Box::new(value), conversion, format_spec }
        };
        pieces.push(Piece::Field(mk(field, loc)));
        Ok(())
    }

    /// Source text between two offsets with `#` comments removed (comments can only sit in
    /// the gaps between tokens, which is where this looks for them).
    fn source_without_comments(&self, from: usize, to: usize) -> String {
        let mut out = String::new();
        let mut at = from;
        let first = self.tokens.partition_point(|t| (t.start as usize) < from);
        for t in &self.tokens[first..] {
            let (start, end) = (t.start as usize, t.end as usize);
            if start >= to {
                break;
            }
            push_gap(&mut out, &self.src[at..start]);
            out.push_str(&self.src[start..end.min(to)]);
            at = end;
        }
        if at < to {
            push_gap(&mut out, &self.src[at..to]);
        }
        out
    }

    fn decode_fstring_middle(&self, t: Token, raw: bool) -> PResult<PyStr> {
        let text = self.text(t);
        // Doubled braces stand for one brace.
        let undoubled;
        let text = if text.contains("{{") || text.contains("}}") {
            undoubled = text.replace("{{", "{").replace("}}", "}");
            undoubled.as_str()
        } else {
            text
        };
        self.decode_str(text, raw, t)
    }

    /// Decodes the body of a str literal (escapes unless `raw`).
    pub fn decode_str(&self, body: &str, raw: bool, t: Token) -> PResult<PyStr> {
        if raw || !body.contains('\\') {
            return Ok(PyStr::from(body));
        }
        let mut out = PyStr::new();
        let b = body.as_bytes();
        let mut i = 0;
        let mut run_start = 0;
        let mut warned = false;
        while i < b.len() {
            if b[i] != b'\\' {
                i += 1;
                continue;
            }
            out.push_str(&body[run_start..i]);
            let esc_start = i;
            i += 1;
            let Some(&c) = b.get(i) else {
                out.push_str("\\");
                run_start = i;
                break;
            };
            i += 1;
            match c {
                b'\n' => {}
                b'\\' => out.push_str("\\"),
                b'\'' => out.push_str("'"),
                b'"' => out.push_str("\""),
                b'a' => out.push_str("\x07"),
                b'b' => out.push_str("\x08"),
                b'f' => out.push_str("\x0c"),
                b'n' => out.push_str("\n"),
                b'r' => out.push_str("\r"),
                b't' => out.push_str("\t"),
                b'v' => out.push_str("\x0b"),
                b'0'..=b'7' => {
                    let mut v = u32::from(c - b'0');
                    let mut n = 1;
                    while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                        v = v * 8 + u32::from(b[i] - b'0');
                        i += 1;
                        n += 1;
                    }
                    if v > 0o377 && !warned {
                        warned = true;
                        self.warn(t, format!("invalid octal escape sequence '\\{}'", &body[esc_start + 1..i]));
                    }
                    out.push_code_point(v);
                }
                b'x' | b'u' | b'U' => {
                    let n = match c {
                        b'x' => 2,
                        b'u' => 4,
                        _ => 8,
                    };
                    let digits = body.get(i..i + n).filter(|d| d.bytes().all(|x| x.is_ascii_hexdigit()));
                    let Some(digits) = digits else {
                        let avail = b[i..].iter().take(n).take_while(|x| x.is_ascii_hexdigit()).count();
                        let what = match c {
                            b'x' => "truncated \\xXX escape",
                            b'u' => "truncated \\uXXXX escape",
                            _ => "truncated \\UXXXXXXXX escape",
                        };
                        return Err(self.unicode_error(t, esc_start, esc_start + 1 + avail, what));
                    };
                    let v = u32::from_str_radix(digits, 16).unwrap_or(0);
                    if v > 0x10FFFF {
                        return Err(self.unicode_error(t, esc_start, i + n - 1, "illegal Unicode character"));
                    }
                    out.push_code_point(v);
                    i += n;
                }
                b'N' => {
                    let close = if b.get(i) == Some(&b'{') { body[i..].find('}').map(|k| i + k) } else { None };
                    let Some(close) = close else {
                        // Without a closing brace the whole rest of the literal is the escape.
                        let end = if b.get(i) == Some(&b'{') { b.len().saturating_sub(1) } else { i.saturating_sub(1) };
                        return Err(self.unicode_error(t, esc_start, end, "malformed \\N character escape"));
                    };
                    let name = &body[i + 1..close];
                    match unicode_names2::character(name) {
                        Some(ch) if !name.is_empty() => out.push_code_point(ch as u32),
                        _ => return Err(self.unicode_error(t, esc_start, close, "unknown Unicode character name")),
                    }
                    i = close + 1;
                }
                _ => {
                    // Unknown escape: kept verbatim, with CPython's warning for the first one.
                    if !warned {
                        warned = true;
                        let ch = body[esc_start + 1..].chars().next().unwrap_or('?');
                        self.warn(t, format!("invalid escape sequence '\\{ch}'"));
                    }
                    out.push_str("\\");
                    i -= 1;
                }
            }
            run_start = i;
        }
        out.push_str(&body[run_start.min(body.len())..]);
        Ok(out)
    }

    fn unicode_error(&self, t: Token, start: usize, end: usize, what: &str) -> ParseError {
        let msg = if start == end {
            format!("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {start}: {what}")
        } else {
            format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}")
        };
        self.err_tok(t, msg)
    }

    fn decode_bytes(&self, body: &str, raw: bool, t: Token) -> PResult<Vec<u8>> {
        if !body.is_ascii() {
            return Err(self.err_tok(t, "bytes can only contain ASCII literal characters"));
        }
        let b = body.as_bytes();
        if raw || !body.contains('\\') {
            return Ok(b.to_vec());
        }
        let mut out = Vec::with_capacity(b.len());
        let mut i = 0;
        let mut warned = false;
        while i < b.len() {
            let c = b[i];
            i += 1;
            if c != b'\\' {
                out.push(c);
                continue;
            }
            let Some(&e) = b.get(i) else {
                out.push(b'\\');
                break;
            };
            i += 1;
            match e {
                b'\n' => {}
                b'\\' => out.push(b'\\'),
                b'\'' => out.push(b'\''),
                b'"' => out.push(b'"'),
                b'a' => out.push(7),
                b'b' => out.push(8),
                b'f' => out.push(12),
                b'n' => out.push(b'\n'),
                b'r' => out.push(b'\r'),
                b't' => out.push(b'\t'),
                b'v' => out.push(11),
                b'0'..=b'7' => {
                    let mut v = u32::from(e - b'0');
                    let mut n = 1;
                    let esc_start = i - n - 1;
                    while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                        v = v * 8 + u32::from(b[i] - b'0');
                        i += 1;
                        n += 1;
                    }
                    if v > 0o377 && !warned {
                        warned = true;
                        self.warn(t, format!("invalid octal escape sequence '\\{}'", &body[esc_start + 1..i]));
                    }
                    out.push((v & 0xFF) as u8);
                }
                b'x' => {
                    let digits = body.get(i..i + 2).filter(|d| d.bytes().all(|x| x.is_ascii_hexdigit()));
                    let Some(digits) = digits else {
                        let start = i - 2;
                        return Err(self.err_tok(
                            t,
                            format!(
                                "(value error) invalid \\x escape at position {}",
                                start
                            ),
                        ));
                    };
                    out.push(u8::from_str_radix(digits, 16).unwrap_or(0));
                    i += 2;
                }
                _ => {
                    if !warned {
                        warned = true;
                        self.warn(t, format!("invalid escape sequence '\\{}'", e as char));
                    }
                    out.push(b'\\');
                    out.push(e);
                }
            }
        }
        Ok(out)
    }
}

/// Appends inter-token text, dropping a `#` comment up to (not including) its newline.
fn push_gap(out: &mut String, gap: &str) {
    match gap.find('#') {
        None => out.push_str(gap),
        Some(hash) => {
            out.push_str(&gap[..hash]);
            if let Some(nl) = gap[hash..].find('\n') {
                out.push_str(&gap[hash + nl..]);
            }
        }
    }
}

/// Splits a string token's text into (prefix, body, quote length).
fn split_string(text: &str) -> (&str, &str, usize) {
    let prefix_len = text.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
    let rest = &text[prefix_len..];
    let q = rest.as_bytes().first().copied().unwrap_or(b'"');
    let triple = rest.len() >= 6 && rest.as_bytes()[1] == q && rest.as_bytes()[2] == q;
    let ql = if triple { 3 } else { 1 };
    let body = rest.get(ql..rest.len().saturating_sub(ql)).unwrap_or("");
    (&text[..prefix_len], body, ql)
}

/// Merges adjacent text pieces, drops empty ones, and wraps text in `Constant` nodes.
fn merge_pieces(pieces: Vec<Piece>) -> Vec<Expr> {
    let mut values: Vec<Expr> = Vec::new();
    let mut pending: Option<(PyStr, Location)> = None;
    for piece in pieces {
        match piece {
            Piece::Text(s, loc) => match &mut pending {
                Some((acc, acc_loc)) => {
                    acc.push_pystr(&s);
                    *acc_loc = acc_loc.until(loc);
                }
                None => pending = Some((s, loc)),
            },
            Piece::Field(e) => {
                if let Some((s, loc)) = pending.take() {
                    if !s.is_empty() {
                        values.push(mk(ExprKind::Constant { value: Constant::Str(s), kind: None }, loc));
                    }
                }
                values.push(e);
            }
        }
    }
    if let Some((s, loc)) = pending {
        if !s.is_empty() {
            values.push(mk(ExprKind::Constant { value: Constant::Str(s), kind: None }, loc));
        }
    }
    values
}
