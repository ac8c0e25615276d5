//! Test support: run a snippet under CPython (`python3`) and return its stdout.
//!
//! Tests in `numeric` and `algo` compare against CPython itself rather than hand-written
//! expectations: a snippet prints one result per line and the Rust side computes the same
//! lines. `BRAID_TEST_PYTHON` overrides the interpreter; a missing interpreter fails the
//! test loudly (the oracle is part of the test environment, like the compiler).

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `code` with python3 (stdin as the program) and returns stdout; panics on failure.
pub fn python(code: &str) -> String {
    let exe = std::env::var("BRAID_TEST_PYTHON").unwrap_or_else(|_| "python3".to_string());
    python_exe(&exe, code)
}

/// Runs `code` with the given interpreter; panics on failure.
pub fn python_exe(exe: &str, code: &str) -> String {
    let mut child = Command::new(exe)
        .arg("-")
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {exe} (the CPython oracle): {e}"));
    child.stdin.take().expect("stdin").write_all(code.as_bytes()).expect("write program");
    let out = child.wait_with_output().expect("python3 output");
    assert!(
        out.status.success(),
        "python3 failed: {}\n--- program ---\n{code}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Same as [`python`], split into lines.
pub fn python_lines(code: &str) -> Vec<String> {
    python(code).lines().map(str::to_string).collect()
}

/// A Python string literal for `s` that survives any content: every character outside
/// printable ASCII (and quotes/backslashes) becomes a `\UXXXXXXXX` escape.
pub fn py_str(s: &str) -> String {
    let mut out = String::from("'");
    for c in s.chars() {
        if (c.is_ascii_alphanumeric() || " .+-_,:;()[]{}%#<>=^!?*/&|~@$".contains(c)) && c != '\'' {
            out.push(c);
        } else {
            out.push_str(&format!("\\U{:08x}", c as u32));
        }
    }
    out.push('\'');
    out
}

/// Deterministic random strings over `alphabet` (lengths 0..max_len), for grammar fuzzing
/// against python3.
pub fn random_strings(seed: u64, count: usize, max_len: usize, alphabet: &str) -> Vec<String> {
    let chars: Vec<char> = alphabet.chars().collect();
    let mut state = seed | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..count)
        .map(|_| {
            let len = (next() % (max_len as u64 + 1)) as usize;
            (0..len).map(|_| chars[(next() % chars.len() as u64) as usize]).collect()
        })
        .collect()
}
