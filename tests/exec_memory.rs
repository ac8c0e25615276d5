//! Code objects compiled at run time are freed: a loop of `exec` calls runs in flat
//! memory. Each `exec("x = 1")` compiles a new code object (about 11 KB with its side
//! tables); if code objects were never freed, 100,000 of them would take over 1 GB, where
//! the runtime's own baseline is about 16 MB (CPython: 14 MB).
//!
//! The child's peak resident set comes from `wait4`'s resource usage, which counts the
//! child alone, so a loaded machine changes the time this takes, not the number checked.

use std::path::PathBuf;
use std::process::{Command, Stdio};

fn braid() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_braid"))
}

/// Runs `braid -c source` and returns (exit status, peak RSS in KiB).
fn run_measured(source: &str) -> (i32, i64) {
    let child = Command::new(braid()).arg("-c").arg(source).stdout(Stdio::null()).spawn().expect("spawn braid");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to overwrite.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our unwaited child; both out-pointers are valid.
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(r, pid, "wait4 failed");
    // The child is reaped; dropping the handle does not wait again.
    drop(child);
    (status, usage.ru_maxrss)
}

#[test]
fn exec_in_a_loop_runs_in_flat_memory() {
    let (status, peak_kib) = run_measured("for i in range(100_000):\n    exec('x = 1')\nassert x == 1\n");
    assert_eq!(status, 0, "the loop failed");
    assert!(peak_kib < 256 * 1024, "peak RSS {peak_kib} KiB: compiled code is not freed");
}

#[test]
fn compile_in_a_loop_runs_in_flat_memory() {
    let (status, peak_kib) = run_measured("for i in range(100_000):\n    c = compile('y = i * 2', '<s>', 'exec')\n    exec(c)\nassert y == 199_998\n");
    assert_eq!(status, 0, "the loop failed");
    assert!(peak_kib < 256 * 1024, "peak RSS {peak_kib} KiB: compiled code is not freed");
}
