//! The `braid` command line follows CPython's conventions (messages, streams, exit codes).

use std::io::Write;
use std::process::{Command, Stdio};

fn braid(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_braid")).args(args).output().expect("run braid");
    (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn version_and_help_go_to_stdout() {
    let (code, out, err) = braid(&["--version"]);
    assert_eq!((code, out.as_str(), err.as_str()), (Some(0), "braid 0.1.0 (Python 3.14)\n", ""));
    let (code, out, _) = braid(&["-V"]);
    assert_eq!((code, out.as_str()), (Some(0), "braid 0.1.0 (Python 3.14)\n"));
    let (code, out, err) = braid(&["-h"]);
    assert_eq!(code, Some(0));
    assert!(err.is_empty());
    assert!(out.contains("[option] ... [-c cmd | -m mod | file | -] [arg] ...\nOptions (and corresponding environment variables):\n"));
}

#[test]
fn unknown_options_print_usage_and_exit_2() {
    let exe = env!("CARGO_BIN_EXE_braid");
    let (code, out, err) = braid(&["--foo"]);
    assert_eq!(code, Some(2));
    assert!(out.is_empty());
    assert_eq!(err, format!("unknown option --foo\nusage: {exe} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `braid -h' for more information.\n"));
    let (code, _, err) = braid(&["-Z"]);
    assert_eq!(code, Some(2));
    assert!(err.starts_with("Unknown option: -Z\n"));
    let (code, _, err) = braid(&["-X"]);
    assert_eq!(code, Some(2));
    assert!(err.starts_with("Argument expected for the -X option\n"));
}

#[test]
fn missing_script_is_errno_2_with_absolute_path() {
    let exe = env!("CARGO_BIN_EXE_braid");
    let (code, out, err) = braid(&["no_such_script_xyz.py"]);
    let cwd = std::env::current_dir().unwrap();
    assert_eq!(code, Some(2));
    assert!(out.is_empty());
    assert_eq!(
        err,
        format!("{exe}: can't open file '{}/no_such_script_xyz.py': [Errno 2] No such file or directory\n", cwd.display())
    );
}

#[test]
fn programs_run_after_options_and_syntax_errors_are_reported() {
    let dir = std::env::temp_dir().join(format!("braid_cli_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let ok = dir.join("ok.py");
    std::fs::write(&ok, "print('hi')\n").unwrap();
    let (code, out, err) = braid(&["-X", "dev", "-Xfoo=bar", "-O", "-B", "-u", "-E", "-s", "-S", "-I", "-q", ok.to_str().unwrap(), "arg"]);
    assert_eq!((code, out.as_str(), err.as_str()), (Some(0), "hi\n", ""));
    // -c: syntax errors are reported against <string>, with the 3.14 dedent applied first.
    let (code, out, err) = braid(&["-c", "    x = (1,\n    y = 2"]);
    assert_eq!(code, Some(1));
    assert!(out.is_empty());
    assert_eq!(err, "  File \"<string>\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n");
    // stdin.
    let mut child = Command::new(env!("CARGO_BIN_EXE_braid"))
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"def f(:\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "  File \"<stdin>\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn dump_ast_prints_cpython_format() {
    let dir = std::env::temp_dir().join(format!("braid_dump_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("d.py");
    std::fs::write(&f, "x = 1\n").unwrap();
    let (code, out, _) = braid(&["--dump-ast", f.to_str().unwrap()]);
    assert_eq!(code, Some(0));
    assert_eq!(out, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])\n");
    let (_, out, _) = braid(&["--dump-ast=positions", f.to_str().unwrap()]);
    assert_eq!(
        out,
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])\n"
    );
    std::fs::remove_dir_all(&dir).ok();
}
