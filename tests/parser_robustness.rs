//! The frontend never panics, hangs or overflows the stack: pathological nesting and size
//! give CPython's error or a parse, in bounded time, on the test harness's small thread
//! stacks (the parser switches to its own stack segment when it needs one).

use braid_parser::{parse_module, SyntaxErrorKind};
use std::time::{Duration, Instant};

fn parse(src: &str) -> Result<braid_parser::ast::Module, braid_parser::SyntaxError> {
    parse_module(src.as_bytes(), "<test>")
}

fn err_msg(src: &str) -> String {
    match parse(src) {
        Ok(_) => "<parsed>".to_string(),
        Err(e) => e.msg,
    }
}

#[test]
fn ten_thousand_nested_parentheses() {
    let src = format!("x = {}1{}\n", "(".repeat(10_000), ")".repeat(10_000));
    assert_eq!(err_msg(&src), "too many nested parentheses");
    let src = format!("x = {}\n", "[".repeat(10_000));
    assert_eq!(err_msg(&src), "too many nested parentheses");
    let src = format!("x = {}\n", "f\"{".repeat(10_000));
    assert!(parse(&src).is_err());
}

#[test]
fn two_hundred_parentheses_parse() {
    let src = format!("x = {}1{}\n", "(".repeat(199), ")".repeat(199));
    assert!(parse(&src).is_ok());
}

#[test]
fn hundred_thousand_line_file() {
    let mut src = String::new();
    for i in 0..100_000 {
        src.push_str(&format!("x{i} = {i} + y * (z - {i})\n"));
    }
    let start = Instant::now();
    let m = parse(&src).expect("parses");
    assert_eq!(m.body.len(), 100_000);
    assert!(start.elapsed() < Duration::from_secs(20));
}

#[test]
fn long_left_nested_chains_parse_and_drop() {
    for src in [
        format!("x = 1{}\n", "+1".repeat(100_000)),
        format!("x = a{}\n", ".b".repeat(100_000)),
        format!("x = f{}\n", "()".repeat(50_000)),
        format!("x = a{}\n", "[0]".repeat(50_000)),
        format!("x = a{}\n", " and b".repeat(100_000)),
        format!("x = a{}\n", " < b".repeat(100_000)),
    ] {
        let m = parse(&src).expect("long chains parse");
        braid_parser::check_module(&m, src.as_bytes(), "<test>").expect("no compile-time errors");
        let dump = braid_parser::dump::dump_module(&m, true, &braid_parser::dump::FStringPositions::AsParsed);
        assert!(dump.len() > 100_000);
        drop(m);
    }
}

#[test]
fn deep_right_recursion_is_a_clean_error() {
    for src in [
        format!("x = {}1\n", "-".repeat(100_000)),
        format!("x = {}1\n", "not ".repeat(100_000)),
        format!("x = {}1\n", "lambda: ".repeat(100_000)),
        format!("x = {}c\n", "a if b else ".repeat(100_000)),
        format!("x = {}1\n", "2 ** ".repeat(100_000)),
        format!("x = {}1\n", "await ".repeat(100_000)),
    ] {
        let start = Instant::now();
        let result = parse(&src);
        assert!(result.is_err(), "expected a 'too complex' error");
        assert!(start.elapsed() < Duration::from_secs(10));
    }
    // Moderate depth parses.
    assert!(parse(&format!("x = {}1\n", "-".repeat(1000))).is_ok());
}

#[test]
fn deep_indentation_is_an_indentation_error() {
    let mut src = String::new();
    for depth in 0..120 {
        src.push_str(&" ".repeat(depth));
        src.push_str("if x:\n");
    }
    src.push_str(&" ".repeat(120));
    src.push_str("pass\n");
    let err = parse(&src).unwrap_err();
    assert_eq!(err.kind, SyntaxErrorKind::IndentationError);
    assert_eq!(err.msg, "too many levels of indentation");
}

#[test]
fn arbitrary_bytes_never_panic() {
    // A deterministic pseudo-random byte soup plus Python-ish fragments.
    let pieces: &[&str] = &[
        "(", ")", "[", "]", "{", "}", "f\"", "\"", "'", "'''", "\\", "\n", "    ", "\t", ":", "=", "lambda",
        "def", "class", "if", "else", "match", "case", "*", "**", "@", "{x!r:", "}", "#", "0x", "1e", "j", "\u{20ac}",
        "\r", "\x0c", "async", "await", "yield", "t\"", "rb'", ",", ";", ".", "...", "->", ":=", "!", "\0",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..3000 {
        let mut src = String::new();
        for _ in 0..40 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            src.push_str(pieces[(seed % pieces.len() as u64) as usize]);
        }
        let _ = parse(&src);
    }
    let _ = parse_module(&[0xff, 0xfe, b'x', b'\n'], "<bytes>");
    let _ = parse_module(b"# coding: klingon\nx = 1\n", "<bytes>");
}
