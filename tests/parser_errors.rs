//! Syntax errors as CPython 3.14 prints them: every `tests/parser/errors/NAME.py` is run as
//! `braid NAME.py` and must exit 1, print nothing on stdout, and print exactly
//! `NAME.stderr` on stderr (`$FILE` stands for the script's absolute path).
//!
//! The expected files were produced by python3.13 and adjusted where 3.14 words the message
//! differently. `BRAID_BLESS=1 cargo test --test parser_errors` rewrites them from braid's
//! output (review the diff before committing).

use std::path::{Path, PathBuf};
use std::process::Command;

fn cases() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/parser/errors");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/parser/errors exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    v.sort();
    v
}

#[test]
fn syntax_errors_match_cpython() {
    let bless = std::env::var_os("BRAID_BLESS").is_some();
    let mut failures = Vec::new();
    let all = cases();
    assert!(all.len() >= 40, "expected the error corpus, found {} cases", all.len());
    for script in &all {
        let out = Command::new(env!("CARGO_BIN_EXE_braid")).arg(script).output().expect("run braid");
        let file = script.to_str().expect("utf-8 path");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        let expected_path = script.with_extension("stderr");
        if bless {
            std::fs::write(&expected_path, stderr.replace(file, "$FILE")).expect("write expectation");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default().replace("$FILE", file);
        let mut problems = Vec::new();
        if out.status.code() != Some(1) {
            problems.push(format!("exit status {:?}, expected 1", out.status.code()));
        }
        if !out.stdout.is_empty() {
            problems.push(format!("stdout not empty: {:?}", String::from_utf8_lossy(&out.stdout)));
        }
        if stderr != expected {
            problems.push(format!("stderr differs\n--- expected\n{expected}--- got\n{stderr}"));
        }
        if !problems.is_empty() {
            failures.push(format!("{}: {}", script.display(), problems.join("; ")));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), all.len(), failures.join("\n"));
}
