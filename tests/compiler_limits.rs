//! Compiler limits: programs far larger than people write by hand (generated code, data
//! dumped as literals) compile in time linear in their size and run, or fail with
//! CPython's error at a real line, never at "line 0".
//!
//! Each test writes a generated program to a temporary file and runs the braid binary on
//! it. There are no timing assertions: a generous deadline only turns a hang (or a
//! quadratic blow-up) into a failure instead of a stuck test run.

use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A hang, not a slow machine: the largest case takes well under a second in a debug build.
const DEADLINE: Duration = Duration::from_secs(60);

struct Outcome {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run_program(name: &str, source: &str) -> Outcome {
    let path = std::env::temp_dir().join(format!("braid_compiler_limits_{}_{name}.py", std::process::id()));
    std::fs::write(&path, source).expect("write program");
    let out = run_file(&path);
    let _ = std::fs::remove_file(&path);
    out
}

fn run_file(path: &PathBuf) -> Outcome {
    let mut child = Command::new(env!("CARGO_BIN_EXE_braid"))
        .arg(path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn braid");
    let mut stdout_pipe = child.stdout.take().expect("stdout");
    let mut stderr_pipe = child.stderr.take().expect("stderr");
    let out_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stdout_pipe.read_to_string(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr_pipe.read_to_string(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{} did not finish within {DEADLINE:?}", path.display());
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Outcome { code: status.code(), stdout: out_reader.join().unwrap_or_default(), stderr: err_reader.join().unwrap_or_default() }
}

fn join(n: usize, sep: &str, item: impl Fn(usize) -> String) -> String {
    (0..n).map(item).collect::<Vec<_>>().join(sep)
}

fn assert_runs(name: &str, source: &str, expected: &str) {
    let out = run_program(name, source);
    assert_eq!(out.code, Some(0), "{name} failed: {}", out.stderr.chars().take(2000).collect::<String>());
    assert_eq!(out.stdout, expected, "{name}");
}

#[test]
fn displays_with_70000_items_compile_and_run() {
    let names = join(70_000, ",", |_| "a".into());
    let src = format!(
        "a = 1\nl = [{names}]\nt = ({names})\ns = {{{}}}\nd = {{{}}}\nprint(len(l), sum(l), len(t), sum(t), len(s), len(d), d[69999])\n",
        join(70_000, ",", |i| format!("a+{i}")),
        join(70_000, ",", |i| format!("{i}: a")),
    );
    assert_runs("displays", &src, "70000 70000 70000 70000 70000 70000 1\n");
}

#[test]
fn a_list_of_1000000_items_compiles_and_runs() {
    let src = format!("a = 1\nx = [{}]\nprint(len(x), x[-1])\n", join(1_000_000, ",", |i| if i % 2 == 0 { "a".into() } else { i.to_string() }));
    assert_runs("list_1m", &src, "1000000 999999\n");
}

#[test]
fn calls_with_70000_arguments_compile_and_run() {
    let args = join(70_000, ",", |i| i.to_string());
    let kwargs = join(1_000, ",", |i| format!("k{i}={i}"));
    let src = format!(
        "def f(*a, **k):\n    return len(a), sum(a), len(k), k.get('k999')\nprint(f({args}, {kwargs}))\nprint(max({args}))\n"
    );
    assert_runs("calls", &src, "(70000, 2449965000, 1000, 999)\n69999\n");
}

#[test]
fn long_chains_compile_in_linear_time() {
    // 70,000 terms: quadratic constant folding took minutes here.
    let src = format!("a = 1\nprint({})\n", join(70_000, "+", |_| "a".into()));
    assert_runs("plus_chain", &src, "70000\n");
    let src = format!("a = 1\nprint({})\n", join(70_000, " <= ", |_| "a".into()));
    assert_runs("compare_chain", &src, "True\n");
    let src = format!("x = f\"{}\"\nprint(len(x))\n", "{1}".repeat(70_000));
    assert_runs("fstring_parts", &src, "70000\n");
}

#[test]
fn many_names_compile_in_linear_time() {
    let src = format!("{}print(g79999 + g0)\n", join(80_000, "", |i| format!("g{i} = {i}\n")));
    assert_runs("globals", &src, "79999\n");
    let src = format!("def f():\n{}    return v0 + v59999\nprint(f())\n", join(60_000, "", |i| format!("    v{i} = {i}\n")));
    assert_runs("locals", &src, "59999\n");
}

#[test]
fn functions_with_more_locals_than_registers_compile() {
    // Registers are 16-bit: past 32,768 locals a function keeps the rest in a dict (CPython
    // has no limit), so 70,000 locals compile, run and raise UnboundLocalError by name.
    let src = format!(
        "x = 1\n\ndef f(flag):\n{}    if flag:\n        v69999 = 'set'\n    return v0 + v65536, v69999\nprint(f(True))\ntry:\n    f(False)\nexcept UnboundLocalError as e:\n    print(e)\n",
        join(69_999, "", |i| format!("    v{i} = {i}\n"))
    );
    assert_runs(
        "many_locals",
        &src,
        "(65536, 'set')\ncannot access local variable 'v69999' where it is not associated with a value\n",
    );
}

#[test]
fn functions_with_more_parameters_than_registers_compile() {
    // Parameters past 32,768 are bound into the frame and moved to the spill dict at entry.
    let src = format!(
        "def f({}):\n    return v0 + v69999 + v40000\nprint(f(*range(70_000)))\nprint(f(*range(69_999), v69999=1))\n",
        join(70_000, ",", |i| format!("v{i}"))
    );
    assert_runs("many_params", &src, "109999\n40001\n");
}

#[test]
fn a_million_digit_hex_literal_compiles_in_linear_time() {
    let src = format!("x = 0x{}\nprint(x.bit_length(), x & 0xff)\n", "f".repeat(1_000_000));
    assert_runs("hex_literal", &src, "4000000 255\n");
}

#[test]
fn decimal_literals_obey_the_digit_limit() {
    let src = format!("x = (3 +\n    {})\n", "1".repeat(5000));
    let out = run_program("decimal_literal", &src);
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.contains("line 2\n"), "{}", out.stderr);
    assert!(out.stderr.ends_with(
        "SyntaxError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.\n"
    ), "{}", out.stderr);
    let src = "import sys\nsys.set_int_max_str_digits(0)\nprint(len(str(eval('7' * 5000))))\n";
    assert_runs("decimal_literal_unlimited", src, "5000\n");
}

#[test]
fn deep_container_reprs_raise_recursion_error_quickly() {
    let src = "import sys\nsys.setrecursionlimit(1_000_000)\nfor make in (lambda x: [x], lambda x: {'k': x}, lambda x: (x,)):\n    x = None\n    for i in range(200_000):\n        x = make(x)\n    try:\n        repr(x)\n    except RecursionError as e:\n        print(e)\n    print(x == x)\n";
    let line = "maximum recursion depth exceeded while getting the repr of an object\nTrue\n";
    assert_runs("deep_repr", src, &line.repeat(3));
}

#[test]
fn star_unpacking_past_its_limit_is_cpythons_error() {
    let src = format!("{}, *rest = range(400)\n", join(300, ",", |i| format!("v{i}")));
    let out = run_program("star_unpack", &src);
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.contains("line 1\n"), "{}", out.stderr);
    assert!(out.stderr.ends_with("SyntaxError: too many expressions in star-unpacking assignment\n"), "{}", out.stderr);
}

#[test]
fn many_keywords_and_alternatives_compile_in_linear_time() {
    // Duplicate checks of keyword arguments and parameters use sets (they were quadratic:
    // 70,000 keywords took minutes); or-pattern alternatives reuse their registers.
    let src = format!("def f(**k):\n    return len(k)\nprint(f({}))\n", join(70_000, ",", |i| format!("k{i}={i}")));
    assert_runs("many_keywords", &src, "70000\n");
    let src = format!("match 49_999:\n    case {}:\n        print('hit')\n", join(50_000, " | ", |i| i.to_string()));
    assert_runs("many_alternatives", &src, "hit\n");
}
