//! Bytecode snapshot tests: every `tests/dis/NAME.py` is disassembled with
//! `braid --dis` and compared with `tests/dis/NAME.dis`.
//!
//! A change to the compiler that changes the bytecode shows up as a readable diff of
//! these files. When the change is intended, `BLESS=1 cargo test --test dis` rewrites
//! the `.dis` files from the current output (review them with `git diff`). A second test
//! checks that the corpus uses every instruction of the table, so a new instruction
//! comes with a snapshot that shows it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dis");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/dis exists")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .py files in {}", dir.display());
    files
}

fn disassemble(py: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_braid")).arg("--dis").arg(py).output().expect("runs braid");
    assert!(out.status.success(), "braid --dis {} failed: {}", py.display(), String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8 listing")
}

#[test]
fn snapshots_match() {
    let bless = std::env::var_os("BLESS").is_some_and(|v| v != "0");
    let mut failures = Vec::new();
    for py in corpus() {
        let actual = disassemble(&py);
        let expected_path = py.with_extension("dis");
        if bless {
            std::fs::write(&expected_path, &actual).expect("writes snapshot");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            let first = expected.lines().zip(actual.lines()).position(|(e, a)| e != a).unwrap_or(expected.lines().count().min(actual.lines().count()));
            failures.push(format!(
                "{}: differs from {} at line {} (expected {:?}, got {:?})",
                py.display(),
                expected_path.display(),
                first + 1,
                expected.lines().nth(first).unwrap_or("<end>"),
                actual.lines().nth(first).unwrap_or("<end>")
            ));
        }
    }
    assert!(failures.is_empty(), "bytecode snapshots differ (BLESS=1 rewrites them):\n{}", failures.join("\n"));
}

/// The mnemonic of each instruction line. The listing's columns are fixed: line (5),
/// jump-target mark (2), pc (4 wide, from column 9), then the mnemonic from column 15.
fn mnemonics(listing: &str) -> impl Iterator<Item = &str> {
    listing.lines().filter_map(|line| {
        let pc = line.get(9..13)?.trim();
        if pc.is_empty() || !pc.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let m = line.get(15..)?.split_whitespace().next()?;
        m.bytes().all(|b| b.is_ascii_uppercase() || b == b'_').then_some(m)
    })
}

/// Instructions that only functions past the register file's reach use (more than
/// 32,768 locals or parameters, unpacking into thousands of targets): a snapshot of one
/// would be tens of thousands of lines. `tests/compiler_limits.rs` and
/// `tests/py/limits/many_locals.py` run them instead.
const ONLY_IN_HUGE_FUNCTIONS: &[&str] = &["LOAD_SPILLED", "STORE_SPILLED", "DELETE_SPILLED", "SPILL_PARAMS", "UNPACK_TO_LIST"];

#[test]
fn corpus_covers_every_instruction() {
    let mut seen = BTreeSet::new();
    for py in corpus() {
        let listing = std::fs::read_to_string(py.with_extension("dis")).unwrap_or_default();
        seen.extend(mnemonics(&listing).map(str::to_string));
    }
    let missing: Vec<String> = braid_runtime::compiler::instr_table::NAMES
        .iter()
        .map(|n| braid_runtime::compiler::dis::mnemonic(n))
        .filter(|m| !seen.contains(m) && !ONLY_IN_HUGE_FUNCTIONS.contains(&m.as_str()))
        .collect();
    assert!(missing.is_empty(), "instructions in no tests/dis snapshot: {missing:?}");
}
