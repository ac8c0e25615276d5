//! The tokenizer: decoded source text -> a flat token vector, as CPython 3.14's tokenizer.
//!
//! It runs ahead of the parser over the whole file. That is safe because Python's
//! tokenizer is context-free with respect to the grammar: its only state is the bracket
//! stack, the indentation stack and (since PEP 701) a stack of f-/t-string modes, all of
//! which live here. A lexical error ends the token vector with a `T::Error` token; the parser
//! reports it when (and only if) it gets that far, which reproduces CPython's lazy tokenizer
//! for error precedence.
//!
//! PEP 701 strings are tokenized as `FSTRING_START`, literal `FSTRING_MIDDLE` pieces and
//! ordinary tokens for each replacement field, closed by `FSTRING_END`. A field is entered on
//! `{` and remembers the bracket depth it opened at: a `:` or `}` at exactly that depth
//! switches to format-spec text or closes the field; deeper ones are ordinary tokens.

use crate::token::{keyword, Token, T};

/// A tokenizer error, positioned by byte offsets (converted to a `SyntaxError` by the caller).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    /// Message as CPython prints it.
    pub msg: String,
    /// Error class.
    pub kind: crate::SyntaxErrorKind,
    /// Start byte offset of the caret span.
    pub start: u32,
    /// End byte offset of the caret span (`start` for a single caret).
    pub end: u32,
    /// When set, the caret is omitted (CPython's offset 0 for indentation errors).
    pub no_caret: bool,
    /// A plain `invalid syntax` (a parser error found earlier in the file wins over it).
    pub generic: bool,
    /// For "'(' was never closed": the line of the unclosed bracket. CPython reports it only
    /// when the parser got to the end of the file or failed on a later line.
    pub unclosed_line: Option<u32>,
}

/// The result of tokenizing a whole file.
pub struct Lexed {
    /// Tokens; the last one is `EndMarker` or `Error`.
    pub tokens: Vec<Token>,
    /// The error the `Error` token stands for.
    pub error: Option<LexError>,
    /// Byte offset where each line starts (index 0 = line 1).
    pub line_starts: Vec<u32>,
    /// Tokenizer warnings as (line, message): a keyword glued to a number (`1if x else y`).
    pub warnings: Vec<(u32, String)>,
}

/// Deepest bracket nesting CPython's tokenizer allows (`MAXLEVEL`).
const MAX_BRACKET_DEPTH: usize = 200;
/// Deepest indentation CPython allows (`MAXINDENT`).
const MAX_INDENT_DEPTH: usize = 100;

struct FieldState {
    /// Bracket-stack length right after this field's `{` was pushed.
    depth: usize,
    /// Lexing the format spec text after `:`.
    in_spec: bool,
}

struct FStringMode {
    quote: u8,
    triple: bool,
    raw: bool,
    is_template: bool,
    /// Offset of the string's first byte (its prefix), for "unterminated" errors.
    start: u32,
    fields: Vec<FieldState>,
}

struct Lexer<'a> {
    src: &'a [u8],
    pos: usize,
    line: u32,
    line_starts: Vec<u32>,
    tokens: Vec<Token>,
    /// Open brackets: the byte and its offset.
    brackets: Vec<(u8, u32)>,
    indents: Vec<(u32, u32)>,
    at_line_start: bool,
    fstrings: Vec<FStringMode>,
    warnings: Vec<(u32, String)>,
}

/// Tokenizes decoded source text.
pub fn tokenize(text: &str) -> Lexed {
    let mut lx = Lexer {
        src: text.as_bytes(),
        pos: 0,
        line: 1,
        line_starts: vec![0],
        tokens: Vec::with_capacity(text.len() / 4 + 16),
        brackets: Vec::new(),
        indents: vec![(0, 0)],
        at_line_start: true,
        fstrings: Vec::new(),
        warnings: Vec::new(),
    };
    let error = lx.run().err();
    if let Some(err) = &error {
        let at = err.start;
        let line = lx.line_of(at);
        lx.tokens.push(Token { kind: T::Error, start: at, end: at, line, end_line: line });
    }
    // Record the remaining line starts so every line's text can be recovered for messages.
    let mut scan = lx.pos.max(lx.line_starts.last().copied().unwrap_or(0) as usize);
    while scan < lx.src.len() {
        if lx.src[scan] == b'\n' && (lx.line_starts.last().copied() < Some(scan as u32 + 1)) {
            lx.line_starts.push(scan as u32 + 1);
        }
        scan += 1;
    }
    Lexed { tokens: lx.tokens, error, line_starts: lx.line_starts, warnings: lx.warnings }
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

fn is_ident_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

impl Lexer<'_> {
    fn peek(&self) -> u8 {
        self.src.get(self.pos).copied().unwrap_or(0)
    }

    fn peek_at(&self, k: usize) -> u8 {
        self.src.get(self.pos + k).copied().unwrap_or(0)
    }

    fn at_eof(&self) -> bool {
        self.pos >= self.src.len()
    }

    fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Consumes a `\n` at `self.pos`, starting a new line.
    fn newline(&mut self) {
        self.pos += 1;
        self.line += 1;
        self.line_starts.push(self.pos as u32);
    }

    fn push(&mut self, kind: T, start: usize, start_line: u32) {
        self.tokens.push(Token { kind, start: start as u32, end: self.pos as u32, line: start_line, end_line: self.line });
    }

    fn error(&self, msg: impl Into<String>, start: usize, end: usize) -> LexError {
        LexError { msg: msg.into(), kind: crate::SyntaxErrorKind::SyntaxError, start: start as u32, end: end as u32, no_caret: false, generic: false, unclosed_line: None }
    }

    fn run(&mut self) -> Result<(), LexError> {
        loop {
            if let Some(mode) = self.fstrings.last() {
                let in_literal = mode.fields.last().is_none_or(|f| f.in_spec);
                if in_literal {
                    self.lex_fstring_text()?;
                    continue;
                }
            }
            if self.at_line_start {
                self.at_line_start = false;
                if self.brackets.is_empty() && self.handle_indentation()? {
                    continue;
                }
            }
            // Skip spaces, tabs, form feeds.
            while matches!(self.peek(), b' ' | b'\t' | b'\x0c') {
                self.pos += 1;
            }
            if self.at_eof() {
                return self.finish();
            }
            let start = self.pos;
            let start_line = self.line;
            let c = self.peek();
            match c {
                b'#' => {
                    while !self.at_eof() && self.peek() != b'\n' {
                        self.pos += 1;
                    }
                }
                b'\n' => {
                    if self.brackets.is_empty() {
                        self.pos += 1;
                        self.tokens.push(Token { kind: T::Newline, start: start as u32, end: self.pos as u32, line: start_line, end_line: start_line });
                        self.pos -= 1;
                        self.newline();
                        self.at_line_start = true;
                    } else {
                        self.newline();
                    }
                }
                b'\\' => {
                    if self.peek_at(1) == b'\n' {
                        self.pos += 1;
                        self.newline();
                        if self.at_eof() {
                            return Err(self.error("unexpected EOF while parsing", start + 1, start + 1));
                        }
                    } else if self.pos + 1 >= self.src.len() {
                        let mut err = self.error("unexpected EOF while parsing", start, start);
                        err.no_caret = true;
                        return Err(err);
                    } else {
                        return Err(self.error("unexpected character after line continuation character", start + 1, start + 1));
                    }
                }
                b'0'..=b'9' => self.lex_number(start)?,
                b'.' if self.peek_at(1).is_ascii_digit() => self.lex_number(start)?,
                b'"' | b'\'' => self.lex_string(start, 0)?,
                _ if is_ident_start(c) => self.lex_name_or_string(start)?,
                _ => self.lex_operator(start)?,
            }
        }
    }

    /// Measures indentation at the start of a logical line and emits INDENT/DEDENT tokens.
    /// Returns true when the line was blank (the main loop then continues at the newline).
    fn handle_indentation(&mut self) -> Result<bool, LexError> {
        let mut col: u32 = 0;
        let mut alt_col: u32 = 0;
        let line_start = self.pos;
        loop {
            match self.peek() {
                b' ' => {
                    col += 1;
                    alt_col += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt_col += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt_col = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        let c = self.peek();
        if c == b'#' || c == b'\n' || self.at_eof() {
            // Blank line: no indentation processing.
            if c == b'#' {
                while !self.at_eof() && self.peek() != b'\n' {
                    self.pos += 1;
                }
            }
            if self.peek() == b'\n' {
                self.newline();
                self.at_line_start = true;
            }
            return Ok(true);
        }
        if c == b'\\' && self.peek_at(1) == b'\n' {
            // A continuation at line start: CPython treats the indentation as measured here.
        }
        let (top, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
        let here = self.pos;
        let here_line = self.line;
        let tab_error = |_: &Self| LexError {
            msg: "inconsistent use of tabs and spaces in indentation".into(),
            kind: crate::SyntaxErrorKind::TabError,
            start: line_start as u32,
            end: line_start as u32,
            no_caret: false,
            generic: false,
            unclosed_line: None,
        };
        if col == top {
            if alt_col != top_alt {
                return Err(tab_error(self));
            }
        } else if col > top {
            if alt_col <= top_alt {
                return Err(tab_error(self));
            }
            if self.indents.len() >= MAX_INDENT_DEPTH {
                return Err(LexError { msg: "too many levels of indentation".into(), kind: crate::SyntaxErrorKind::IndentationError, start: here as u32, end: here as u32, no_caret: false, generic: false, unclosed_line: None });
            }
            self.indents.push((col, alt_col));
            self.tokens.push(Token { kind: T::Indent, start: here as u32, end: here as u32, line: here_line, end_line: here_line });
        } else {
            while self.indents.len() > 1 && col < self.indents.last().map_or(0, |x| x.0) {
                self.indents.pop();
                self.tokens.push(Token { kind: T::Dedent, start: here as u32, end: here as u32, line: here_line, end_line: here_line });
            }
            let (now, now_alt) = *self.indents.last().unwrap_or(&(0, 0));
            if col != now {
                // CPython reports this at the end of the offending line.
                let mut eol = here;
                while eol < self.src.len() && self.src[eol] != b'\n' {
                    eol += 1;
                }
                return Err(LexError {
                    msg: "unindent does not match any outer indentation level".into(),
                    kind: crate::SyntaxErrorKind::IndentationError,
                    start: eol as u32,
                    end: eol as u32,
                    no_caret: false,
                    generic: false,
                    unclosed_line: None,
                });
            }
            if alt_col != now_alt {
                return Err(tab_error(self));
            }
        }
        Ok(false)
    }

    fn finish(&mut self) -> Result<(), LexError> {
        if let Some(mode) = self.fstrings.last() {
            let start = mode.start as usize;
            return Err(self.unterminated_fstring(start, mode.triple, mode.is_template));
        }
        if let Some(&(_, open_at)) = self.brackets.last() {
            let b = self.src[open_at as usize] as char;
            let mut err = self.error(format!("'{b}' was never closed"), open_at as usize, open_at as usize + 1);
            err.unclosed_line = Some(self.line_of(open_at));
            return Err(err);
        }
        let at = self.pos;
        let needs_newline = !matches!(self.tokens.last().map(|t| t.kind), None | Some(T::Newline | T::Dedent | T::Indent));
        if needs_newline {
            self.tokens.push(Token { kind: T::Newline, start: at as u32, end: at as u32 + 1, line: self.line, end_line: self.line });
        }
        // DEDENT/ENDMARKER sit at the start of the line after the last one.
        let (end_line, end_at) = if at > 0 && self.src.get(at - 1) != Some(&b'\n') { (self.line + 1, at) } else { (self.line, at) };
        while self.indents.len() > 1 {
            self.indents.pop();
            self.tokens.push(Token { kind: T::Dedent, start: end_at as u32, end: end_at as u32, line: end_line, end_line });
        }
        self.tokens.push(Token { kind: T::EndMarker, start: end_at as u32, end: end_at as u32, line: end_line, end_line });
        Ok(())
    }

    fn lex_name_or_string(&mut self, start: usize) -> Result<(), LexError> {
        // String prefixes: up to two letters from r, b, u, f, t followed by a quote.
        let mut k = 0;
        while k < 3 && self.peek_at(k).is_ascii_alphabetic() {
            k += 1;
        }
        let q = self.peek_at(k);
        if (q == b'"' || q == b'\'') && k <= 2 {
            let prefix = &self.src[start..start + k];
            if valid_string_prefix(prefix) {
                self.pos += k;
                return self.lex_string(start, k);
            }
        }
        self.lex_name(start)
    }

    fn lex_name(&mut self, start: usize) -> Result<(), LexError> {
        let start_line = self.line;
        let mut ascii = true;
        while !self.at_eof() && is_ident_char(self.peek()) {
            if self.peek() >= 0x80 {
                ascii = false;
            }
            self.pos += 1;
        }
        if !ascii {
            self.verify_identifier(start)?;
        }
        let kind = if ascii { keyword(&self.src[start..self.pos]).unwrap_or(T::Name) } else { T::Name };
        self.push(kind, start, start_line);
        Ok(())
    }

    /// Checks a non-ASCII identifier as CPython's `verify_identifier` does, trimming the
    /// token at the first character that cannot be part of an identifier.
    fn verify_identifier(&mut self, start: usize) -> Result<(), LexError> {
        let text = std::str::from_utf8(&self.src[start..self.pos]).unwrap_or("");
        for (i, ch) in text.char_indices() {
            let ok = if i == 0 { crate::names::is_id_start_nfkc(ch) } else { crate::names::is_id_continue_nfkc(ch) };
            if !ok {
                let at = start + i;
                if i > 0 && crate::names::is_id_continue_nfkc(ch) {
                    continue;
                }
                let msg = if crate::names::is_printable(ch) {
                    format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", ch as u32)
                };
                return Err(self.error(msg, at, at + ch.len_utf8()));
            }
        }
        Ok(())
    }

    fn lex_operator(&mut self, start: usize) -> Result<(), LexError> {
        let start_line = self.line;
        let c = self.peek();
        let c1 = self.peek_at(1);
        let c2 = self.peek_at(2);
        let (kind, len) = match (c, c1, c2) {
            (b'*', b'*', b'=') => (T::DoubleStarEqual, 3),
            (b'/', b'/', b'=') => (T::DoubleSlashEqual, 3),
            (b'<', b'<', b'=') => (T::LeftShiftEqual, 3),
            (b'>', b'>', b'=') => (T::RightShiftEqual, 3),
            (b'.', b'.', b'.') => (T::Ellipsis, 3),
            (b'*', b'*', _) => (T::DoubleStar, 2),
            (b'/', b'/', _) => (T::DoubleSlash, 2),
            (b'<', b'<', _) => (T::LeftShift, 2),
            (b'>', b'>', _) => (T::RightShift, 2),
            (b'=', b'=', _) => (T::EqEqual, 2),
            (b'!', b'=', _) => (T::NotEqual, 2),
            (b'<', b'=', _) => (T::LessEqual, 2),
            (b'>', b'=', _) => (T::GreaterEqual, 2),
            (b'+', b'=', _) => (T::PlusEqual, 2),
            (b'-', b'=', _) => (T::MinEqual, 2),
            (b'*', b'=', _) => (T::StarEqual, 2),
            (b'/', b'=', _) => (T::SlashEqual, 2),
            (b'%', b'=', _) => (T::PercentEqual, 2),
            (b'&', b'=', _) => (T::AmperEqual, 2),
            (b'|', b'=', _) => (T::VBarEqual, 2),
            (b'^', b'=', _) => (T::CircumflexEqual, 2),
            (b'@', b'=', _) => (T::AtEqual, 2),
            (b'-', b'>', _) => (T::RArrow, 2),
            (b'<', b'>', _) => (T::NotEqual, 2),
            (b':', b'=', _) if !self.colon_starts_format_spec() => (T::ColonEqual, 2),
            (b'(', _, _) => (T::LPar, 1),
            (b')', _, _) => (T::RPar, 1),
            (b'[', _, _) => (T::LSqb, 1),
            (b']', _, _) => (T::RSqb, 1),
            (b'{', _, _) => (T::LBrace, 1),
            (b'}', _, _) => (T::RBrace, 1),
            (b':', _, _) => (T::Colon, 1),
            (b',', _, _) => (T::Comma, 1),
            (b';', _, _) => (T::Semi, 1),
            (b'+', _, _) => (T::Plus, 1),
            (b'-', _, _) => (T::Minus, 1),
            (b'*', _, _) => (T::Star, 1),
            (b'/', _, _) => (T::Slash, 1),
            (b'|', _, _) => (T::VBar, 1),
            (b'&', _, _) => (T::Amper, 1),
            (b'<', _, _) => (T::Less, 1),
            (b'>', _, _) => (T::Greater, 1),
            (b'=', _, _) => (T::Equal, 1),
            (b'.', _, _) => (T::Dot, 1),
            (b'%', _, _) => (T::Percent, 1),
            (b'~', _, _) => (T::Tilde, 1),
            (b'^', _, _) => (T::Circumflex, 1),
            (b'@', _, _) => (T::At, 1),
            (b'!', _, _) => (T::Exclamation, 1),
            _ => {
                let ch = std::str::from_utf8(&self.src[start..]).ok().and_then(|s| s.chars().next()).unwrap_or('\u{FFFD}');
                let msg = if crate::names::is_printable(ch) {
                    format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", ch as u32)
                };
                if ch == '\0' {
                    return Err(self.error("source code cannot contain null bytes", start, start));
                }
                if ch.is_ascii() && crate::names::is_printable(ch) {
                    // `$`, `?`, backquote: CPython's tokenizer yields an error token, which the
                    // parser reports as plain invalid syntax.
                    let mut err = self.error("invalid syntax", start, start + 1);
                    err.generic = true;
                    return Err(err);
                }
                return Err(self.error(msg, start, start + ch.len_utf8()));
            }
        };
        self.pos += len;
        match kind {
            T::LPar | T::LSqb | T::LBrace => {
                if self.brackets.len() >= MAX_BRACKET_DEPTH {
                    return Err(self.error("too many nested parentheses", start, start + 1));
                }
                self.brackets.push((c, start as u32));
            }
            T::RPar | T::RSqb | T::RBrace => {
                let closes_field = self.fstrings.last().and_then(|m| m.fields.last()).is_some_and(|f| f.depth == self.brackets.len());
                match self.brackets.pop() {
                    None => return Err(self.error(format!("unmatched '{}'", c as char), start, start + 1)),
                    Some((open, open_at)) => {
                        let expected = match open {
                            b'(' => b')',
                            b'[' => b']',
                            _ => b'}',
                        };
                        if expected != c {
                            let open_line = self.line_of(open_at);
                            let msg = if open_line != self.line {
                                format!("closing parenthesis '{}' does not match opening parenthesis '{}' on line {}", c as char, open as char, open_line)
                            } else {
                                format!("closing parenthesis '{}' does not match opening parenthesis '{}'", c as char, open as char)
                            };
                            if closes_field {
                                return Err(self.error(format!("f-string: {msg}"), start, start + 1));
                            }
                            return Err(self.error(msg, start, start + 1));
                        }
                    }
                }
                if closes_field && c == b'}' {
                    if let Some(mode) = self.fstrings.last_mut() {
                        mode.fields.pop();
                    }
                }
            }
            T::Colon if self.colon_starts_format_spec() => {
                if let Some(field) = self.fstrings.last_mut().and_then(|m| m.fields.last_mut()) {
                    field.in_spec = true;
                }
            }
            _ => {}
        }
        self.push(kind, start, start_line);
        Ok(())
    }

    /// A `:` at the bracket depth of the innermost f-string field starts its format spec.
    fn colon_starts_format_spec(&self) -> bool {
        self.fstrings.last().and_then(|m| m.fields.last()).is_some_and(|f| !f.in_spec && f.depth == self.brackets.len())
    }

    fn lex_number(&mut self, start: usize) -> Result<(), LexError> {
        let start_line = self.line;
        let c = self.peek();
        if c == b'0' && matches!(self.peek_at(1), b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
            let (kind_name, radix) = match self.peek_at(1) {
                b'x' | b'X' => ("hexadecimal", 16),
                b'o' | b'O' => ("octal", 8),
                _ => ("binary", 2),
            };
            self.pos += 2;
            loop {
                if self.peek() == b'_' {
                    self.pos += 1;
                }
                let d = self.peek();
                if !(d as char).is_digit(radix) {
                    if d.is_ascii_digit() && radix < 10 {
                        return Err(self.error(format!("invalid digit '{}' in {} literal", d as char, kind_name), self.pos, self.pos + 1));
                    }
                    return Err(self.error(format!("invalid {kind_name} literal"), self.pos.saturating_sub(1), self.pos));
                }
                while (self.peek() as char).is_digit(radix) {
                    self.pos += 1;
                }
                if self.peek() != b'_' {
                    break;
                }
            }
            if self.peek().is_ascii_digit() && radix < 10 {
                return Err(self.error(format!("invalid digit '{}' in {} literal", self.peek() as char, kind_name), self.pos, self.pos + 1));
            }
            self.verify_end_of_number(start, kind_name)?;
            self.push(T::Number, start, start_line);
            return Ok(());
        }
        let mut is_float = false;
        if c != b'.' {
            self.lex_decimal_digits(start)?;
            // Leading zeros: "0" followed by digits must be all zeros unless it is a float.
            let text = &self.src[start..self.pos];
            let nonzero_leading = text.len() > 1 && text[0] == b'0' && text.iter().any(|&b| b != b'0' && b != b'_');
            if nonzero_leading && !matches!(self.peek(), b'.' | b'e' | b'E' | b'j' | b'J') {
                let zeros_end = start + text.iter().position(|&b| b != b'0').unwrap_or(0);
                return Err(self.error(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    start,
                    zeros_end,
                ));
            }
        }
        if self.peek() == b'.' {
            is_float = true;
            self.pos += 1;
            if self.peek().is_ascii_digit() {
                self.lex_decimal_digits(start)?;
            }
        }
        if matches!(self.peek(), b'e' | b'E') {
            let save = self.pos;
            self.pos += 1;
            if matches!(self.peek(), b'+' | b'-') {
                self.pos += 1;
                if !self.peek().is_ascii_digit() {
                    // `1e+x`: CPython reports the sign.
                    return Err(self.error("invalid decimal literal", self.pos - 1, self.pos));
                }
            }
            if self.peek().is_ascii_digit() {
                self.lex_decimal_digits(start)?;
                is_float = true;
            } else {
                // `1e` followed by something else: CPython backs off and checks the `e`.
                self.pos = save;
                self.verify_end_of_number(start, "decimal")?;
                self.push(T::Number, start, start_line);
                return Ok(());
            }
        }
        if matches!(self.peek(), b'j' | b'J') {
            self.pos += 1;
            self.verify_end_of_number(start, "imaginary")?;
        } else {
            self.verify_end_of_number(start, "decimal")?;
        }
        let _ = is_float;
        self.push(T::Number, start, start_line);
        Ok(())
    }

    fn lex_decimal_digits(&mut self, start: usize) -> Result<(), LexError> {
        loop {
            while self.peek().is_ascii_digit() {
                self.pos += 1;
            }
            if self.peek() != b'_' {
                return Ok(());
            }
            self.pos += 1;
            if !self.peek().is_ascii_digit() {
                let _ = start;
                return Err(self.error("invalid decimal literal", self.pos - 1, self.pos));
            }
        }
    }

    /// After a number: an identifier character right after it is an error, except for the
    /// keywords CPython still tolerates (`1if x else y`, `0x1for`).
    fn verify_end_of_number(&mut self, start: usize, kind_name: &str) -> Result<(), LexError> {
        let c = self.peek();
        if !is_ident_char(c) {
            return Ok(());
        }
        let rest = &self.src[self.pos..];
        for kw in [&b"and"[..], b"else", b"for", b"if", b"in", b"is", b"not", b"or"] {
            if rest.starts_with(kw) {
                self.warnings.push((self.line, format!("invalid {kind_name} literal")));
                return Ok(());
            }
        }
        let _ = start;
        // CPython puts the caret on the last character of the number.
        let at = self.pos - 1;
        Err(self.error(format!("invalid {kind_name} literal"), at, at + 1))
    }

    /// Lexes a string literal whose prefix (`prefix_len` bytes) starts at `start`; `self.pos`
    /// is at the opening quote.
    fn lex_string(&mut self, start: usize, prefix_len: usize) -> Result<(), LexError> {
        let start_line = self.line;
        let prefix = &self.src[start..start + prefix_len];
        let is_f = prefix.iter().any(|b| matches!(b, b'f' | b'F'));
        let is_t = prefix.iter().any(|b| matches!(b, b't' | b'T'));
        let raw = prefix.iter().any(|b| matches!(b, b'r' | b'R'));
        let quote = self.peek();
        let triple = self.peek_at(1) == quote && self.peek_at(2) == quote;
        self.pos += if triple { 3 } else { 1 };
        if is_f || is_t {
            self.push(if is_t { T::TStringStart } else { T::FStringStart }, start, start_line);
            self.fstrings.push(FStringMode { quote, triple, raw, is_template: is_t, start: start as u32, fields: Vec::new() });
            return Ok(());
        }
        loop {
            if self.at_eof() {
                return Err(self.unterminated_string(start, triple, quote));
            }
            let c = self.peek();
            if c == quote {
                if !triple {
                    self.pos += 1;
                    break;
                }
                if self.peek_at(1) == quote && self.peek_at(2) == quote {
                    self.pos += 3;
                    break;
                }
                self.pos += 1;
            } else if c == b'\\' {
                self.pos += 1;
                if self.peek() == b'\n' {
                    self.newline();
                } else if !self.at_eof() {
                    self.pos += 1;
                }
            } else if c == b'\n' {
                if !triple {
                    return Err(self.unterminated_string(start, false, quote));
                }
                self.newline();
            } else {
                self.pos += 1;
            }
        }
        self.push(T::String, start, start_line);
        Ok(())
    }

    fn unterminated_string(&self, start: usize, triple: bool, quote: u8) -> LexError {
        // Inside an f-string field, a string opened with the f-string's own quote that never
        // closes means the field's `}` is missing.
        if let Some(mode) = self.fstrings.last() {
            if mode.fields.last().is_some_and(|f| !f.in_spec) && mode.quote == quote && mode.triple == triple {
                let what = if mode.is_template { "t-string" } else { "f-string" };
                return self.error(format!("{what}: expecting '}}'"), start, start);
            }
        }
        let line = if self.at_eof() && self.src.last() == Some(&b'\n') { self.line.saturating_sub(1).max(1) } else { self.line };
        if triple {
            self.error(format!("unterminated triple-quoted string literal (detected at line {line})"), start, start)
        } else {
            self.error(format!("unterminated string literal (detected at line {line})"), start, start)
        }
    }

    fn unterminated_fstring(&self, start: usize, triple: bool, is_t: bool) -> LexError {
        let what = if is_t { "t-string" } else { "f-string" };
        let line = if self.at_eof() && self.src.last() == Some(&b'\n') { self.line.saturating_sub(1).max(1) } else { self.line };
        if triple {
            self.error(format!("unterminated triple-quoted {what} literal (detected at line {line})"), start, start)
        } else {
            self.error(format!("unterminated {what} literal (detected at line {line})"), start, start)
        }
    }

    /// Lexes literal text of the innermost f-string (or its current format spec) up to the
    /// next field, the end of the spec, or the closing quote.
    fn lex_fstring_text(&mut self) -> Result<(), LexError> {
        let Some(mode) = self.fstrings.last() else { return Ok(()) };
        let (quote, triple, raw, is_t, mode_start) = (mode.quote, mode.triple, mode.raw, mode.is_template, mode.start);
        let in_spec = mode.fields.last().is_some_and(|f| f.in_spec);
        let middle = if is_t { T::TStringMiddle } else { T::FStringMiddle };
        let start = self.pos;
        let start_line = self.line;
        loop {
            if self.at_eof() {
                return Err(self.unterminated_fstring(mode_start as usize, triple, is_t));
            }
            let c = self.peek();
            if c == quote && (!triple || (self.peek_at(1) == quote && self.peek_at(2) == quote)) {
                if in_spec {
                    // The string ends inside a field: CPython reports the missing '}'.
                    let what = if is_t { "t-string" } else { "f-string" };
                    return Err(self.error(format!("{what}: expecting '}}', or format specs"), self.pos, self.pos + 1));
                }
                if self.pos > start {
                    self.push(middle, start, start_line);
                }
                let end_start = self.pos;
                let end_line = self.line;
                self.pos += if triple { 3 } else { 1 };
                self.push(if is_t { T::TStringEnd } else { T::FStringEnd }, end_start, end_line);
                self.fstrings.pop();
                return Ok(());
            }
            match c {
                b'\n' => {
                    // A format spec may span lines even in a single-quoted f-string.
                    if !triple && !in_spec {
                        return Err(self.unterminated_fstring(mode_start as usize, false, is_t));
                    }
                    self.newline();
                }
                b'\\' => {
                    if !raw && self.peek_at(1) == b'N' && self.peek_at(2) == b'{' {
                        self.pos += 3;
                        while !self.at_eof() && self.peek() != b'}' && self.peek() != quote && self.peek() != b'\n' {
                            self.pos += 1;
                        }
                        if self.peek() == b'}' {
                            self.pos += 1;
                        }
                    } else if matches!(self.peek_at(1), b'{' | b'}') {
                        self.pos += 1;
                    } else {
                        self.pos += 1;
                        if self.peek() == b'\n' {
                            self.newline();
                        } else if !self.at_eof() {
                            self.pos += 1;
                        }
                    }
                }
                b'{' => {
                    if !in_spec && self.peek_at(1) == b'{' {
                        self.pos += 2;
                        continue;
                    }
                    if self.pos > start {
                        self.push(middle, start, start_line);
                    }
                    let brace = self.pos;
                    if self.brackets.len() >= MAX_BRACKET_DEPTH {
                        return Err(self.error("too many nested parentheses", brace, brace + 1));
                    }
                    self.pos += 1;
                    self.brackets.push((b'{', brace as u32));
                    self.push(T::LBrace, brace, self.line);
                    let depth = self.brackets.len();
                    if let Some(m) = self.fstrings.last_mut() {
                        m.fields.push(FieldState { depth, in_spec: false });
                    }
                    return Ok(());
                }
                b'}' => {
                    if in_spec {
                        if self.pos > start {
                            self.push(middle, start, start_line);
                        }
                        let brace = self.pos;
                        self.pos += 1;
                        self.brackets.pop();
                        self.push(T::RBrace, brace, self.line);
                        if let Some(m) = self.fstrings.last_mut() {
                            m.fields.pop();
                        }
                        return Ok(());
                    }
                    if self.peek_at(1) == b'}' {
                        self.pos += 2;
                        continue;
                    }
                    let what = if is_t { "t-string" } else { "f-string" };
                    return Err(self.error(format!("{what}: single '}}' is not allowed"), self.pos, self.pos + 1));
                }
                _ => self.pos += 1,
            }
        }
    }
}

/// True for the string prefixes Python accepts (any case, any order): r, u, b, br, f, fr, t, tr.
fn valid_string_prefix(prefix: &[u8]) -> bool {
    let lower: Vec<u8> = prefix.iter().map(u8::to_ascii_lowercase).collect();
    matches!(
        lower.as_slice(),
        b"" | b"r" | b"u" | b"b" | b"f" | b"t" | b"br" | b"rb" | b"fr" | b"rf" | b"tr" | b"rt"
    )
}
