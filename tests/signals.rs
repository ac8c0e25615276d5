//! Signals end to end, in child processes: Ctrl-C during blocking calls and long native
//! operations, Python handlers for signals the process sends itself (`raise_signal`,
//! `alarm`, `setitimer`) or that come from outside (SIGTERM, SIGUSR1), `SIG_IGN` and the
//! default actions. No timing is asserted: a generous limit only detects a hang.

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

const EXE: &str = env!("CARGO_BIN_EXE_braid");

/// How long a child may take before the test calls it hung.
const HANG: Duration = Duration::from_secs(120);

fn spawn(program: &str) -> Child {
    Command::new(EXE)
        .args(["-c", program])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn braid")
}

fn send(pid: u32, signal: &str) {
    let ok = Command::new("kill").args([&format!("-{signal}"), &pid.to_string()]).status().expect("run kill").success();
    assert!(ok, "kill -{signal} failed");
}

/// Waits for the child (killing it after [`HANG`]); returns its status, stdout and stderr.
fn finish(mut child: Child, mut out: impl Read) -> (ExitStatus, String, String) {
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if start.elapsed() > HANG {
            let _ = child.kill();
            panic!("the child hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stdout = String::new();
    out.read_to_string(&mut stdout).expect("read stdout");
    let mut stderr = String::new();
    child.stderr.take().expect("stderr").read_to_string(&mut stderr).expect("read stderr");
    (status, stdout, stderr)
}

/// Runs `program`, which prints `ready` when it is in the state to test, then sends it
/// `signal` and returns what it did (its output after `ready`).
fn signal_when_ready(program: &str, signal: &str) -> (ExitStatus, String, String) {
    let mut child = spawn(program);
    let _stdin = child.stdin.take(); // open and empty: input() blocks
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    out.read_line(&mut line).expect("read ready");
    assert_eq!(line, "ready\n");
    // Let the program get into its blocking call or long operation.
    std::thread::sleep(Duration::from_millis(300));
    send(child.id(), signal);
    finish(child, out)
}

fn run(program: &str) -> (ExitStatus, String, String) {
    let mut child = spawn(program);
    drop(child.stdin.take());
    let out = child.stdout.take().expect("stdout");
    finish(child, out)
}

const CATCH: &str = "try:\n    print('ready', flush=True)\n    BODY\nexcept KeyboardInterrupt:\n    print('interrupted', flush=True)\n";

fn catch(body: &str) -> String {
    CATCH.replace("BODY", body)
}

#[test]
fn sigint_interrupts_a_big_int_power() {
    let (status, out, err) = signal_when_ready(&catch("x = 3 ** 10 ** 8"), "INT");
    assert_eq!((status.code(), out.as_str(), err.as_str()), (Some(0), "interrupted\n", ""));
}

#[test]
fn sigint_interrupts_a_huge_sort() {
    let program = format!("l = [(i * 7919) % 1000003 / 3 for i in range(2 * 10 ** 6)]\n{}", catch("for _ in range(20): l.sort(); l.sort(reverse=True)"));
    let (status, out, _) = signal_when_ready(&program, "INT");
    assert_eq!((status.code(), out.as_str()), (Some(0), "interrupted\n"));
}

#[test]
fn sigint_interrupts_sleep_and_input() {
    for body in ["import time; time.sleep(100)", "input()"] {
        let (status, out, _) = signal_when_ready(&catch(body), "INT");
        assert_eq!((status.code(), out.as_str()), (Some(0), "interrupted\n"), "{body}");
    }
}

#[test]
fn sigint_during_the_last_statement_is_not_dropped() {
    let (status, out, err) = signal_when_ready("print('ready', flush=True)\nx = 3 ** 10 ** 8\n", "INT");
    assert_eq!(out, "");
    assert_eq!(status.signal(), Some(libc::SIGINT), "the process dies of SIGINT");
    assert!(err.ends_with("KeyboardInterrupt\n"), "stderr was {err:?}");
}

#[test]
fn sig_ign_makes_ctrl_c_do_nothing() {
    let program = "import signal, time\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nprint('ready', flush=True)\ntime.sleep(3)\nprint('slept', flush=True)\n";
    let (status, out, err) = signal_when_ready(program, "INT");
    assert_eq!((status.code(), out.as_str(), err.as_str()), (Some(0), "slept\n", ""));
}

#[test]
fn sig_dfl_for_sigint_kills_with_the_signal() {
    let program = "import signal, time\nsignal.signal(signal.SIGINT, signal.SIG_DFL)\nprint('ready', flush=True)\ntime.sleep(100)\n";
    let (status, out, err) = signal_when_ready(program, "INT");
    assert_eq!((status.signal(), out.as_str(), err.as_str()), (Some(libc::SIGINT), "", ""));
}

#[test]
fn sigterm_handler_runs_and_its_exception_propagates() {
    let program = "import signal, time\n\
def on_term(signum, frame):\n    print('term', signum, frame is not None, flush=True)\n    raise SystemExit(3)\n\
signal.signal(signal.SIGTERM, on_term)\nprint('ready', flush=True)\ntry:\n    while True:\n        pass\nfinally:\n    print('finally', flush=True)\n";
    let (status, out, err) = signal_when_ready(program, "TERM");
    assert_eq!((status.code(), out.as_str(), err.as_str()), (Some(3), "term 15 True\nfinally\n", ""));
}

#[test]
fn sigusr1_handler_that_returns_lets_sleep_go_on() {
    let program = "import signal, time\n\
signal.signal(signal.SIGUSR1, lambda s, f: print('usr1', s, flush=True))\nprint('ready', flush=True)\ntime.sleep(4)\nprint('done', flush=True)\n";
    let (status, out, _) = signal_when_ready(program, "USR1");
    assert_eq!((status.code(), out.as_str()), (Some(0), "usr1 10\ndone\n"));
}

#[test]
fn default_sigterm_and_sigusr1_kill_the_process() {
    for (name, num) in [("TERM", libc::SIGTERM), ("USR1", libc::SIGUSR1)] {
        let (status, _, _) = signal_when_ready("import time\nprint('ready', flush=True)\ntime.sleep(100)\n", name);
        assert_eq!(status.signal(), Some(num), "SIG{name}");
    }
}

#[test]
fn alarm_and_setitimer_raise_from_their_handlers() {
    let program = "import signal, time\n\
class Timeout(Exception): pass\n\
def on_alarm(signum, frame):\n    raise Timeout(signum)\n\
signal.signal(signal.SIGALRM, on_alarm)\n\
try:\n    signal.alarm(1)\n    input()\nexcept Timeout as e:\n    print('input timed out', e.args)\n\
try:\n    signal.setitimer(signal.ITIMER_REAL, 0.2)\n    while True: pass\nexcept Timeout:\n    print('loop timed out')\n\
try:\n    signal.setitimer(signal.ITIMER_REAL, 0.1)\n    time.sleep(100)\nexcept Timeout:\n    print('sleep timed out')\n";
    let mut child = spawn(program);
    let _stdin = child.stdin.take(); // input() blocks until the alarm
    let out = child.stdout.take().expect("stdout");
    let (status, out, err) = finish(child, out);
    assert_eq!((status.code(), out.as_str(), err.as_str()), (Some(0), "input timed out (14,)\nloop timed out\nsleep timed out\n", ""));
}

#[test]
fn raise_signal_with_the_default_action_kills() {
    let (status, out, _) = run("import signal\nprint('before', flush=True)\nsignal.raise_signal(signal.SIGUSR2)\nprint('after')\n");
    assert_eq!((status.signal(), out.as_str()), (Some(libc::SIGUSR2), "before\n"));
}

/// Runs `program` until it prints `ready` (and blocks reading stdin), sends it SIGUSR1,
/// then writes `data` to its stdin and closes it; returns what it did after `ready`.
fn signal_then_feed(program: &str, data: &[u8]) -> (ExitStatus, String, String) {
    use std::io::Write;
    let mut child = spawn(program);
    let mut stdin = child.stdin.take().expect("stdin");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    out.read_line(&mut line).expect("read ready");
    assert_eq!(line, "ready\n");
    std::thread::sleep(Duration::from_millis(300));
    send(child.id(), "USR1");
    std::thread::sleep(Duration::from_millis(300));
    stdin.write_all(data).expect("feed stdin");
    drop(stdin);
    finish(child, out)
}

#[test]
fn reads_interrupted_by_a_handler_that_returns_go_on() {
    // PEP 475: the handler runs at once, then the read resumes and gets the data.
    let setup = "import signal, sys\nsignal.signal(signal.SIGUSR1, lambda s, f: print('usr1', s, flush=True))\n";
    let cases = [
        ("print(repr(sys.stdin.readline()), repr(sys.stdin.read()))", "'hello\\n' 'world'"),
        ("print(sys.stdin.buffer.read(8), sys.stdin.buffer.read())", "b'hello\\nwo' b'rld'"),
        ("print(sys.stdin.buffer.raw.read(3), sys.stdin.buffer.raw.readall())", "b'hel' b'lo\\nworld'"),
        ("print(sys.stdin.buffer.readline(), list(sys.stdin.buffer))", "b'hello\\n' [b'world']"),
        ("print([l for l in sys.stdin])", "['hello\\n', 'world']"),
    ];
    for (body, want) in cases {
        let program = format!("{setup}print('ready', flush=True)\n{body}\n");
        let (status, out, err) = signal_then_feed(&program, b"hello\nworld");
        assert_eq!((status.code(), out.as_str(), err.as_str()), (Some(0), format!("usr1 10\n{want}\n").as_str(), ""), "{body}");
    }
}

#[test]
fn a_read_interrupted_by_a_raising_handler_raises_its_exception() {
    let program = "import signal, sys\n\
def h(s, f):\n    raise RuntimeError('from handler')\n\
signal.signal(signal.SIGUSR1, h)\nprint('ready', flush=True)\n\
try:\n    sys.stdin.readline()\nexcept RuntimeError as e:\n    print('caught', e, flush=True)\nprint(repr(sys.stdin.read()))\n";
    let (status, out, err) = signal_then_feed(program, b"hello\nworld");
    assert_eq!((status.code(), out.as_str(), err.as_str()), (Some(0), "caught from handler\n'hello\\nworld'\n", ""));
}
