//! Running one braid child with a deadline.
//!
//! A hang must be a test failure, never a hung CI job, so every child gets a wall-clock limit
//! after which it is killed. std has no `wait_timeout`, so the parent polls `try_wait` with a
//! short sleep; stdout and stderr are drained by two threads so a chatty child cannot block on a
//! full pipe while the parent is waiting, and the parent waits for those threads only a bounded
//! time once the child is gone.

use std::io::Read;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// How a child ended.
#[derive(Debug)]
pub enum Exit {
    Code(i32),
    Signal(i32),
    TimedOut,
    SpawnFailed(String),
}

/// Everything observed from one run.
#[derive(Debug)]
pub struct Outcome {
    pub exit: Exit,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

/// Reads a pipe to its end on a helper thread and sends the bytes back. The caller waits for
/// them with a bound: a grandchild that inherited the pipe (e.g. a shell wrapper whose child
/// survives the kill) would otherwise keep the reader, and the test, blocked.
fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> mpsc::Receiver<Vec<u8>> {
    let (sender, receiver) = mpsc::channel();
    thread::spawn(move || {
        let mut buffer = Vec::new();
        if let Some(mut pipe) = pipe {
            // A read error (child killed mid-write) just truncates the capture.
            let _ = pipe.read_to_end(&mut buffer);
        }
        // The receiver may have given up already; nothing to do then.
        let _ = sender.send(buffer);
    });
    receiver
}

/// How long to wait for the pipes to close after the child has exited.
const PIPE_GRACE: Duration = Duration::from_secs(5);

fn wait_with_deadline(child: &mut Child, timeout: Duration) -> Exit {
    let deadline = Instant::now() + timeout;
    let mut pause = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                if let Some(code) = status.code() {
                    return Exit::Code(code);
                }
                #[cfg(unix)]
                {
                    use std::os::unix::process::ExitStatusExt;
                    if let Some(signal) = status.signal() {
                        return Exit::Signal(signal);
                    }
                }
                return Exit::Signal(-1);
            }
            Ok(None) => {}
            Err(e) => return Exit::SpawnFailed(format!("wait failed: {e}")),
        }
        if Instant::now() >= deadline {
            // The child may exit between the check and the kill; both results are fine.
            kill_process_group(child.id());
            let _ = child.kill();
            let _ = child.wait();
            return Exit::TimedOut;
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

/// Kills everything in the child's process group (the child leads its own group), so helper
/// processes it started die with it. std has no killpg; the `kill` utility is always present.
fn kill_process_group(pid: u32) {
    #[cfg(unix)]
    {
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{pid}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    #[cfg(not(unix))]
    let _ = pid;
}

/// Runs `program args...` in `cwd` with stdin closed and kills it after `timeout`.
pub fn run(program: &Path, args: &[&str], cwd: &Path, timeout: Duration) -> Outcome {
    let mut command = Command::new(program);
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        command.process_group(0);
    }
    let spawned = command
        .args(args)
        .current_dir(cwd)
        .env_remove("PYTHONHASHSEED")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(e) => {
            return Outcome {
                exit: Exit::SpawnFailed(format!("cannot run {}: {e}", program.display())),
                stdout: Vec::new(),
                stderr: Vec::new(),
            }
        }
    };
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let exit = wait_with_deadline(&mut child, timeout);
    let grace_end = Instant::now() + PIPE_GRACE;
    let remaining = || grace_end.saturating_duration_since(Instant::now());
    let stdout = stdout.recv_timeout(remaining()).unwrap_or_default();
    let stderr = stderr.recv_timeout(remaining()).unwrap_or_default();
    Outcome {
        exit,
        stdout,
        stderr,
    }
}
