//! The recursive-descent parser: tokens -> AST, with CPython's positions and messages.
//!
//! Structure follows the grammar areas: `statement.rs` (simple and compound statements),
//! `expression.rs` (precedence climbing from `expression` down to atoms), `arguments.rs`
//! (parameter lists and call arguments), `strings.rs` (literals, escapes, f-/t-strings),
//! `pattern.rs` (`match` patterns), `targets.rs` (turning a parsed expression into an
//! assignment/deletion target and the "cannot assign to ..." family of errors).
//!
//! Why hand-written recursive descent rather than PEG: Python's grammar is LL(1) almost
//! everywhere once expressions are parsed first and re-interpreted as targets; the few
//! places that need more (parenthesised `with` items, soft keywords `match`/`case`/`type`)
//! use explicit, bounded backtracking over the token vector.
//!
//! Errors: the parser tracks the furthest token it has looked at; a failure that has no
//! specific message becomes CPython's `invalid syntax` at that token, and is replaced by a
//! tokenizer error if the tokenizer found one anywhere in the file (CPython tokenizes the
//! rest of the file before settling on a generic error).

mod arguments;
mod expression;
pub(crate) use expression::big_literal_decimal;
mod pattern;
mod statement;
mod strings;
mod targets;

use crate::ast::{Location, Module};
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::lexer::{LexError, Lexed};
use crate::token::{Token, T};

/// Maximum recursion depth of the parser itself (CPython's `MAXSTACK`).
const MAX_PARSE_DEPTH: u32 = 6000;
/// Longest left-nested chain (binary operators, attribute/call/subscript trailers, boolean
/// chains) accepted; deeper trees would overflow recursive consumers of the AST.
const MAX_CHAIN: u32 = 100_000;

/// An error found while parsing, positioned by (line, byte column).
#[derive(Clone, Debug)]
pub(crate) struct ParseError {
    pub msg: String,
    pub kind: SyntaxErrorKind,
    pub loc: Location,
    /// CPython reports some errors without a column (offset 0): no caret line.
    pub no_caret: bool,
    /// True for the generic "invalid syntax" (a tokenizer error anywhere takes precedence).
    pub generic: bool,
    /// Already a tokenizer error.
    pub from_lexer: bool,
}

pub(crate) type PResult<T> = Result<T, ParseError>;

pub(crate) struct Parser<'a> {
    pub src: &'a str,
    pub tokens: &'a [Token],
    pub line_starts: &'a [u32],
    pub pos: usize,
    /// Furthest token index examined, for generic error locations.
    pub furthest: usize,
    /// Furthest token fetched by any attempt, speculative ones included (CPython's
    /// `p->fill - 1` after its error pass).
    pub fetched: usize,
    /// Inside the speculative parse of CPython's `expression_without_invalid`.
    pub no_invalid: bool,
    /// Parsing a class's argument list, where a bare generator expression is not allowed.
    pub class_args: bool,
    /// Compile-time warnings found so far (string escapes), in source order.
    pub warnings: std::cell::RefCell<Vec<crate::ParseWarning>>,
    pub depth: u32,
    /// Inside a replacement field of an f-string (affects some messages).
    pub fstring_depth: u32,
    /// Open brackets around the current position (CPython's tokenizer `level`).
    pub brackets: u32,
}

/// Parses a whole module from decoded source text.
pub(crate) fn parse_text(text: &str, lexed: &Lexed, filename: &str) -> Result<Module, SyntaxError> {
    run(text, lexed, filename, |p| p.file()).0
}

/// Parses a module and returns the warnings found on the way (also when it fails).
pub(crate) fn parse_text_with_warnings(text: &str, lexed: &Lexed, filename: &str) -> (Result<Module, SyntaxError>, Vec<crate::ParseWarning>) {
    run(text, lexed, filename, |p| p.file())
}

/// Parses an `eval` input: `expressions NEWLINE* ENDMARKER`.
pub(crate) fn parse_eval_text(text: &str, lexed: &Lexed, filename: &str) -> Result<crate::ast::Expression, SyntaxError> {
    run(text, lexed, filename, |p| {
        let body = p.star_expressions()?;
        while p.eat(T::Newline) {}
        if p.peek() != T::EndMarker {
            return Err(p.invalid_syntax());
        }
        Ok(crate::ast::Expression { body: Box::new(body) })
    })
    .0
}

/// Parses a `single` (interactive) input: exactly one statement (or none).
pub(crate) fn parse_single_text(text: &str, lexed: &Lexed, filename: &str) -> Result<crate::ast::Interactive, SyntaxError> {
    run(text, lexed, filename, |p| {
        let mut body = Vec::new();
        while p.eat(T::Newline) {}
        if p.peek() != T::EndMarker {
            p.statement(&mut body)?;
        }
        while p.eat(T::Newline) {}
        if p.peek() != T::EndMarker {
            let t = p.cur();
            if t.kind == T::Error || t.kind == T::Indent || t.kind == T::Dedent {
                return Err(p.invalid_syntax_at(t));
            }
            let first = body.first().map_or_else(|| p.loc_of(t), |s: &crate::ast::Stmt| s.loc);
            return Err(p.err_at(first, "multiple statements found while compiling a single statement"));
        }
        Ok(crate::ast::Interactive { body })
    })
    .0
}

fn run<'a, R>(
    text: &'a str,
    lexed: &'a Lexed,
    filename: &str,
    f: impl FnOnce(&mut Parser<'a>) -> PResult<R>,
) -> (Result<R, SyntaxError>, Vec<crate::ParseWarning>) {
    let mut p = Parser {
        src: text,
        tokens: &lexed.tokens,
        line_starts: &lexed.line_starts,
        pos: 0,
        furthest: 0,
        fetched: 0,
        no_invalid: false,
        class_args: false,
        warnings: std::cell::RefCell::new(Vec::new()),
        depth: 0,
        fstring_depth: 0,
        brackets: 0,
    };
    let result = f(&mut p);
    let mut warnings = p.warnings.take();
    // Tokenizer warnings interleave with the parser's by position, as CPython emits them.
    warnings.extend(lexed.warnings.iter().map(|(line, msg)| crate::ParseWarning { category: "SyntaxWarning", msg: msg.clone(), lineno: *line }));
    warnings.sort_by_key(|w| w.lineno);
    let result = match result {
        Ok(tree) => Ok(tree),
        Err(err) => {
            let err = match &lexed.error {
                Some(lex) if p.lex_error_wins(lex, &err) => p.lex_error_to_parse_error(lex),
                _ => err,
            };
            Err(p.to_syntax_error(err, filename))
        }
    };
    (result, warnings)
}

impl<'a> Parser<'a> {
    // ------------------------------------------------------------------ token access

    #[inline]
    pub fn tok(&self, i: usize) -> Token {
        let last = self.tokens.len() - 1;
        self.tokens[i.min(last)]
    }

    #[inline]
    pub fn peek(&mut self) -> T {
        if self.pos > self.furthest {
            self.furthest = self.pos;
        }
        self.tok(self.pos).kind
    }

    #[inline]
    pub fn peek_at(&mut self, k: usize) -> T {
        let i = self.pos + k;
        if i > self.furthest {
            self.furthest = i.min(self.tokens.len() - 1);
        }
        self.tok(i).kind
    }

    #[inline]
    pub fn cur(&self) -> Token {
        self.tok(self.pos)
    }

    #[inline]
    pub fn prev(&self) -> Token {
        self.tok(self.pos.saturating_sub(1))
    }

    #[inline]
    pub fn bump(&mut self) -> Token {
        let t = self.cur();
        if self.pos < self.tokens.len() - 1 {
            self.pos += 1;
        }
        if self.pos > self.furthest {
            self.furthest = self.pos;
        }
        t
    }

    #[inline]
    pub fn eat(&mut self, kind: T) -> bool {
        if self.peek() == kind {
            self.bump();
            true
        } else {
            false
        }
    }

    pub fn text(&self, t: Token) -> &'a str {
        &self.src[t.start as usize..t.end as usize]
    }

    /// Is the current token the soft keyword / name `word`?
    pub fn at_name(&mut self, word: &str) -> bool {
        self.peek() == T::Name && self.text(self.cur()) == word
    }

    // ------------------------------------------------------------------ positions

    pub fn col(&self, line: u32, offset: u32) -> u32 {
        let start = self.line_starts.get(line.saturating_sub(1) as usize).copied().unwrap_or(0);
        offset.saturating_sub(start)
    }

    pub fn loc_of(&self, t: Token) -> Location {
        Location { lineno: t.line, col_offset: self.col(t.line, t.start), end_lineno: t.end_line, end_col_offset: self.col(t.end_line, t.end) }
    }

    /// Span from the start of token `t` to the end of the previously consumed token.
    pub fn loc_from(&self, t: Token) -> Location {
        self.loc_of(t).until(self.loc_of(self.prev()))
    }

    /// Location of the last consumed token that is not NEWLINE/INDENT/DEDENT (CPython ends
    /// compound statements there).
    pub fn last_nonws_loc(&self) -> Location {
        let mut i = self.pos;
        while i > 0 {
            i -= 1;
            let t = self.tok(i);
            if !matches!(t.kind, T::Newline | T::Indent | T::Dedent) {
                return self.loc_of(t);
            }
        }
        self.loc_of(self.tok(0))
    }

    /// Span from a start location to the end of the previously consumed token.
    pub fn span_from(&self, start: Location) -> Location {
        start.until(self.loc_of(self.prev()))
    }

    // ------------------------------------------------------------------ errors

    pub fn err_at(&self, loc: Location, msg: impl Into<String>) -> ParseError {
        ParseError { msg: msg.into(), kind: SyntaxErrorKind::SyntaxError, loc, no_caret: false, generic: false, from_lexer: false }
    }

    pub fn err_tok(&self, t: Token, msg: impl Into<String>) -> ParseError {
        self.err_at(self.loc_of(t), msg)
    }

    /// The generic `invalid syntax` at the furthest token examined (or a tokenizer error).
    pub fn invalid_syntax(&mut self) -> ParseError {
        let t = self.tok(self.furthest);
        self.invalid_syntax_at(t)
    }

    pub fn invalid_syntax_at(&mut self, t: Token) -> ParseError {
        match t.kind {
            T::Error => ParseError { generic: true, ..self.err_tok(t, "invalid syntax") },
            // CPython's offset is the tokenizer's position after the indentation, without
            // the usual +1: the caret then shows only when the indentation contains a tab.
            T::Indent | T::Dedent => {
                let col = self.col(t.line, t.start).saturating_sub(1);
                let loc = Location { lineno: t.line, col_offset: col, end_lineno: t.line, end_col_offset: col };
                let msg = if t.kind == T::Indent { "unexpected indent" } else { "unexpected unindent" };
                ParseError { kind: SyntaxErrorKind::IndentationError, ..self.err_at(loc, msg) }
            }
            T::EndMarker => ParseError { generic: true, no_caret: true, ..self.err_at(self.eof_loc(), "invalid syntax") },
            _ => ParseError { generic: true, ..self.err_tok(t, "invalid syntax") },
        }
    }

    /// Where CPython's ENDMARKER sits for error messages: the file's last line, no column.
    pub fn eof_loc(&self) -> Location {
        let lines = self.line_starts.len() as u32 - u32::from(self.src.ends_with('\n'));
        let line = lines.max(1);
        Location { lineno: line, col_offset: 0, end_lineno: line, end_col_offset: 0 }
    }

    /// `expected an indented block after ...` at token `t` (at the end of the file CPython
    /// reports the last line without a caret).
    pub fn expected_indent(&self, t: Token, msg: String) -> ParseError {
        if matches!(t.kind, T::EndMarker | T::Dedent) && t.start as usize >= self.src.trim_end().len() {
            return ParseError { no_caret: true, ..self.err_at(self.eof_loc(), msg) }.indentation();
        }
        self.err_tok(t, msg).indentation()
    }

    /// Consumes `kind` or fails with `invalid syntax`.
    pub fn expect(&mut self, kind: T) -> PResult<Token> {
        if self.peek() == kind {
            Ok(self.bump())
        } else {
            Err(self.invalid_syntax())
        }
    }

    /// Consumes the `:` of a compound statement header whose grammar rule has an
    /// `invalid_*` alternative ending in NEWLINE (`if`, `while`, `class`, `with`, `except`,
    /// `match`, `case`): `expected ':'` only when the line ends there, else invalid syntax.
    pub fn expect_colon(&mut self) -> PResult<Token> {
        if self.peek() == T::Colon {
            return Ok(self.bump());
        }
        if self.peek() == T::Newline {
            let t = self.cur();
            return Err(self.err_tok(t, "expected ':'"));
        }
        Err(self.invalid_syntax())
    }

    /// Consumes a forced `&&':'` (`def`, `for`, `try`, `else`, `finally`): any other token is
    /// reported as `expected ':'` at that token.
    pub fn expect_colon_forced(&mut self) -> PResult<Token> {
        if self.peek() == T::Colon {
            return Ok(self.bump());
        }
        if matches!(self.peek(), T::Error) {
            return Err(self.invalid_syntax());
        }
        let t = self.cur();
        Err(self.err_tok(t, "expected ':'"))
    }

    /// Records a `SyntaxWarning` located at token `t`.
    pub fn warn(&self, t: Token, msg: String) {
        self.warnings.borrow_mut().push(crate::ParseWarning { category: "SyntaxWarning", msg, lineno: t.line });
    }

    pub fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        let stack_low = stacker::remaining_stack().is_some_and(|left| left < 256 * 1024);
        if self.depth > MAX_PARSE_DEPTH || stack_low {
            let t = self.cur();
            return Err(self.err_tok(t, "too many nested parentheses"));
        }
        Ok(())
    }

    pub fn leave(&mut self) {
        self.depth -= 1;
    }

    pub fn check_chain(&self, count: u32) -> PResult<()> {
        if count > MAX_CHAIN {
            let t = self.cur();
            return Err(self.err_tok(t, "expression too complex to parse"));
        }
        Ok(())
    }

    /// CPython, after any parser error, tokenizes the rest of the file: a tokenizer error
    /// found there replaces the parser's error, and an unclosed bracket does when the parser
    /// failed on a later line than the bracket (or at the end of the file).
    fn lex_error_wins(&self, lex: &LexError, err: &ParseError) -> bool {
        if self.tok(self.furthest).kind == T::Error && err.generic {
            return true;
        }
        if err.from_lexer {
            return false;
        }
        if let Some(line) = lex.unclosed_line {
            // The error token itself stands for the end of the file.
            let last = self.tok(self.fetched.max(self.furthest));
            let last_line = if last.kind == T::Error { self.line_starts.len() as u32 } else { last.line };
            return last_line > line;
        }
        !lex.generic
    }

    fn lex_error_to_parse_error(&self, lex: &LexError) -> ParseError {
        let line = match self.line_starts.binary_search(&lex.start) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        };
        let end_line = match self.line_starts.binary_search(&lex.end) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        };
        let loc = Location { lineno: line, col_offset: self.col(line, lex.start), end_lineno: end_line, end_col_offset: self.col(end_line, lex.end) };
        ParseError { msg: lex.msg.clone(), kind: lex.kind, loc, no_caret: lex.no_caret, generic: lex.generic, from_lexer: true }
    }

    /// The text of line `line` including its newline (if any).
    pub fn line_text(&self, line: u32) -> Option<&'a str> {
        let start = *self.line_starts.get(line.checked_sub(1)? as usize)? as usize;
        let end = self.line_starts.get(line as usize).map_or(self.src.len(), |&e| e as usize);
        self.src.get(start..end)
    }

    fn to_syntax_error(&self, err: ParseError, filename: &str) -> SyntaxError {
        let text = self.line_text(err.loc.lineno).map(str::to_string);
        let char_col = |line: u32, col: u32| -> u32 {
            let Some(t) = self.line_text(line) else { return col + 1 };
            let col = (col as usize).min(t.len());
            let prefix = t.get(..col).unwrap_or(t);
            prefix.chars().count() as u32 + 1
        };
        let (offset, end_offset) = if err.no_caret {
            (Some(0), Some(0))
        } else {
            (Some(char_col(err.loc.lineno, err.loc.col_offset)), Some(char_col(err.loc.end_lineno, err.loc.end_col_offset)))
        };
        SyntaxError {
            kind: err.kind,
            msg: err.msg,
            filename: filename.to_string(),
            lineno: Some(err.loc.lineno),
            offset,
            end_lineno: Some(err.loc.end_lineno),
            end_offset,
            text,
        }
    }
}

impl ParseError {
    /// Moves the error to just past its end (CPython's "expected ':'" points after the
    /// previous token).
    #[must_use]
    pub fn at_end(mut self) -> ParseError {
        self.loc.lineno = self.loc.end_lineno;
        self.loc.col_offset = self.loc.end_col_offset;
        self.loc.end_col_offset = self.loc.col_offset + 1;
        self
    }

    /// Marks an error as an `IndentationError`.
    #[must_use]
    pub fn indentation(mut self) -> ParseError {
        self.kind = SyntaxErrorKind::IndentationError;
        self
    }
}
