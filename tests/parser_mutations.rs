//! Robustness against broken input: stdlib files cut at several points and with single
//! tokens deleted must be accepted or rejected exactly as CPython's `ast.parse` does, and
//! braid must never crash on them (`tests/parser/mutations.py` does the work).
//!
//! Oracle: `$BRAID_ORACLE_PYTHON` if set, else the newest of python3.13 / python3.12 /
//! python3 that runs (newer grammars are closer to 3.14's). The sample is fixed: 150 files
//! spread evenly over the oracle's stdlib, 4 cuts and 12 deletions each.

use std::process::Command;

fn oracle() -> String {
    if let Ok(p) = std::env::var("BRAID_ORACLE_PYTHON") {
        return p;
    }
    for candidate in ["python3.13", "python3.12", "python3"] {
        let ok = Command::new(candidate).args(["-c", "import ast"]).output().is_ok_and(|o| o.status.success());
        if ok {
            return candidate.to_string();
        }
    }
    "python3".to_string()
}

#[test]
fn mutated_stdlib_files_agree_with_cpython() {
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/parser/mutations.py");
    let out = Command::new(oracle())
        .arg(&script)
        .arg(env!("CARGO_BIN_EXE_braid"))
        .args(["--files", "150", "--cuts", "4", "--deletes", "12"])
        .output()
        .expect("python3 must be installed to run the mutation test");
    let stdout = String::from_utf8_lossy(&out.stdout);
    eprintln!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("mutants: "), "mutation run did not complete:\n{stdout}");
    assert!(out.status.success(), "braid disagrees with CPython:\n{stdout}");
}
