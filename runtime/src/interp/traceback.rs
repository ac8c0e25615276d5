//! Printing uncaught exceptions exactly as CPython 3.14 does (no colour): header,
//! one entry per frame with its source line and PEP 657 carets, repeated-frame
//! folding, chained exceptions with their joining sentences, notes, and the final
//! `Type: message` line with "Did you mean" suggestions for NameError.

use crate::builtins::exceptions::{as_exception, exception_str, NAME_ERROR};
use crate::builtins::str::as_str;
use crate::compiler::code::{as_code, Loc};
use crate::object::Value;

/// Renders `exc` and its chain as CPython's default excepthook would. `names` gives
/// NameError suggestion candidates (globals + builtins of the failing module).
pub fn format_exception(exc: &Value, names: &[String]) -> String {
    let mut out = String::new();
    let mut seen: Vec<usize> = Vec::new();
    format_chain(exc, names, &mut out, &mut seen);
    out
}

fn format_chain(exc: &Value, names: &[String], out: &mut String, seen: &mut Vec<usize>) {
    seen.push(exc.raw());
    if let Some(e) = as_exception(exc) {
        let cause = e.cause.borrow().clone();
        let context = e.context.borrow().clone();
        if let Some(c) = cause.filter(|c| !seen.contains(&c.raw())) {
            format_chain(&c, names, out, seen);
            out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if let Some(c) = context.filter(|c| !e.suppress_context.get() && !seen.contains(&c.raw())) {
            format_chain(&c, names, out, seen);
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    format_single(exc, names, out);
}

fn format_single(exc: &Value, names: &[String], out: &mut String) {
    if let Some(e) = as_exception(exc) {
        let tb = e.traceback.borrow();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            let mut last: Option<(String, u32, String)> = None;
            let mut repeat = 0usize;
            for entry in tb.iter().rev() {
                let Some(code) = as_code(&entry.code) else { continue };
                let loc = code.locs.get(entry.pc as usize).copied().unwrap_or_default();
                let key = (code.filename.clone(), loc.line, code.name.clone());
                if last.as_ref() == Some(&key) {
                    repeat += 1;
                    if repeat >= 3 {
                        continue;
                    }
                } else {
                    flush_repeats(out, repeat);
                    repeat = 0;
                    last = Some(key);
                }
                out.push_str(&format!("  File \"{}\", line {}, in {}\n", code.filename, loc.line, code.name));
                if let Some(src) = &code.source {
                    format_source(out, src, &loc);
                }
            }
            flush_repeats(out, repeat);
        }
    }
    out.push_str(&final_line(exc, names));
    out.push('\n');
    if let Some(e) = as_exception(exc) {
        for note in e.notes.borrow().iter() {
            out.push_str(as_str(note).unwrap_or(""));
            out.push('\n');
        }
    }
}

fn flush_repeats(out: &mut String, repeat: usize) {
    if repeat > 2 {
        let n = repeat - 2;
        out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
    }
}

/// Column (in characters) of UTF-8 byte offset `byte` in `line`.
fn char_col(line: &str, byte: u32) -> usize {
    let b = (byte as usize).min(line.len());
    let mut b = b;
    while b > 0 && !line.is_char_boundary(b) {
        b -= 1;
    }
    line[..b].chars().count()
}

/// A span over several lines: the block is dedented as a whole; the first two and last
/// two lines are shown, a gap of one line is shown too, longer gaps become
/// `...<N lines>...`. (Carets for multi-line spans are not drawn yet.)
fn format_multiline(out: &mut String, src: &str, loc: &Loc) {
    let lines: Vec<&str> = src.lines().skip(loc.line.saturating_sub(1) as usize).take((loc.end_line - loc.line + 1) as usize).collect();
    let n = lines.len();
    if n == 0 {
        return;
    }
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let significant = |i: usize| i <= 1 || i + 2 >= n;
    let mut i = 0;
    while i < n {
        if significant(i) || (i > 0 && significant(i - 1) && significant(i + 1)) {
            let text = lines[i].get(indent..).unwrap_or(lines[i].trim_start()).trim_end();
            out.push_str("    ");
            out.push_str(text);
            out.push('\n');
            i += 1;
        } else {
            let start = i;
            while i < n && !significant(i) {
                i += 1;
            }
            out.push_str(&format!("    ...<{} lines>...\n", i - start));
        }
    }
}

fn format_source(out: &mut String, src: &str, loc: &Loc) {
    if loc.end_line > loc.line {
        format_multiline(out, src, loc);
        return;
    }
    let Some(line) = src.lines().nth(loc.line.saturating_sub(1) as usize) else { return };
    let stripped = line.trim_start();
    let indent_chars = line.chars().count() - stripped.chars().count();
    let text = stripped.trim_end();
    if text.is_empty() {
        return;
    }
    out.push_str("    ");
    out.push_str(text);
    out.push('\n');
    if loc.no_carets || loc.end_line == 0 {
        return;
    }
    let start = char_col(line, loc.col);
    let end = if loc.end_line == loc.line { char_col(line, loc.end_col) } else { line.trim_end().chars().count() };
    if end <= start || start < indent_chars {
        return;
    }
    let has_anchor = loc.anchor.end > loc.anchor.start;
    let line_end = indent_chars + text.chars().count();
    if !has_anchor && start == indent_chars && end >= line_end {
        return;
    }
    if loc.end_line != loc.line {
        // Multi-line spans: CPython prints more lines; we show the first line only.
        return;
    }
    let mut carets = String::from("    ");
    for _ in indent_chars..start {
        carets.push(' ');
    }
    let (a0, a1) = (char_col(line, loc.anchor.start), char_col(line, loc.anchor.end));
    for c in start..end {
        carets.push(if !has_anchor || (a0..a1).contains(&c) { '^' } else { '~' });
    }
    out.push_str(&carets);
    out.push('\n');
}

/// Modules of the standard library, for "Did you forget to import 'x'?".
const STDLIB_MODULES: &[&str] = &[
    "abc", "argparse", "array", "ast", "asyncio", "base64", "bisect", "builtins", "calendar", "collections", "contextlib",
    "copy", "csv", "dataclasses", "datetime", "decimal", "enum", "fractions", "functools", "gc", "glob", "hashlib",
    "heapq", "inspect", "io", "itertools", "json", "logging", "math", "operator", "os", "pathlib", "pickle", "platform",
    "pprint", "queue", "random", "re", "shutil", "signal", "socket", "statistics", "string", "struct", "subprocess",
    "sys", "tempfile", "textwrap", "threading", "time", "timeit", "traceback", "types", "typing", "unicodedata",
    "unittest", "uuid", "warnings", "weakref", "zlib",
];

/// `Type: message` (plus suggestions).
pub fn final_line(exc: &Value, names: &[String]) -> String {
    let ty = exc.ty();
    let msg = exception_str(exc);
    let mut line = if msg.is_empty() { ty.body.name.to_string() } else { format!("{}: {msg}", ty.body.name) };
    if ty.body.is_subtype(&NAME_ERROR.body) && !ty.body.is_subtype(&crate::builtins::exceptions::UNBOUND_LOCAL_ERROR.body) {
        if let Some(name) = msg.strip_prefix("name '").and_then(|m| m.strip_suffix("' is not defined")) {
            let mut candidates: Vec<String> = innermost_frame_names(exc);
            candidates.extend(names.iter().cloned());
            let suggestion = suggest(name, &candidates);
            let stdlib = STDLIB_MODULES.contains(&name);
            match (suggestion, stdlib) {
                (Some(s), true) => line.push_str(&format!(". Did you mean: '{s}'? Or did you forget to import '{name}'?")),
                (Some(s), false) => line.push_str(&format!(". Did you mean: '{s}'?")),
                (None, true) => line.push_str(&format!(". Did you forget to import '{name}'?")),
                (None, false) => {}
            }
        }
    }
    if ty.body.is_subtype(&crate::builtins::exceptions::ATTRIBUTE_ERROR.body) {
        let name = crate::builtins::exceptions::get_extra(exc, "name");
        let obj = crate::builtins::exceptions::get_extra(exc, "obj");
        if let (Some(name), Some(obj)) = (name, obj) {
            let mut vm = crate::interp::Vm::scratch();
            let candidates = crate::ops::attribute_names(&mut vm, &obj);
            if let Some(s) = as_str(&name).and_then(|n| suggest(n, &candidates)) {
                line.push_str(&format!(". Did you mean: '{s}'?"));
            }
        }
    }
    line
}

/// Local variable names of the frame where the exception was raised.
fn innermost_frame_names(exc: &Value) -> Vec<String> {
    let Some(e) = as_exception(exc) else { return Vec::new() };
    let tb = e.traceback.borrow();
    let Some(code) = tb.first().and_then(|t| as_code(&t.code)) else { return Vec::new() };
    if code.name == "<module>" {
        return Vec::new();
    }
    code.varnames.iter().chain(&code.cellnames).chain(&code.freenames).cloned().collect()
}

/// CPython's suggestion algorithm (Levenshtein with case-aware costs).
pub fn suggest(wrong: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() > 750 || wrong.chars().count() > 40 {
        return None;
    }
    let wlen = wrong.chars().count();
    let mut best: Option<&String> = None;
    let mut best_dist = wlen * 2;
    for cand in candidates {
        if cand == wrong || (cand.starts_with('_') && !wrong.starts_with('_')) {
            continue;
        }
        let clen = cand.chars().count();
        let max = (clen + wlen + 3) * 2 / 6;
        let d = levenshtein(wrong, cand);
        if d <= max && d < best_dist {
            best = Some(cand);
            best_dist = d;
        }
    }
    best.cloned()
}

fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).map(|j| j * 2).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i * 2; b.len() + 1];
        for j in 1..=b.len() {
            let sub = if a[i - 1] == b[j - 1] {
                0
            } else if a[i - 1].to_lowercase().eq(b[j - 1].to_lowercase()) {
                1
            } else {
                2
            };
            cur[j] = (prev[j - 1] + sub).min(prev[j] + 2).min(cur[j - 1] + 2);
        }
        prev = cur;
    }
    prev[b.len()]
}
