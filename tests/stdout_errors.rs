//! Output errors as CPython reports them: a failed flush of sys.stdout at exit prints
//! `Exception ignored while flushing sys.stdout:` and the error and makes the exit
//! status 120 (whatever the program's was); a write that fails while the program runs
//! raises the errno's OSError subclass (`BrokenPipeError` under `| head -1`); writes
//! to a full device raise `[Errno 28] No space left on device`.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

const EXE: &str = env!("CARGO_BIN_EXE_braid");

/// Runs `code` with stdout on /dev/full; returns (status, stderr).
fn to_dev_full(code: &str, unbuffered: bool) -> (Option<i32>, String) {
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").expect("open /dev/full");
    let mut cmd = Command::new(EXE);
    cmd.args(["-c", code]).stdout(full).stderr(Stdio::piped());
    if unbuffered {
        cmd.env("PYTHONUNBUFFERED", "1");
    } else {
        cmd.env_remove("PYTHONUNBUFFERED");
    }
    let out = cmd.output().expect("run braid");
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

const REPORT: &str = "Exception ignored while flushing sys.stdout:\nOSError: [Errno 28] No space left on device\n";

#[test]
fn failed_flush_at_exit_is_reported_and_exits_120() {
    assert_eq!(to_dev_full("print('hi')", false), (Some(120), REPORT.to_string()));
}

#[test]
fn failed_flush_at_exit_overrides_sys_exit() {
    assert_eq!(to_dev_full("import sys\nprint('hi')\nsys.exit(0)", false), (Some(120), REPORT.to_string()));
    assert_eq!(to_dev_full("import sys\nprint('hi')\nsys.exit(3)", false), (Some(120), REPORT.to_string()));
}

#[test]
fn failed_flush_at_exit_follows_the_traceback() {
    let (code, err) = to_dev_full("print('hi')\n1 / 0", false);
    assert_eq!(code, Some(120));
    assert!(err.ends_with(&format!("ZeroDivisionError: division by zero\n{REPORT}")), "stderr: {err}");
}

#[test]
fn unbuffered_output_fails_in_print() {
    let (code, err) = to_dev_full("print('hi')", true);
    assert_eq!(code, Some(1));
    assert!(err.ends_with("\nOSError: [Errno 28] No space left on device\n"), "stderr: {err}");
    assert!(!err.contains("Exception ignored"), "stderr: {err}");
    let (code, _) = to_dev_full("import sys\nprint('hi')", true);
    assert_eq!(code, Some(1), "-u / PYTHONUNBUFFERED writes at once");
}

#[test]
fn caught_flush_error_keeps_the_data_for_the_exit_flush() {
    let code = "import sys\nprint('hi')\ntry:\n    sys.stdout.flush()\nexcept OSError as e:\n    print(type(e).__name__, e.errno, e.strerror, file=sys.stderr)\n";
    let (status, err) = to_dev_full(code, false);
    assert_eq!(status, Some(120));
    assert_eq!(err, format!("OSError 28 No space left on device\n{REPORT}"));
}

#[test]
fn files_on_a_full_device_raise_enospc() {
    let code = "f = open('/dev/full', 'w')\nf.write('x')\ntry:\n    f.close()\nexcept OSError as e:\n    print(type(e).__name__, e)\nprint(f.closed)\ng = open('/dev/full', 'wb')\ng.write(b'x')\n";
    let out = Command::new(EXE).args(["-c", code]).output().expect("run braid");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "OSError [Errno 28] No space left on device\nTrue\n");
    // A file still open at exit is flushed then; its failure is reported as CPython's
    // finalizer reports it, and does not change the exit status.
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Exception ignored in: <_io.BufferedWriter name='/dev/full'>\nOSError: [Errno 28] No space left on device\n"
    );
    assert_eq!(out.status.code(), Some(0));
}

/// `braid -c code | head -1`: the parent reads one line and closes the pipe.
fn head_one(code: &str) -> (String, Option<i32>, String) {
    let mut child = Command::new(EXE)
        .args(["-c", code])
        .env_remove("PYTHONUNBUFFERED")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn braid");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut first).expect("read a line");
    let out = child.wait_with_output().expect("wait");
    (first, out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn head_one_raises_broken_pipe_in_print() {
    let (first, code, err) = head_one("for i in range(1000000):\n    print(i)\n");
    assert_eq!(first, "0\n");
    assert_eq!(code, Some(1));
    assert!(err.starts_with("Traceback (most recent call last):\n"), "stderr: {err}");
    assert!(err.ends_with("\nBrokenPipeError: [Errno 32] Broken pipe\n"), "stderr: {err}");
    assert!(!err.contains("Exception ignored"), "a failed write drops its data: {err}");
}

#[test]
fn broken_pipe_can_be_caught() {
    let code = "import sys\nfor i in range(1000000):\n    try:\n        print(i)\n    except BrokenPipeError as e:\n        print('caught', e.errno, isinstance(e, ConnectionError), file=sys.stderr)\n        break\n";
    let (first, status, err) = head_one(code);
    assert_eq!(first, "0\n");
    assert_eq!(status, Some(0));
    assert_eq!(err, "caught 32 True\n");
}
