//! Nothing written is lost and nothing waits for more than it needs: a child braid
//! writes to files without closing them and ends by each exit path, and the parent
//! checks the bytes on disk; reads from a FIFO and from `/dev/urandom` return as soon
//! as what was asked for is there.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

const EXE: &str = env!("CARGO_BIN_EXE_braid");

fn temp_dir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("braid_file_flush_{tag}_{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("create temp dir");
    d
}

/// Runs `code` with `path` bound to the path of a file in a fresh directory; returns
/// the exit status, stderr and the file's bytes.
fn run_writer(tag: &str, code: &str) -> (Option<i32>, String, Vec<u8>) {
    let dir = temp_dir(tag);
    let path = dir.join("out.txt");
    let program = format!("path = {:?}\n{code}", path.to_str().expect("utf-8 path"));
    let out = Command::new(EXE).args(["-c", &program]).output().expect("run braid");
    let data = std::fs::read(&path).unwrap_or_default();
    let _ = std::fs::remove_dir_all(&dir);
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned(), data)
}

const WRITE: &str = "f = open(path, 'w')\nf.write('x' * 100000)\nf.write('end\\n')\n";

fn expected() -> Vec<u8> {
    let mut v = vec![b'x'; 100000];
    v.extend_from_slice(b"end\n");
    v
}

#[test]
fn unclosed_file_is_flushed_at_normal_exit() {
    let (code, err, data) = run_writer("normal", WRITE);
    assert_eq!(code, Some(0), "stderr: {err}");
    assert_eq!(data, expected());
}

#[test]
fn unclosed_file_is_flushed_on_sys_exit() {
    let (code, err, data) = run_writer("sysexit", &format!("import sys\n{WRITE}sys.exit(3)\n"));
    assert_eq!(code, Some(3), "stderr: {err}");
    assert_eq!(data, expected());
}

#[test]
fn unclosed_file_is_flushed_after_an_uncaught_exception() {
    let (code, err, data) = run_writer("uncaught", &format!("{WRITE}1 / 0\n"));
    assert_eq!(code, Some(1));
    assert!(err.ends_with("ZeroDivisionError: division by zero\n"), "stderr: {err}");
    assert_eq!(data, expected());
}

#[test]
fn freed_file_is_flushed_at_once() {
    // The child reads the file back after the object is freed, before exiting.
    let code = "def w():\n    f = open(path, 'wb')\n    f.write(b'abc' * 5000)\n    del f\n    print(len(open(path, 'rb').read()))\nw()\n";
    let dir = temp_dir("del");
    let path = dir.join("out.bin");
    let program = format!("path = {:?}\n{code}", path.to_str().expect("utf-8 path"));
    let out = Command::new(EXE).args(["-c", &program]).output().expect("run braid");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "15000\n", "stderr: {}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn small_writes_stay_buffered_until_flushed() {
    // Before the buffer fills nothing reaches the file; flush() writes it out.
    let code = "f = open(path, 'w')\nf.write('abc')\nprint(len(open(path).read()))\nf.flush()\nprint(len(open(path).read()))\n";
    let dir = temp_dir("bounded");
    let path = dir.join("out.txt");
    let program = format!("path = {:?}\n{code}", path.to_str().expect("utf-8 path"));
    let out = Command::new(EXE).args(["-c", &program]).output().expect("run braid");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "0\n3\n");
}

/// Runs braid on `program` and waits at most `secs` for its stdout.
fn output_within(program: &str, secs: u64) -> String {
    let child = Command::new(EXE).args(["-c", program]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn braid");
    let id = child.id();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let out = child.wait_with_output().expect("wait");
        let _ = tx.send(String::from_utf8_lossy(&out.stdout).into_owned());
    });
    match rx.recv_timeout(Duration::from_secs(secs)) {
        Ok(s) => s,
        Err(_) => {
            let _ = Command::new("kill").args(["-KILL", &id.to_string()]).status();
            panic!("braid did not finish within {secs}s");
        }
    }
}

#[test]
fn reading_a_few_bytes_of_a_character_device_returns() {
    let out = output_within("f = open('/dev/urandom', 'rb')\nprint(len(f.read(16)))\nprint(len(open('/dev/zero', 'rb').read(5)))\n", 20);
    assert_eq!(out, "16\n5\n");
}

#[test]
fn readline_on_a_fifo_does_not_wait_for_the_writer_to_close() {
    let dir = temp_dir("fifo");
    let fifo = dir.join("pipe");
    let ok = Command::new("mkfifo").arg(&fifo).status().expect("run mkfifo").success();
    assert!(ok, "mkfifo failed");
    let program = format!(
        "f = open({p:?})\nprint('got', repr(f.readline()), flush=True)\nfor line in f:\n    print('iter', repr(line), flush=True)\n    if line == 'stop\\n':\n        break\nprint('rest', repr(f.read()), flush=True)\n",
        p = fifo.to_str().expect("utf-8 path")
    );
    let mut child = Command::new(EXE).args(["-c", &program]).stdout(Stdio::piped()).stderr(Stdio::inherit()).spawn().expect("spawn braid");
    let mut writer = std::fs::OpenOptions::new().write(true).open(&fifo).expect("open fifo for writing");
    let (tx, rx) = mpsc::channel();
    let stdout = child.stdout.take().expect("stdout");
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.expect("read child stdout")).is_err() {
                break;
            }
        }
    });
    let next = |rx: &mpsc::Receiver<String>| rx.recv_timeout(Duration::from_secs(20)).expect("child answered while the writer is still open");
    writer.write_all(b"first\n").expect("write");
    writer.flush().expect("flush");
    assert_eq!(next(&rx), "got 'first\\n'");
    writer.write_all(b"second\n").expect("write");
    assert_eq!(next(&rx), "iter 'second\\n'");
    writer.write_all(b"stop\n").expect("write");
    assert_eq!(next(&rx), "iter 'stop\\n'");
    writer.write_all(b"last").expect("write");
    drop(writer);
    assert_eq!(next(&rx), "rest 'last'");
    let status = child.wait().expect("wait");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(status.success());
}
