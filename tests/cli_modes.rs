//! The ways `braid` is given a program (`-c`, a script, `-m`, standard input) and how the
//! process ends (exit statuses and stderr), checked against CPython's behaviour
//! (`shared/notes/cpython-errors-and-cli.md` §4-5).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const EXE: &str = env!("CARGO_BIN_EXE_braid");

/// Runs braid in `dir` with `args`, feeding `stdin`.
fn run_in(dir: &Path, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(EXE)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn braid");
    child.stdin.take().expect("stdin").write_all(stdin).expect("write stdin");
    child.wait_with_output().expect("wait for braid")
}

/// (exit status, stdout, stderr) of braid run in the current directory.
fn braid(args: &[&str]) -> (Option<i32>, String, String) {
    text(&run_in(Path::new("."), args, b""))
}

fn text(out: &Output) -> (Option<i32>, String, String) {
    (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// A fresh directory for one test (removed by the test at its end).
fn scratch_dir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("braid_cli_modes_{}_{test}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

const SHOW_ARGV: &str = "import sys\nprint(sys.argv)\nprint(repr(sys.path[0]))\nprint(__name__)\n";

#[test]
fn dash_c_gets_its_arguments() {
    let (code, out, err) = braid(&["-c", SHOW_ARGV, "a", "-b", "--c"]);
    assert_eq!((code, err.as_str()), (Some(0), ""));
    assert_eq!(out, "['-c', 'a', '-b', '--c']\n''\n__main__\n");
    // Options after -c belong to the program, even unknown ones.
    let (code, out, _) = braid(&["-c", "import sys; print(len(sys.argv))", "-Z"]);
    assert_eq!((code, out.as_str()), (Some(0), "2\n"));
}

#[test]
fn scripts_get_their_arguments_and_directory() {
    let dir = scratch_dir("script");
    std::fs::write(dir.join("show.py"), SHOW_ARGV).unwrap();
    let out = run_in(&dir, &["show.py", "x", "-O"], b"");
    let (code, stdout, err) = text(&out);
    assert_eq!((code, err.as_str()), (Some(0), ""));
    let canonical = dir.canonicalize().unwrap();
    let shown_dir = stdout.lines().nth(1).unwrap_or("").trim_matches('\'').to_string();
    assert_eq!(stdout.lines().next(), Some("['show.py', 'x', '-O']"));
    assert_eq!(Path::new(&shown_dir).canonicalize().unwrap(), canonical, "sys.path[0] is the script's directory");
    assert_eq!(stdout.lines().nth(2), Some("__main__"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn dash_m_runs_a_module_as_main() {
    let dir = scratch_dir("module");
    std::fs::write(dir.join("tool.py"), "import sys\nprint(__name__, sys.argv[1:])\nprint(sys.argv[0] == __file__)\n").unwrap();
    std::fs::write(dir.join("helper.py"), "VALUE = 7\n").unwrap();
    std::fs::write(dir.join("user.py"), "import helper\nprint(helper.VALUE)\n").unwrap();

    let (code, out, err) = text(&run_in(&dir, &["-m", "tool", "a", "-v"], b""));
    assert_eq!((code, err.as_str()), (Some(0), ""));
    assert_eq!(out, "__main__ ['a', '-v']\nTrue\n");
    let (_, out, _) = text(&run_in(&dir, &["-mtool"], b""));
    assert_eq!(out, "__main__ []\nTrue\n", "-mNAME in one word");
    let (code, out, _) = text(&run_in(&dir, &["-c", "import sys; print(sys.argv)", "-m", "tool"], b""));
    assert_eq!((code, out.as_str()), (Some(0), "['-c', '-m', 'tool']\n"), "-m after -c is a program argument");
    // The module imports siblings from its directory.
    let (code, out, err) = text(&run_in(&dir, &["-m", "user"], b""));
    assert_eq!((code, out.as_str(), err.as_str()), (Some(0), "7\n", ""));

    let (code, out, err) = text(&run_in(&dir, &["-m", "nosuch"], b""));
    assert_eq!((code, out.as_str()), (Some(1), ""));
    assert_eq!(err, format!("{EXE}: No module named nosuch\n"));
    let (code, _, err) = text(&run_in(&dir, &["-m", "nosuch.sub"], b""));
    assert_eq!(code, Some(1));
    assert_eq!(err, format!("{EXE}: Error while finding module specification for 'nosuch.sub' (ModuleNotFoundError: No module named 'nosuch')\n"));
    // -P leaves the current directory off the search path.
    let (code, _, err) = text(&run_in(&dir, &["-P", "-m", "tool"], b""));
    assert_eq!((code, err), (Some(1), format!("{EXE}: No module named tool\n")));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn dash_m_sets_argv0_to_the_absolute_path() {
    let dir = scratch_dir("module_argv0");
    std::fs::write(dir.join("where.py"), "import sys\nprint(sys.argv[0])\n").unwrap();
    let (code, out, _) = text(&run_in(&dir, &["-m", "where"], b""));
    assert_eq!(code, Some(0));
    let shown = PathBuf::from(out.trim_end());
    assert!(shown.is_absolute(), "{shown:?}");
    assert_eq!(shown.canonicalize().unwrap(), dir.join("where.py").canonicalize().unwrap());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn standard_input_is_a_program() {
    let dir = scratch_dir("stdin");
    let (code, out, err) = text(&run_in(&dir, &["-", "a", "b"], SHOW_ARGV.as_bytes()));
    assert_eq!((code, err.as_str()), (Some(0), ""));
    assert_eq!(out, "['-', 'a', 'b']\n''\n__main__\n");
    let (code, out, _) = text(&run_in(&dir, &[], SHOW_ARGV.as_bytes()));
    assert_eq!((code, out.as_str()), (Some(0), "['']\n''\n__main__\n"));
    // Tracebacks name <stdin> and show no source lines.
    let (code, out, err) = text(&run_in(&dir, &["-"], b"print('before')\ndef f():\n    return 1 / 0\nf()\n"));
    assert_eq!((code, out.as_str()), (Some(1), "before\n"));
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"<stdin>\", line 4, in <module>\n  File \"<stdin>\", line 3, in f\nZeroDivisionError: division by zero\n"
    );
    // A syntax error still quotes its line.
    let (code, _, err) = text(&run_in(&dir, &[], b"x = (\n"));
    assert_eq!(code, Some(1));
    assert_eq!(err, "  File \"<stdin>\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn x_options_are_kept_in_sys_xoptions() {
    let (code, out, err) = braid(&["-X", "foo=a=b", "-Xbar", "-X", "jit=off", "-c", "import sys; print(sys._xoptions)"]);
    assert_eq!((code, err.as_str()), (Some(0), ""));
    assert_eq!(out, "{'foo': 'a=b', 'bar': True, 'jit': 'off'}\n");
}

#[test]
fn sys_exit_sets_the_status() {
    let cases: &[(&str, i32, &str)] = &[
        ("import sys; sys.exit(3)", 3, ""),
        ("import sys; sys.exit()", 0, ""),
        ("import sys; sys.exit(None)", 0, ""),
        ("import sys; sys.exit(0)", 0, ""),
        ("import sys; sys.exit(True)", 1, ""),
        ("import sys; sys.exit(256)", 0, ""),
        ("import sys; sys.exit(-1)", 255, ""),
        ("import sys; sys.exit('bye')", 1, "bye\n"),
        ("import sys; sys.exit([1])", 1, "[1]\n"),
        ("raise SystemExit(1, 2)", 1, "(1, 2)\n"),
        ("print('out'); raise SystemExit(4)", 4, ""),
    ];
    for (program, status, stderr) in cases {
        let (code, _, err) = braid(&["-c", program]);
        assert_eq!((code, err.as_str()), (Some(*status), *stderr), "{program}");
    }
    // Output written before the exit is flushed.
    let (_, out, _) = braid(&["-c", "print('out'); raise SystemExit(4)"]);
    assert_eq!(out, "out\n");
}

#[test]
fn uncaught_exception_exits_1_with_a_traceback() {
    let (code, out, err) = braid(&["-c", "print('x')\n{}['k']"]);
    assert_eq!((code, out.as_str()), (Some(1), "x\n"));
    assert!(err.starts_with("Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\n"), "{err}");
    assert!(err.ends_with("KeyError: 'k'\n"), "{err}");
}

#[test]
fn version_goes_to_stdout() {
    for flag in ["--version", "-V"] {
        let (code, out, err) = braid(&[flag]);
        assert_eq!((code, out.as_str(), err.as_str()), (Some(0), "braid 0.1.0 (Python 3.14)\n", ""));
    }
}

#[test]
fn bad_command_lines_exit_2() {
    let (code, out, err) = braid(&["--nosuch"]);
    assert_eq!((code, out.as_str()), (Some(2), ""));
    assert_eq!(err, format!("unknown option --nosuch\nusage: {EXE} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `braid -h' for more information.\n"));
    let (code, _, err) = braid(&["-m"]);
    assert_eq!(code, Some(2));
    assert!(err.starts_with("Argument expected for the -m option\n"), "{err}");

    let dir = scratch_dir("missing");
    let (code, out, err) = text(&run_in(&dir, &["nosuch_script.py", "arg"], b""));
    assert_eq!((code, out.as_str()), (Some(2), ""));
    let cwd = dir.canonicalize().unwrap();
    let expected_tail = "/nosuch_script.py': [Errno 2] No such file or directory\n";
    assert!(err.starts_with(&format!("{EXE}: can't open file '")), "{err}");
    assert!(err.ends_with(expected_tail), "{err}");
    let shown = &err[format!("{EXE}: can't open file '").len()..err.len() - expected_tail.len()];
    assert_eq!(Path::new(shown).canonicalize().unwrap(), cwd);
    std::fs::remove_dir_all(&dir).ok();
}
