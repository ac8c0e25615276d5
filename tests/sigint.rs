//! Ctrl-C: SIGINT becomes `KeyboardInterrupt` at the next safepoint of the main thread
//! (a `try` can catch it), and an uncaught one ends the process by SIGINT, as CPython.

use std::io::{BufRead, BufReader};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};

const EXE: &str = env!("CARGO_BIN_EXE_braid");

// `ready` is printed inside the `try`: the signal may arrive while print() still runs,
// and is then raised when print() returns.
const PROGRAM: &str = "
try:
    print('ready', flush=True)
    while True:
        pass
except KeyboardInterrupt:
    print('caught', flush=True)
while True:
    pass
";

fn interrupt(pid: u32) {
    let ok = Command::new("kill").args(["-INT", &pid.to_string()]).status().expect("run kill").success();
    assert!(ok, "kill -INT failed");
}

#[test]
fn sigint_raises_keyboard_interrupt_in_a_busy_loop() {
    let mut child = Command::new(EXE)
        .args(["-c", PROGRAM])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn braid");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    out.read_line(&mut line).expect("read ready");
    assert_eq!(line, "ready\n");
    interrupt(child.id());
    line.clear();
    out.read_line(&mut line).expect("read caught");
    assert_eq!(line, "caught\n");
    interrupt(child.id());
    let status = child.wait().expect("wait for braid");
    assert_eq!(status.signal(), Some(2), "an uncaught KeyboardInterrupt ends the process by SIGINT");
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut err).expect("read stderr");
    assert!(err.ends_with("KeyboardInterrupt\n"), "stderr was {err:?}");
}


/// Starts `program`, waits for its `ready` line, sends SIGINT and returns the next line
/// and how long it took to arrive.
fn interrupt_blocking_call(program: &str) -> (String, std::time::Duration) {
    let mut child = Command::new(EXE)
        .args(["-c", program])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn braid");
    // Keep stdin open (and empty) so that input() blocks.
    let _stdin = child.stdin.take();
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    out.read_line(&mut line).expect("read ready");
    assert_eq!(line, "ready\n");
    std::thread::sleep(std::time::Duration::from_millis(200));
    let start = std::time::Instant::now();
    interrupt(child.id());
    line.clear();
    out.read_line(&mut line).expect("read the answer");
    let took = start.elapsed();
    let _ = child.kill();
    let _ = child.wait();
    (line, took)
}

#[test]
fn sigint_interrupts_time_sleep_at_once() {
    let program = "import time\nprint('ready', flush=True)\ntry:\n    time.sleep(60)\nexcept KeyboardInterrupt:\n    print('interrupted', flush=True)\n";
    let (line, took) = interrupt_blocking_call(program);
    assert_eq!(line, "interrupted\n");
    assert!(took < std::time::Duration::from_secs(20), "took {took:?}");
}

#[test]
fn sigint_interrupts_input_at_once() {
    let program = "print('ready', flush=True)\ntry:\n    input()\nexcept KeyboardInterrupt:\n    print('interrupted', flush=True)\n";
    let (line, took) = interrupt_blocking_call(program);
    assert_eq!(line, "interrupted\n");
    assert!(took < std::time::Duration::from_secs(20), "took {took:?}");
}
