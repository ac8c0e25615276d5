//! `braid --dump-ast[=positions]` against CPython's `ast.dump` on the standard library of the
//! machine's `python3` (via `tests/parser/compare_stdlib.py`, which computes the expected
//! dumps at run time: nothing large is checked in).
//!
//! By default every file is compared (about 2 minutes for ~11,650 files with the dev
//! profile on 2 cores); `BRAID_STDLIB_SAMPLE=N` compares a fixed, evenly spread sample of N
//! files instead. Any difference fails the test.

use std::path::Path;
use std::process::Command;

#[test]
fn stdlib_dumps_match_cpython() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/parser/compare_stdlib.py");
    let sample = std::env::var("BRAID_STDLIB_SAMPLE").unwrap_or_else(|_| "all".to_string());
    let mut cmd = Command::new("python3");
    cmd.arg(&script).arg(env!("CARGO_BIN_EXE_braid"));
    if sample != "all" {
        cmd.args(["--sample", &sample]);
    }
    let out = cmd.output().expect("python3 must be installed to run the stdlib comparison");
    let stdout = String::from_utf8_lossy(&out.stdout);
    eprintln!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "dumps differ from python3's:\n{stdout}");
    assert!(stdout.contains("identical plain"), "comparison did not run:\n{stdout}");
}

/// `braid --check-only` (parse plus compile-time checks) accepts exactly the stdlib files
/// that python3's `compile()` accepts.
#[test]
fn stdlib_compile_checks_agree_with_cpython() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/parser/compare_checks.py");
    let out = Command::new("python3")
        .arg(&script)
        .arg(env!("CARGO_BIN_EXE_braid"))
        .output()
        .expect("python3 must be installed to run the compile-check comparison");
    let stdout = String::from_utf8_lossy(&out.stdout);
    eprintln!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("disagree on accept/reject: 0"), "braid's checks differ from python3's:\n{stdout}");
    assert!(out.status.success());
}
