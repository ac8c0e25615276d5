//! braid-parser: Python 3.14 source -> tokens -> AST with CPython positions.
//!
//! Public entry points: [`parse_module`] (bytes in, [`ast::Module`] or [`SyntaxError`] out),
//! the AST in [`ast`], and [`SyntaxError::render`] for CPython's stderr block.
//!
//! Pipeline: [`decode`](decode_source) (PEP 263, BOM, newline translation) -> `lexer`
//! (whole-file token vector) -> `parser` (recursive descent). The parser's recursion is
//! bounded (CPython's 200 nested brackets, 6000 nested rules) and runs on a stack of at least
//! 64 MiB: when the calling thread has less left, a fresh stack segment is used for the call.

pub mod ast;
mod check;
mod decode;
pub mod dump;
mod early_error;
mod error;
pub mod lexer;
pub mod names;
mod parser;
mod scopes;
pub mod token;

pub use check::{check_module, check_module_with_warnings};
pub use decode::decode_source;

/// A compile-time warning found while parsing (CPython emits these through `warnings`
/// before running the program; `-W error` turns them into `SyntaxError`s).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseWarning {
    /// Warning class name (`SyntaxWarning`).
    pub category: &'static str,
    /// Message, e.g. `invalid escape sequence '\d'`.
    pub msg: String,
    /// Line the warning is attributed to (the string token's first line).
    pub lineno: u32,
}
pub use error::{SyntaxError, SyntaxErrorKind};

/// The digit limit on decimal int literals (`sys.set_int_max_str_digits`; 0 = none): the
/// runtime keeps it in step with its own limit, since CPython applies it to literals too.
static INT_MAX_STR_DIGITS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(4300);

/// Sets the digit limit on decimal int literals (0 = no limit).
pub fn set_int_max_str_digits(limit: usize) {
    INT_MAX_STR_DIGITS.store(limit, std::sync::atomic::Ordering::Relaxed);
}

/// The digit limit on decimal int literals (0 = no limit).
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed)
}

/// Stack the parser wants available: deep but legal nesting stays far below it.
const PARSER_STACK: usize = 64 << 20;

/// Runs `f` with at least [`PARSER_STACK`] bytes of stack, growing onto a new segment if the
/// current thread has less left.
pub fn with_big_stack<R>(f: impl FnOnce() -> R) -> R {
    match stacker::remaining_stack() {
        Some(left) if left >= PARSER_STACK / 2 => f(),
        _ => stacker::grow(PARSER_STACK, f),
    }
}

/// Parses a module from source bytes (decoding them as CPython does) into its AST.
///
/// `filename` is used only in the returned error.
pub fn parse_module(source: &[u8], filename: &str) -> Result<ast::Module, SyntaxError> {
    with_big_stack(|| {
        let text = decode_source(source, filename).map_err(|e| early_error::for_decode_error(source, filename, e))?;
        if text.contains('\0') {
            return Err(early_error::for_null_byte(&text, filename).unwrap_or_else(|| null_byte_error(&text, filename)));
        }
        let lexed = lexer::tokenize(&text);
        parser::parse_text(&text, &lexed, filename)
    })
}

/// Like [`parse_module`], also returning the compile-time warnings (invalid escape
/// sequences) found before the parse ended, in source order, whether or not it failed.
pub fn parse_module_with_warnings(source: &[u8], filename: &str) -> (Result<ast::Module, SyntaxError>, Vec<ParseWarning>) {
    with_big_stack(|| {
        let text = match decode_source(source, filename) {
            Ok(t) => t,
            Err(e) => return (Err(early_error::for_decode_error(source, filename, e)), Vec::new()),
        };
        if text.contains('\0') {
            return (Err(early_error::for_null_byte(&text, filename).unwrap_or_else(|| null_byte_error(&text, filename))), Vec::new());
        }
        let lexed = lexer::tokenize(&text);
        parser::parse_text_with_warnings(&text, &lexed, filename)
    })
}

/// Parses an `eval`-mode source (`compile(src, filename, "eval")`) into an
/// [`ast::Expression`].
pub fn parse_expression(source: &[u8], filename: &str) -> Result<ast::Expression, SyntaxError> {
    with_big_stack(|| {
        let text = decode_source(source, filename)?;
        if text.contains('\0') {
            return Err(null_byte_error(&text, filename));
        }
        let lexed = lexer::tokenize(&text);
        parser::parse_eval_text(&text, &lexed, filename)
    })
}

/// Parses a `single`-mode source (`compile(src, filename, "single")`, one interactive
/// statement) into an [`ast::Interactive`].
pub fn parse_interactive(source: &[u8], filename: &str) -> Result<ast::Interactive, SyntaxError> {
    with_big_stack(|| {
        let text = decode_source(source, filename)?;
        if text.contains('\0') {
            return Err(null_byte_error(&text, filename));
        }
        let lexed = lexer::tokenize(&text);
        parser::parse_single_text(&text, &lexed, filename)
    })
}

/// Parses like [`parse_module`] and also returns the span of every f-/t-string token
/// (start to end quote), which [`dump::FStringPositions::Py311`] needs.
pub fn parse_module_for_dump(source: &[u8], filename: &str) -> Result<(ast::Module, Vec<ast::Location>), SyntaxError> {
    with_big_stack(|| {
        let text = decode_source(source, filename)?;
        if text.contains('\0') {
            return Err(null_byte_error(&text, filename));
        }
        let lexed = lexer::tokenize(&text);
        let module = parser::parse_text(&text, &lexed, filename)?;
        Ok((module, fstring_spans(&lexed)))
    })
}

fn fstring_spans(lexed: &lexer::Lexed) -> Vec<ast::Location> {
    let col = |line: u32, offset: u32| offset - lexed.line_starts[(line - 1) as usize];
    let mut open = Vec::new();
    let mut spans = Vec::new();
    for t in &lexed.tokens {
        match t.kind {
            token::T::FStringStart | token::T::TStringStart => open.push(*t),
            token::T::FStringEnd | token::T::TStringEnd => {
                if let Some(s) = open.pop() {
                    spans.push(ast::Location {
                        lineno: s.line,
                        col_offset: col(s.line, s.start),
                        end_lineno: t.end_line,
                        end_col_offset: col(t.end_line, t.end),
                    });
                }
            }
            _ => {}
        }
    }
    spans
}

fn null_byte_error(text: &str, filename: &str) -> SyntaxError {
    let _ = text;
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: "source code cannot contain null bytes".to_string(),
        filename: filename.to_string(),
        lineno: None,
        offset: None,
        end_lineno: None,
        end_offset: None,
        text: None,
    }
}
