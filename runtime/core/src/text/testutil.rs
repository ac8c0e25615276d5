//! Test support: run CPython as the oracle and move strings across as hex code points.
//!
//! Strings cross the process boundary as code points in hex joined by '.', so no quoting,
//! encoding or surrogate issue can blur a comparison. Scripts get `enc(s)` predefined.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use super::unicode::UNICODE_VERSION;

/// The CPython the Unicode tables were generated from, if present.
const TABLES_PYTHON: &str = "/root/.pyenv/versions/3.13.0/bin/python3";

const PRELUDE: &str = "def enc(s):\n    return '.'.join('%x' % ord(c) for c in s)\n";

fn run(interpreter: &str, script: &str) -> Option<String> {
    let full = format!("{PRELUDE}{script}");
    let mut child = Command::new(interpreter)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let writer = std::thread::spawn(move || stdin.write_all(full.as_bytes()));
    let output = child.wait_with_output().ok()?;
    writer
        .join()
        .expect("writer thread")
        .expect("script written");
    assert!(
        output.status.success(),
        "python failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    Some(String::from_utf8(output.stdout).expect("python prints ASCII"))
}

fn preferred_python() -> String {
    if let Ok(path) = std::env::var("BRAID_TEST_PYTHON") {
        return path;
    }
    if Path::new(TABLES_PYTHON).exists() {
        return TABLES_PYTHON.to_owned();
    }
    "python3".to_owned()
}

/// Runs `script` under CPython and returns its stdout. Panics if no python3 can run.
pub fn python(script: &str) -> String {
    run(&preferred_python(), script).expect("python3 is needed as the test oracle")
}

/// Runs `script` under a CPython whose Unicode version equals the tables' version; `None`
/// (with a note on stderr) when no such interpreter exists, since any other version would
/// disagree on characters assigned in between.
pub fn python_with_tables_unicode(script: &str) -> Option<String> {
    let interpreter = preferred_python();
    let version = run(
        &interpreter,
        "import unicodedata; print(unicodedata.unidata_version)",
    )?;
    if version.trim() != UNICODE_VERSION {
        eprintln!(
            "skipped: {interpreter} has Unicode {}, tables have {UNICODE_VERSION}",
            version.trim()
        );
        return None;
    }
    run(&interpreter, script)
}

/// Decodes `enc(s)` output back into a string.
pub fn dec(hex: &str) -> String {
    if hex.is_empty() {
        return String::new();
    }
    hex.split('.')
        .map(|h| char::from_u32(u32::from_str_radix(h, 16).expect("hex")).expect("scalar"))
        .collect()
}

/// Encodes a string the way `enc(s)` does, for building scripts.
pub fn enc(s: &str) -> String {
    s.chars()
        .map(|c| format!("{:x}", c as u32))
        .collect::<Vec<_>>()
        .join(".")
}

/// A Python expression that evaluates to `s`.
pub fn py_str(s: &str) -> String {
    let parts: Vec<String> = s.chars().map(|c| format!("\\U{:08x}", c as u32)).collect();
    format!("'{}'", parts.concat())
}
