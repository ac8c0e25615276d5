//! The `braid` command line. Parses options the way CPython does and wires the runtime.
//!
//! Everything runs on one big-stack thread: the frontend and (later) the compiler walk trees
//! recursively, and deeply nested but legal programs must get a clean error, never a stack
//! overflow.

mod cli;

use cli::{Action, Options, Program};
use std::io::{Read, Write};
use std::process::ExitCode;

/// Stack for the thread that parses, compiles and runs the program (reserved, not committed).
const MAIN_STACK: usize = 1 << 30;

fn main() -> ExitCode {
    braid_runtime::alloc_tuning::configure();
    let args: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
    let worker = std::thread::Builder::new().name("main".into()).stack_size(MAIN_STACK).spawn(move || real_main(&args));
    match worker.map(std::thread::JoinHandle::join) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => ExitCode::from(1),
    }
}

fn real_main(args: &[String]) -> u8 {
    let mut opts = match cli::parse(args) {
        Ok(o) => o,
        Err(e) => {
            let name = args.first().map_or("braid", String::as_str);
            eprint!("{}", cli::usage_error_text(name, &e));
            return 2;
        }
    };
    if let Program::Module(name) = &opts.program {
        match opts.action {
            // `-m mod` imports mod's parent packages and runs it as `__main__`.
            Action::Run => return braid_runtime::modules::importer::run_main::run_module(&runtime_options(&opts), name),
            Action::Dis | Action::DumpAst { .. } => match locate_module(&opts, name) {
                Ok(path) => {
                    opts.argv[0].clone_from(&path);
                    opts.program = Program::File(path);
                }
                Err(message) => {
                    eprintln!("{}: {message}", opts.program_name);
                    return 1;
                }
            },
            _ => {}
        }
    }
    match &opts.action {
        Action::Help => {
            print!("{}", cli::help_text(&opts.program_name));
            0
        }
        Action::Version => {
            println!("braid {} (Python 3.14)", env!("CARGO_PKG_VERSION"));
            0
        }
        Action::ParseOnly(files) => parse_only(files, false),
        Action::CheckOnly(files) => parse_only(files, true),
        Action::Dis => {
            let Some((source, filename)) = read_program(&opts) else { return 2 };
            braid_runtime::run_program(&runtime_options(&opts), &source, &filename)
        }
        Action::DumpAst { positions, native } => {
            let (positions, native) = (*positions, *native);
            let Some((source, filename)) = read_program(&opts) else { return 2 };
            dump_ast(&source, &filename, positions, native)
        }
        Action::Run => {
            let Some((source, filename)) = read_program(&opts) else { return 2 };
            let (parsed, warnings) = braid_parser::parse_module_with_warnings(&source, &filename);
            print_warnings(&source, &filename, &warnings);
            match parsed {
                Err(err) => {
                    eprint!("{}", err.render());
                    1
                }
                Ok(module) => {
                    let (checked, warnings) = braid_parser::check_module_with_warnings(&module, &source, &filename);
                    print_warnings(&source, &filename, &warnings);
                    if let Err(err) = checked {
                        eprint!("{}", err.render());
                        return 1;
                    }
                    braid_runtime::run_parsed(&runtime_options(&opts), &module, &source, &filename)
                }
            }
        }
    }
}

/// The runtime's view of the command line.
fn runtime_options(opts: &Options) -> braid_runtime::RunOptions {
    braid_runtime::RunOptions {
        argv: opts.argv.clone(),
        xoptions: opts.xoptions.clone(),
        dis: matches!(opts.action, Action::Dis),
        optimize: opts.flags.optimize.max(env_optimize_level(opts.flags.ignore_environment)),
        safe_path: opts.flags.safe_path,
        ignore_environment: opts.flags.ignore_environment,
    }
}

/// Finds the source file for `-m name` without running anything (for `--dis` and
/// `--dump-ast`): the search path is the one `-m` gets. Returns the file's path, or the
/// message CPython prints after `argv[0]: `.
fn locate_module(opts: &Options, name: &str) -> Result<String, String> {
    use braid_runtime::modules::importer::{finder, sys_path};
    if braid_runtime::modules::NATIVE_MODULES.iter().any(|m| m.name == name) {
        return Err(format!("No code object available for {name}"));
    }
    let pythonpath = sys_path::pythonpath_from_env(opts.flags.ignore_environment);
    let path = sys_path::initial(&sys_path::Program::Module, opts.flags.safe_path, pythonpath.as_deref());
    finder::locate_file(name, &path)
}

/// Prints compile-time warnings as CPython does (`warnings.showwarning` format:
/// `file:line: Category: message`, then the stripped source line). They are issued
/// without a registry, so repeats on one line all print.
fn print_warnings(source: &[u8], filename: &str, warnings: &[braid_parser::ParseWarning]) {
    if warnings.is_empty() {
        return;
    }
    let text = braid_parser::decode_source(source, filename).unwrap_or_default();
    let lines: Vec<&str> = text.split('\n').collect();
    let mut err = std::io::stderr().lock();
    for w in warnings {
        let _ = writeln!(err, "{}:{}: {}: {}", filename, w.lineno, w.category, w.msg);
        if !filename.starts_with('<') {
            if let Some(line) = lines.get(w.lineno.saturating_sub(1) as usize) {
                let _ = writeln!(err, "  {}", line.trim());
            }
        }
    }
}

/// `PYTHONOPTIMIZE`: an integer is the level, any other non-empty value means 1
/// (ignored under `-E`/`-I`).
fn env_optimize_level(ignore_environment: bool) -> u8 {
    if ignore_environment {
        return 0;
    }
    match std::env::var("PYTHONOPTIMIZE") {
        Ok(v) if !v.is_empty() => v.trim().parse::<u8>().unwrap_or(1),
        _ => 0,
    }
}

/// Reads the program source and chooses its file name (absolute for scripts, `<string>` for
/// `-c`, `<stdin>` for standard input). Prints CPython's error and returns `None` when a
/// script cannot be opened.
fn read_program(opts: &Options) -> Option<(Vec<u8>, String)> {
    match &opts.program {
        Program::File(path) => {
            let abs = absolute(path);
            match std::fs::read(path) {
                Ok(mut bytes) => {
                    if opts.flags.skip_first_line {
                        // `-x`: the first line is not Python; blank it but keep line numbers.
                        let end = bytes.iter().position(|&b| b == b'\n').unwrap_or(bytes.len());
                        bytes.drain(..end);
                    }
                    Some((bytes, abs))
                }
                Err(e) => {
                    let errno = e.raw_os_error().unwrap_or(2);
                    let msg = os_error_text(&e);
                    eprintln!("{}: can't open file '{}': [Errno {}] {}", opts.program_name, abs, errno, msg);
                    None
                }
            }
        }
        Program::Command(cmd) => Some((dedent(cmd).into_bytes(), "<string>".to_string())),
        Program::Stdin => {
            let mut buf = Vec::new();
            if std::io::stdin().read_to_end(&mut buf).is_err() {
                buf.clear();
            }
            Some((buf, "<stdin>".to_string()))
        }
        Program::Module(name) => {
            // Only `--parse-only`-style actions reach here with a module; they need a file.
            eprintln!("{}: No module named {name}", opts.program_name);
            None
        }
    }
}

/// `cwd/path` without normalizing (CPython prints `/cwd/./x.py` for `./x.py`).
fn absolute(path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => format!("{}/{}", cwd.display(), path),
        Err(_) => path.to_string(),
    }
}

/// The C library's `strerror` text for the common cases (Rust's messages add "(os error N)").
fn os_error_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
        std::io::ErrorKind::IsADirectory => "Is a directory".to_string(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    }
}

/// Python 3.14 dedents the `-c` argument (`textwrap.dedent` rules: common leading
/// whitespace of non-blank lines is removed; blank lines become empty).
fn dedent(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut margin: Option<&str> = None;
    for line in &lines {
        if line.trim().is_empty() {
            continue;
        }
        let indent = &line[..line.len() - line.trim_start_matches([' ', '\t']).len()];
        margin = Some(match margin {
            None => indent,
            Some(m) => {
                let common = m.bytes().zip(indent.bytes()).take_while(|(a, b)| a == b).count();
                &m[..common]
            }
        });
    }
    let margin = margin.unwrap_or("");
    lines
        .iter()
        .map(|l| if l.trim().is_empty() { "" } else { l.strip_prefix(margin).unwrap_or(l) })
        .collect::<Vec<_>>()
        .join("\n")
}

fn dump_ast(source: &[u8], filename: &str, positions: bool, native: bool) -> u8 {
    match braid_parser::parse_module_for_dump(source, filename) {
        Err(err) => {
            eprint!("{}", err.render());
            1
        }
        Ok((module, spans)) => {
            let mode = if native {
                braid_parser::dump::FStringPositions::AsParsed
            } else {
                braid_parser::dump::FStringPositions::Py311(spans)
            };
            let text = braid_parser::dump::dump_module(&module, positions, &mode);
            let mut out = std::io::stdout().lock();
            let ok = out.write_all(text.as_bytes()).and_then(|()| out.write_all(b"\n")).and_then(|()| out.flush());
            u8::from(ok.is_err())
        }
    }
}

/// `--parse-only FILE...`: parses every file, prints `ERROR <file>: <kind>: <message>` for each
/// one with a syntax error, then how many parsed and how long it took (reading the files is
/// not timed). Used by `benches/parse_stdlib.py` and the robustness tests.
fn parse_only(files: &[String], check: bool) -> u8 {
    let sources: Vec<(String, Vec<u8>)> = files.iter().filter_map(|f| std::fs::read(f).ok().map(|b| (f.clone(), b))).collect();
    let start = std::time::Instant::now();
    let mut failed = Vec::new();
    for (name, src) in &sources {
        let result = braid_parser::parse_module(src, name)
            .and_then(|m| if check { braid_parser::check_module(&m, src, name) } else { Ok(()) });
        if let Err(err) = result {
            failed.push((name, err));
        }
    }
    let elapsed = start.elapsed();
    let errors = failed.len();
    for (name, err) in failed {
        println!("ERROR {name}: {}: {}", err.kind.name(), err.msg);
    }
    println!("parsed {} files ({} with syntax errors) in {:.3}s", sources.len(), errors, elapsed.as_secs_f64());
    0
}

