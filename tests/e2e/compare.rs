//! Judging one run against a case's expectations, and describing a mismatch in one short line.
//!
//! The report for a failure must fit on one line of a CI log yet say enough to start
//! debugging, so a stdout mismatch is shown as the first differing line (expected vs. got,
//! escaped and cut to a readable width) rather than a full diff.

use crate::exec::{Exit, Outcome};
use crate::expect::Case;

const SHOWN_CHARS: usize = 70;

fn shorten(text: &str) -> String {
    let escaped: String = text.escape_debug().collect();
    if escaped.chars().count() <= SHOWN_CHARS {
        format!("\"{escaped}\"")
    } else {
        let cut: String = escaped.chars().take(SHOWN_CHARS).collect();
        format!("\"{cut}\"...")
    }
}

/// Describes the first difference between two texts by line, or `None` if they are equal.
pub fn first_difference(expected: &[u8], actual: &[u8]) -> Option<String> {
    if expected == actual {
        return None;
    }
    let expected = String::from_utf8_lossy(expected);
    let actual = String::from_utf8_lossy(actual);
    let mut expected_lines = expected.split_inclusive('\n');
    let mut actual_lines = actual.split_inclusive('\n');
    let mut number = 1;
    loop {
        match (expected_lines.next(), actual_lines.next()) {
            (Some(e), Some(a)) if e == a => number += 1,
            (Some(e), Some(a)) => {
                return Some(format!(
                    "line {number}: expected {} got {}",
                    shorten(e),
                    shorten(a)
                ))
            }
            (Some(e), None) => {
                return Some(format!(
                    "line {number}: expected {} got end of output",
                    shorten(e)
                ))
            }
            (None, Some(a)) => {
                return Some(format!(
                    "line {number}: expected end of output got {}",
                    shorten(a)
                ))
            }
            // Equal line sequences with different bytes cannot happen after lossy decoding
            // unless the raw bytes differ in invalid UTF-8; say so rather than claim equality.
            (None, None) => return Some("outputs differ in invalid UTF-8 bytes".to_owned()),
        }
    }
}

fn last_line(bytes: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(bytes);
    text.trim_end_matches('\n')
        .rsplit('\n')
        .next()
        .filter(|_| !text.is_empty())
        .map(str::to_owned)
}

/// Writes paths of files under `tests/py` relative to it (the script's absolute path becomes its
/// corpus name, an imported helper's `imports/pkg/mod.py`), as the `.stderr` and `.err` files are
/// written.
pub fn stable_stderr(stderr: &[u8], case: &Case) -> String {
    let text = String::from_utf8_lossy(stderr);
    let script = case.script.to_string_lossy();
    match script.strip_suffix(case.name.as_str()) {
        Some(root) if !root.is_empty() => text.replace(root, ""),
        _ => text.replace(&*script, &case.name),
    }
}

/// `Ok(())` if the run matches every expectation of the case, else a one-line reason.
pub fn judge(case: &Case, outcome: &Outcome) -> Result<(), String> {
    let code = match &outcome.exit {
        Exit::Code(code) => *code,
        Exit::Signal(signal) => {
            let tail = last_line(&outcome.stderr).unwrap_or_default();
            return Err(format!(
                "killed by signal {signal}; stderr ends {}",
                shorten(&tail)
            ));
        }
        Exit::TimedOut => return Err("timed out (killed)".to_owned()),
        Exit::SpawnFailed(why) => return Err(why.clone()),
    };
    let expected_code = case.error.as_ref().map_or(0, |e| e.exit_code);
    if code != expected_code {
        let tail = last_line(&outcome.stderr).unwrap_or_default();
        return Err(format!(
            "exit status {code}, expected {expected_code}; stderr ends {}",
            shorten(&tail)
        ));
    }
    if let Some(diff) = first_difference(&case.stdout, &outcome.stdout) {
        return Err(format!("stdout {diff}"));
    }
    let expected_tail = case.error.as_ref().and_then(|e| e.last_stderr_line.clone());
    let actual_tail = last_line(stable_stderr(&outcome.stderr, case).as_bytes());
    if expected_tail != actual_tail {
        return Err(format!(
            "last stderr line {} expected {}",
            actual_tail
                .as_deref()
                .map_or_else(|| "(none)".to_owned(), shorten),
            expected_tail
                .as_deref()
                .map_or_else(|| "(none)".to_owned(), shorten),
        ));
    }
    if let Some(full) = &case.full_stderr {
        let actual = stable_stderr(&outcome.stderr, case);
        if let Some(diff) = first_difference(full.as_bytes(), actual.as_bytes()) {
            return Err(format!("stderr {diff}"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_first_differing_line() {
        assert_eq!(first_difference(b"a\nb\n", b"a\nb\n"), None);
        assert_eq!(
            first_difference(b"a\nb\n", b"a\nc\n").unwrap(),
            "line 2: expected \"b\\n\" got \"c\\n\""
        );
        assert!(first_difference(b"a\n", b"a\nb\n")
            .unwrap()
            .contains("expected end of output"));
        assert!(first_difference(b"a\nb\n", b"a\n")
            .unwrap()
            .contains("got end of output"));
    }

    #[test]
    fn last_line_ignores_trailing_newline() {
        assert_eq!(
            last_line(b"x\nValueError: v\n").as_deref(),
            Some("ValueError: v")
        );
        assert_eq!(last_line(b""), None);
    }
}
