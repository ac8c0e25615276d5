//! End-to-end test: every Python script under `tests/py/` runs under the `braid` binary and must
//! reproduce CPython's output byte for byte.
//!
//! Each script runs three ways — interpreter only (`-X jit=off`), JIT on everything
//! (`-X jit-threshold=1`) and the default — because a JIT bug typically shows up as a difference
//! between these. Scripts are spread over a thread pool sized to the machine (a script's three
//! runs stay in one worker, in order); every run has a wall-clock limit (`BRAID_E2E_TIMEOUT`
//! seconds, default 60) after which the child is killed; a script that times out is not run in
//! its remaining modes.
//!
//! `tests/py/xfail.txt` lists scripts known to fail. A listed script that passes fails the test
//! (so the list only shrinks); `BRAID_XFAIL_UPDATE=1 cargo test --test e2e` rewrites the list
//! with exactly the scripts failing now, keeping known reasons. `BRAID_E2E_FILTER=substring`
//! restricts the run to matching scripts; `BRAID_E2E_BINARY=path` runs another interpreter instead
//! of braid (used to check the corpus against CPython). File formats: `tests/e2e/expect.rs` and
//! `docs/testing.md`.

#[path = "e2e/compare.rs"]
mod compare;
#[path = "e2e/exec.rs"]
mod exec;
#[path = "e2e/expect.rs"]
mod expect;

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::Duration;

use expect::{Case, XfailList};

/// The corpus must not silently shrink (at least 150 scripts).
const MIN_SCRIPTS: usize = 150;

/// The three ways every script is run, with the label used in reports.
const MODES: [(&str, &[&str]); 3] = [
    ("jit=off", &["-X", "jit=off"]),
    ("jit-threshold=1", &["-X", "jit-threshold=1"]),
    ("default", &[]),
];

fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("py")
}

fn timeout() -> Duration {
    let seconds = std::env::var("BRAID_E2E_TIMEOUT")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or(60);
    Duration::from_secs(seconds)
}

/// Runs every case on a pool of worker threads; returns, per case, the failure reason of each
/// failing mode. A case's three modes run one after another in the same worker, because scripts
/// that write files use one fixed path per script and must not race with themselves.
fn run_all(cases: &[Case], binary: &Path, root: &Path) -> Vec<Vec<(&'static str, String)>> {
    let next_case = AtomicUsize::new(0);
    let failures = Mutex::new(vec![Vec::new(); cases.len()]);
    let workers = thread::available_parallelism()
        .map_or(2, usize::from)
        .min(cases.len().max(1));
    let limit = timeout();
    thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let index = next_case.fetch_add(1, Ordering::Relaxed);
                let Some(case) = cases.get(index) else { break };
                let script = case.script.to_string_lossy();
                let mut failed = Vec::new();
                for (label, options) in MODES {
                    let mut args: Vec<&str> = options.to_vec();
                    args.push(&script);
                    let outcome = exec::run(binary, &args, root, limit);
                    let timed_out = matches!(outcome.exit, exec::Exit::TimedOut);
                    if let Err(reason) = compare::judge(case, &outcome) {
                        failed.push((label, reason));
                    }
                    // A script that hangs once will hang again: don't spend two more time limits
                    // on it (many hanging scripts would otherwise stretch a CI run by hours).
                    if timed_out {
                        break;
                    }
                }
                let mut all = failures
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                all[index] = failed;
            });
        }
    });
    failures
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// One report line: which modes failed and why (the reason of the first failing mode).
fn describe(failed: &[(&str, String)]) -> String {
    let labels: Vec<&str> = failed.iter().map(|(label, _)| *label).collect();
    format!("[{}] {}", labels.join(","), failed[0].1)
}

fn short_reason(failed: &[(&str, String)]) -> String {
    let reason = &failed[0].1;
    let cut: String = reason.chars().take(90).collect();
    if cut.len() < reason.len() {
        format!("{cut}...")
    } else {
        cut
    }
}

#[test]
fn python_corpus() {
    let root = corpus_root();
    // Another interpreter can be substituted to check the corpus itself (CPython accepts and
    // ignores unknown -X options): BRAID_E2E_BINARY=/path/to/python3.
    let binary = std::env::var_os("BRAID_E2E_BINARY")
        .map_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_braid")), PathBuf::from);
    let xfail_path = root.join("xfail.txt");
    let update = std::env::var_os("BRAID_XFAIL_UPDATE").is_some_and(|v| v == "1");
    let filter = std::env::var("BRAID_E2E_FILTER").ok();

    let (mut cases, problems) = expect::discover(&root);
    let mut xfail = XfailList::load(&xfail_path).unwrap_or_else(|e| panic!("{e}"));
    let mut errors: Vec<String> = problems;
    if cases.len() < MIN_SCRIPTS && filter.is_none() {
        errors.push(format!(
            "corpus has only {} scripts, expected at least {MIN_SCRIPTS}",
            cases.len()
        ));
    }
    for case in &cases {
        if case.name.starts_with("tracebacks/") && case.full_stderr.is_none() {
            errors.push(format!("{}: traceback scripts need a .stderr file", case.name));
        }
    }
    let known: Vec<String> = cases.iter().map(|c| c.name.clone()).collect();
    for listed in xfail.entries.keys() {
        if !known.contains(listed) {
            errors.push(format!("{listed}: listed in xfail.txt but no such script"));
        }
    }
    if let Some(filter) = &filter {
        cases.retain(|c| c.name.contains(filter.as_str()));
    }

    let failures = run_all(&cases, &binary, &root);

    let (mut passed, mut failed, mut expected_failures) = (0, 0, 0);
    let mut now_failing = BTreeMap::new();
    for (case, failed_modes) in cases.iter().zip(&failures) {
        let listed = xfail.entries.get(&case.name);
        match (failed_modes.is_empty(), listed) {
            (true, None) => passed += 1,
            (true, Some(_)) => {
                passed += 1;
                if !update {
                    errors.push(format!(
                        "XPASS {}: passes now, remove it from tests/py/xfail.txt",
                        case.name
                    ));
                }
            }
            (false, Some(reason)) => {
                expected_failures += 1;
                now_failing.insert(case.name.clone(), reason.clone());
            }
            (false, None) => {
                failed += 1;
                now_failing.insert(case.name.clone(), short_reason(failed_modes));
                if !update {
                    errors.push(format!("FAIL {} {}", case.name, describe(failed_modes)));
                }
            }
        }
    }

    if update {
        // Entries for scripts outside the filter are kept; the selected ones are replaced.
        xfail
            .entries
            .retain(|name, _| !cases.iter().any(|c| &c.name == name));
        xfail.entries.extend(now_failing);
        std::fs::write(&xfail_path, xfail.render())
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", xfail_path.display()));
        eprintln!(
            "e2e: rewrote {} ({} entries)",
            xfail_path.display(),
            xfail.entries.len()
        );
    }

    for line in &errors {
        eprintln!("{line}");
    }
    let summary = format!("e2e: {passed} passed, {failed} failed, {expected_failures} xfail");
    // Straight to the process's stderr, which libtest does not capture, so the summary shows in
    // every `cargo test` log, passing or not.
    let _ = writeln!(std::io::stderr(), "{summary}");
    assert!(
        errors.is_empty(),
        "{} end-to-end problem(s), see above",
        errors.len()
    );
}
