//! A bounded probe with generated bad input: whatever a program looks like, braid reports
//! an error (or runs it) and never panics, dies by a signal or hangs.
//!
//! Four families, a few hundred cases in all, from a fixed seed so a failure reproduces:
//! - token soup: random sequences of Python tokens, compiled with `compile()`;
//! - mutations of the `tests/py` corpus (a token deleted, duplicated or swapped with its
//!   neighbour), compiled with `compile()` (never run: a mutated loop may not end);
//! - deep nesting of every bracketing construct, at and past the parser's limits;
//! - huge literals and format specs with huge widths and precisions, evaluated.
//!
//! Each family runs in one braid process, driven by a small Python script that prints the
//! number of each case before trying it, so a crash names the case that caused it. Sizes
//! are chosen so that nothing needs real memory: a request no machine can serve must fail
//! before allocating (the process also runs under an address-space limit as a guard).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Per family; the whole probe takes a few seconds in a debug build.
const DEADLINE: Duration = Duration::from_secs(120);

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("py")
}

/// Runs braid on `driver` (a Python script) and fails on a panic, a signal or a hang.
fn run_driver(family: &str, driver: &str, cases: &[String]) {
    let dir = std::env::temp_dir().join(format!("braid_probe_{}_{family}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    for (i, case) in cases.iter().enumerate() {
        std::fs::write(dir.join(format!("{i}.py")), case).expect("write case");
    }
    let script = dir.join("driver.py");
    std::fs::write(&script, driver).expect("write driver");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_braid"));
    cmd.arg(&script).arg(&dir).arg(cases.len().to_string()).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    // SAFETY: setrlimit is async-signal-safe and touches only the child's limits.
    unsafe {
        std::os::unix::process::CommandExt::pre_exec(&mut cmd, || {
            let limit = libc::rlimit { rlim_cur: 16 << 30, rlim_max: 16 << 30 };
            libc::setrlimit(libc::RLIMIT_AS, &limit);
            Ok(())
        });
    }
    let mut child = cmd.spawn().expect("spawn braid");
    let mut out_pipe = child.stdout.take().expect("stdout");
    let mut err_pipe = child.stderr.take().expect("stderr");
    let out_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out_pipe.read_to_string(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err_pipe.read_to_string(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break Some(status);
        }
        if start.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    let last_case = stdout.lines().rev().find_map(|l| l.strip_prefix("case ")).unwrap_or("none").to_string();
    let culprit = last_case.parse::<usize>().ok().and_then(|i| cases.get(i)).map(|c| c.chars().take(600).collect::<String>());
    let describe = || format!("family {family}, last case {last_case}: {culprit:?}\nstderr: {}", stderr.chars().take(3000).collect::<String>());
    let Some(status) = status else {
        panic!("hang (over {DEADLINE:?}) in {}", describe());
    };
    assert!(!stderr.contains("panicked at"), "panic in {}", describe());
    assert_ne!(status.code(), Some(101), "panic exit in {}", describe());
    assert!(status.code().is_some(), "killed by a signal ({status:?}) in {}", describe());
    assert_eq!(status.code(), Some(0), "driver failed in {}", describe());
    assert!(stdout.ends_with("done\n"), "driver did not finish in {}", describe());
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::io::stderr().flush();
}

/// Compiles every case file; any Python exception is fine, a crash is not.
const COMPILE_DRIVER: &str = r#"
import sys
root, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    print("case", i, flush=True)
    with open(root + "/" + str(i) + ".py", "rb") as f:
        src = f.read()
    for mode in ("exec", "eval", "single"):
        try:
            compile(src, "case%d" % i, mode)
        except (SyntaxError, ValueError, OverflowError, MemoryError, RecursionError):
            pass
print("done")
"#;

/// Evaluates each case file's lines as expressions; any Python exception is fine.
const EVAL_DRIVER: &str = r#"
import sys
root, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    print("case", i, flush=True)
    with open(root + "/" + str(i) + ".py") as f:
        src = f.read()
    try:
        r = eval(src)
        if isinstance(r, (str, bytes)):
            r = len(r)
    except Exception:
        pass
print("done")
"#;

const SOUP: &[&str] = &[
    "def", "class", "lambda", "if", "else", "elif", "for", "while", "in", "not", "and", "or", "is", "return", "yield",
    "from", "import", "as", "with", "try", "except", "except*", "finally", "raise", "async", "await", "global",
    "nonlocal", "del", "pass", "break", "continue", "match", "case", "type", "None", "True", "False", "(", ")", "[",
    "]", "{", "}", ",", ":", ";", ".", "...", "=", ":=", "+", "-", "*", "**", "/", "//", "%", "@", "<<", ">>", "&",
    "|", "^", "~", "<", ">", "<=", ">=", "==", "!=", "->", "+=", "**=", "x", "y", "_", "self", "0", "1", "0x", "1e",
    "1_0", "0b2", "1.5j", "'s'", "b'b'", "f'{x}'", "f'{", "t'{x!r:>{y}}'", "'''", "\"", "r'\\'", "#", "\\", "\n",
    "\n    ", "\n        ", "\t", "\r", "\u{e9}", "\u{1F600}", "\u{0}", "print", "*x", "**k",
];

#[test]
fn token_soup_never_crashes() {
    let mut rng = Rng(0x5EED_0001);
    let cases: Vec<String> = (0..200)
        .map(|_| {
            let len = 1 + rng.below(40);
            let mut s = String::new();
            for _ in 0..len {
                let token: &str = rng.pick::<&str>(SOUP);
                s.push_str(token);
                if rng.below(3) == 0 {
                    s.push(' ');
                }
            }
            s
        })
        .collect();
    run_driver("soup", COMPILE_DRIVER, &cases);
}

/// Splits source text into tokens crudely: runs of word characters, runs of spaces, and
/// single other characters (good enough to delete, duplicate and swap).
fn crude_tokens(src: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let class = |c: char| if c.is_alphanumeric() || c == '_' { 1 } else if c == ' ' { 2 } else { 0 };
    for c in src.chars() {
        match out.last_mut() {
            Some(last) if class(c) != 0 && last.chars().next().map(class) == Some(class(c)) => last.push(c),
            _ => out.push(c.to_string()),
        }
    }
    out
}

#[test]
fn mutated_corpus_scripts_never_crash() {
    let mut scripts: Vec<PathBuf> = Vec::new();
    for area in std::fs::read_dir(corpus_root()).expect("tests/py") {
        let area = area.expect("entry").path();
        if !area.is_dir() {
            continue;
        }
        for f in std::fs::read_dir(&area).expect("area") {
            let f = f.expect("entry").path();
            if f.extension().is_some_and(|e| e == "py") {
                scripts.push(f);
            }
        }
    }
    scripts.sort();
    assert!(scripts.len() > 100, "corpus not found");
    let mut rng = Rng(0x5EED_0002);
    let mut cases = Vec::new();
    for _ in 0..300 {
        let path = rng.pick(&scripts);
        let Ok(src) = std::fs::read_to_string(path) else { continue };
        let mut toks = crude_tokens(&src);
        if toks.len() < 2 {
            continue;
        }
        for _ in 0..1 + rng.below(3) {
            let i = rng.below(toks.len() - 1);
            match rng.below(3) {
                0 => {
                    toks.remove(i);
                }
                1 => {
                    let t = toks[i].clone();
                    toks.insert(i, t);
                }
                _ => toks.swap(i, i + 1),
            }
        }
        cases.push(toks.concat());
    }
    run_driver("mutations", COMPILE_DRIVER, &cases);
}

#[test]
fn deep_nesting_never_crashes() {
    let mut cases = Vec::new();
    for n in [50, 199, 200, 201, 1000, 6000, 100_000] {
        cases.push(format!("{}1{}", "(".repeat(n), ")".repeat(n)));
        cases.push(format!("{}{}", "[".repeat(n), "]".repeat(n)));
        cases.push(format!("{}{}", "{".repeat(n), "}".repeat(n)));
        cases.push(format!("{}1", "-".repeat(n)));
        cases.push(format!("{}1", "not ".repeat(n)));
        cases.push(format!("{}1", "lambda: ".repeat(n)));
        cases.push(format!("{}1", "1 if 1 else ".repeat(n)));
        cases.push(format!("1{}", "**1".repeat(n)));
        cases.push(format!("x{}", ".y".repeat(n)));
        cases.push(format!("x{}", "()".repeat(n)));
        cases.push(format!("x{}", "[0]".repeat(n)));
        cases.push(format!("{}x{}", "f'{".repeat(n.min(300)), "}'".repeat(n.min(300))));
        cases.push(format!("{}x{}", "await (".repeat(n), ")".repeat(n)));
        cases.push((0..n.min(2000)).map(|i| format!("{}if x:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(n.min(2000)) + "pass\n");
        cases.push((0..n.min(2000)).map(|i| format!("{}def f():\n", " ".repeat(i))).collect::<String>() + &" ".repeat(n.min(2000)) + "pass\n");
        cases.push(format!("x = {}", (0..n).map(|_| "1").collect::<Vec<_>>().join(" + ")));
        cases.push(format!("x = {}", (0..n).map(|_| "y").collect::<Vec<_>>().join(" < ")));
        cases.push(format!("f({})", (0..n).map(|i| format!("a{i}=1")).collect::<Vec<_>>().join(", ")));
        cases.push(format!("{} = 1", (0..n).map(|i| format!("a{}", i % 1000)).collect::<Vec<_>>().join(" = ")));
        cases.push(format!("{}, *b = x", (0..n).map(|i| format!("a{i}")).collect::<Vec<_>>().join(", ")));
    }
    run_driver("nesting", COMPILE_DRIVER, &cases);
}

#[test]
fn huge_literals_and_format_specs_never_crash() {
    let mut rng = Rng(0x5EED_0004);
    let sizes = ["0", "1", "65535", "65536", "1000000", "2147483647", "2147483648", "4294967296", "9223372036854775807", "9223372036854775808", "1000000000000", "99999999999999999999"];
    let values = ["1", "-1", "1.5", "-0.0", "float('nan')", "1e300", "2**200", "1+2j", "'abc'", "b'abc'", "True", "None", "10**400"];
    let types = ["", "d", "f", "e", "g", "%", "x", "X", "o", "b", "c", "s", "n", "E", "G", "F", "r"];
    // Sizes a machine may serve but that would take gigabytes of real memory: left out.
    let big_but_possible = |s: &str| matches!(s, "2147483647" | "2147483648" | "4294967296");
    let mut cases = Vec::new();
    for _ in 0..300 {
        let v = rng.pick(&values);
        let width = rng.pick(&sizes);
        let prec = rng.pick(&sizes);
        let ty = rng.pick(&types);
        let flags = rng.pick(&["", "0", "-", "+", " ", "#", ",", "_", "<", ">", "^", "=", "*<", "x^"]);
        // Widths and precisions an impossible size (they must fail before allocating) or
        // small ones; precisions of a float may be large (the text is about that long).
        let spec = match rng.below(4) {
            0 => format!("{flags}{width}{ty}"),
            1 => format!("{flags}.{prec}{ty}"),
            2 => format!("{flags}{width}.{prec}{ty}"),
            _ => format!("{flags}{ty}"),
        };
        if (big_but_possible(width) && spec.contains(width)) || (big_but_possible(prec) && spec.contains(prec)) {
            continue;
        }
        cases.push(match rng.below(4) {
            0 => format!("format({v}, {spec:?})"),
            1 => format!("'{{:{spec}}}'.format({v})"),
            2 => format!("f'{{{v}:{spec}}}'"),
            _ => format!("'%{}' % ({v},)", spec.replace(['<', '>', '^', '=', ',', '_', '*', 'x'], "")),
        });
    }
    for n in sizes.into_iter().filter(|n| !big_but_possible(n)) {
        cases.push(format!("'%*s' % ({n}, 'a')"));
        cases.push(format!("'%.*f' % ({n}, 1.5)"));
        cases.push(format!("b'%*d' % ({n}, 1)"));
        cases.push(format!("'a' * {n}"));
        cases.push(format!("[0] * {n}"));
        cases.push(format!("'ab'.center({n})"));
        cases.push(format!("(7).to_bytes({n}, 'big')"));
        cases.push(format!("bytearray({n})"));
        cases.push(format!("1 << {n}"));
        cases.push(format!("int('9' * 5000) if {n} else 0"));
        cases.push(format!("'x'.expandtabs({n})"));
    }
    cases.push(format!("0x{}", "f".repeat(200_000)));
    cases.push(format!("0b{}", "1".repeat(200_000)));
    cases.push("9".repeat(200_000));
    cases.push(format!("1.{}e5", "9".repeat(200_000)));
    cases.push(format!("{}j", "9".repeat(100_000)));
    cases.push(format!("'{}'", "\\x41".repeat(100_000)));
    cases.push(format!("'{}'", "\\N{LATIN SMALL LETTER A}".repeat(10_000)));
    run_driver("formats", EVAL_DRIVER, &cases);
}
