//! `SyntaxError` as CPython reports it: the exception's attributes and the exact stderr block
//! printed when the main program fails to compile.
//!
//! Offsets follow the Python-level `SyntaxError` object, not the AST: `offset` and `end_offset`
//! are 1-based *character* offsets into `text`, so the runtime can hand these fields straight
//! to a `SyntaxError` instance and `render` can reproduce `traceback.py`'s layout.

use std::fmt::Write as _;

/// Which exception class the error is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SyntaxErrorKind {
    /// `SyntaxError`.
    SyntaxError,
    /// `IndentationError` (a `SyntaxError` subclass).
    IndentationError,
    /// `TabError` (an `IndentationError` subclass).
    TabError,
}

impl SyntaxErrorKind {
    /// The class name as Python prints it.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// A compile-time syntax error with CPython's attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// Exception class.
    pub kind: SyntaxErrorKind,
    /// The message (`str(exc)` without location).
    pub msg: String,
    /// File name as given to the parser.
    pub filename: String,
    /// 1-based line of the error (`None` only for errors with no location).
    pub lineno: Option<u32>,
    /// 1-based character offset of the error start within `text` (`None`: no caret).
    pub offset: Option<u32>,
    /// Last line of the error span.
    pub end_lineno: Option<u32>,
    /// 1-based character offset just past the error span on `end_lineno`.
    pub end_offset: Option<u32>,
    /// The source line of `lineno`, with its newline if it had one.
    pub text: Option<String>,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.lineno {
            Some(line) => write!(f, "{} ({}, line {})", self.msg, self.filename, line),
            None => f.write_str(&self.msg),
        }
    }
}

impl std::error::Error for SyntaxError {}

impl SyntaxError {
    /// The block CPython 3.14 writes to stderr when the main program has this syntax error
    /// (no `Traceback` header: compile errors of the main script have no frames), ending with
    /// a newline. Mirrors `traceback.TracebackException._format_syntax_error` without colour.
    #[must_use]
    pub fn render(&self) -> String {
        let mut out = String::new();
        let mut filename_suffix = String::new();
        if let Some(line) = self.lineno {
            let name = if self.filename.is_empty() { "<string>" } else { &self.filename };
            let _ = writeln!(out, "  File \"{name}\", line {line}");
        } else if !self.filename.is_empty() {
            filename_suffix = format!(" ({})", self.filename);
        }
        if let Some(text) = &self.text {
            render_source_and_caret(self, text, &mut out);
        }
        let msg = if self.msg.is_empty() { "<no detail available>" } else { &self.msg };
        let _ = writeln!(out, "{}: {}{}", self.kind.name(), msg, filename_suffix);
        out
    }
}

/// Writes the source line and, when the error has an offset, the caret line.
fn render_source_and_caret(err: &SyntaxError, text: &str, out: &mut String) {
    let rtext = text.trim_end_matches('\n');
    let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
    let rtext_len = rtext.chars().count() as i64;
    let spaces = rtext_len - ltext.chars().count() as i64;
    let Some(offset) = err.offset else {
        let _ = writeln!(out, "    {ltext}");
        return;
    };
    let text_len = text.chars().count() as i64;
    let mut offset = i64::from(offset);
    let mut end_offset = if err.lineno == err.end_lineno {
        match err.end_offset {
            None | Some(0) => offset,
            Some(e) => i64::from(e),
        }
    } else {
        rtext_len + 1
    };
    if !text.is_empty() && offset > text_len {
        offset = rtext_len + 1;
    }
    if !text.is_empty() && end_offset > text_len {
        end_offset = rtext_len + 1;
    }
    if offset >= end_offset || end_offset < 0 {
        end_offset = offset + 1;
    }
    let colno = offset - 1 - spaces;
    let end_colno = end_offset - 1 - spaces;
    let _ = writeln!(out, "    {ltext}");
    if colno >= 0 {
        out.push_str("    ");
        for c in ltext.chars().take(colno as usize) {
            out.push(if c.is_whitespace() && is_python_space(c) { c } else { ' ' });
        }
        for _ in 0..(end_colno - colno).max(0) {
            out.push('^');
        }
        out.push('\n');
    }
}

/// `str.isspace()` for the characters that can appear in a source line.
fn is_python_space(c: char) -> bool {
    matches!(c, '\t' | '\x0b' | '\x0c' | '\x1c'..='\x1f' | ' ' | '\u{85}') || c.is_whitespace()
}
