//! Which error CPython reports when a file has both a syntax error and a byte it cannot
//! read (a null byte, or a byte that is not UTF-8 without a coding declaration).
//!
//! braid decodes the whole file before it tokenizes; CPython decodes and tokenizes line by
//! line as it parses. A tokenizer error (`unmatched ')'`, a bad indentation, an invalid
//! character) on a line before the bad byte stops CPython there, so it is the one
//! reported; a parser error is not (CPython then tokenizes the rest of the file and its
//! tokenizer errors win). This module tokenizes the lines before the bad one and returns
//! their tokenizer error, unless the error is only the cut itself (a bracket or string
//! left open, an unexpected end of file), which the rest of the file could have closed.

use crate::error::SyntaxError;

/// The tokenizer error of the lines before line `bad_line` (1-based) of `text`, if they
/// have one that does not come from cutting the file there.
pub fn before_line(text: &str, bad_line: usize, filename: &str) -> Option<SyntaxError> {
    if bad_line <= 1 {
        return None;
    }
    let cut = text.match_indices('\n').nth(bad_line - 2).map(|(i, _)| i + 1)?;
    let prefix = &text[..cut];
    let lexed = crate::lexer::tokenize(prefix);
    let lex_msg = lexed.error.as_ref()?.msg.clone();
    // `$` and the like: CPython's tokenizer yields an error token and reads on.
    let from_cut = ["was never closed", "unexpected EOF", "unterminated triple-quoted", "expected an indented block"]
        .iter()
        .any(|m| lex_msg.contains(m));
    if lex_msg == "invalid syntax" || from_cut {
        return None;
    }
    // The parser reports the tokenizer's error with its position and text, unless a
    // parser error comes first (which CPython would not report: see the module docs).
    let err = crate::parser::parse_text(prefix, &lexed, filename).err()?;
    let line = err.lineno.unwrap_or(u32::MAX) as usize;
    (line < bad_line && err.msg == lex_msg).then_some(err)
}


/// The 1-based line of the first byte of `source` that is not UTF-8, if any.
pub fn first_bad_utf8_line(source: &[u8]) -> Option<(usize, usize)> {
    let bad = std::str::from_utf8(source).err()?.valid_up_to();
    let line = 1 + source[..bad].iter().filter(|&&b| b == b'\n').count();
    Some((line, bad))
}

/// The earlier syntax error of a source whose decoding failed with `err` (see the
/// module docs), or `err` itself.
pub fn for_decode_error(source: &[u8], filename: &str, err: SyntaxError) -> SyntaxError {
    if !err.msg.starts_with("Non-UTF-8 code") {
        return err;
    }
    let Some((line, bad)) = first_bad_utf8_line(source) else { return err };
    let start = source[..bad].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    match crate::decode_source(&source[..start], filename) {
        Ok(prefix) => before_line(&prefix, line, filename).unwrap_or(err),
        Err(_) => err,
    }
}

/// The earlier syntax error of a decoded `text` that contains a null byte, if any.
pub fn for_null_byte(text: &str, filename: &str) -> Option<SyntaxError> {
    let at = text.find('\0')?;
    let line = 1 + text[..at].matches('\n').count();
    before_line(text, line, filename)
}

#[cfg(test)]
mod tests {
    fn error_of(source: &[u8]) -> (Option<u32>, String) {
        let e = crate::parse_module(source, "f.py").expect_err("a syntax error");
        (e.lineno, e.msg)
    }

    #[test]
    fn an_earlier_tokenizer_error_wins_over_a_bad_byte() {
        assert_eq!(error_of(b"x = )\ny = 1\xff\n"), (Some(1), "unmatched ')'".to_string()));
        assert_eq!(error_of(b"x = )\ny = \"\0\"\n"), (Some(1), "unmatched ')'".to_string()));
        assert_eq!(error_of(b"x = 0777\n\xff\n").0, Some(1));
        assert_eq!(error_of(b"if 1:\n    x = 1\n  y = 2\nz = \"\0\"\n").0, Some(3));
    }

    #[test]
    fn a_bad_byte_wins_over_an_earlier_parser_error_or_an_open_bracket() {
        for src in [&b"x = 1 2\n\xff\n"[..], b"def f(:\n\xff\n", b"x = (\n1,\n\xff)\n", b"x = $\n\xff\n"] {
            assert!(error_of(src).1.starts_with("Non-UTF-8 code"), "{src:?}");
        }
        for src in [&b"x = 1 2\n\"\0\"\n"[..], b"def f(:\n\"\0\"\n", b"x = \"\"\"\n\0\"\"\"\n"] {
            assert_eq!(error_of(src).1, "source code cannot contain null bytes", "{src:?}");
        }
    }
}
