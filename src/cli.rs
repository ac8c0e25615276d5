//! Command-line parsing with CPython's conventions (`Python/getopt.c`, `Modules/main.c`).
//!
//! Short options may be bundled (`-OOu`); options taking an argument (`-c`, `-m`, `-W`,
//! `-X`) take the rest of the word or the next word; `-c`, `-m`, a file name or `-` end
//! option parsing and everything after belongs to the program's `sys.argv`. Unknown
//! options print CPython's three-line usage error and exit 2. braid's own developer options
//! (`--dump-ast`, `--parse-only`) are long options accepted before the program.

use std::fmt::Write as _;

/// Where the program to run comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Program {
    /// `-c cmd`.
    Command(String),
    /// `-m module`.
    Module(String),
    /// A script path, as typed.
    File(String),
    /// `-` or no program argument: read standard input.
    Stdin,
}

/// What `braid` was asked to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Run a program (the normal case).
    Run,
    /// `--dump-ast[=positions]`: print `ast.dump` of the program (CPython 3.11 format).
    DumpAst {
        /// `--dump-ast=positions`: include line/column attributes.
        positions: bool,
        /// `--dump-ast=native-positions`: f-string parts with their own (3.12+) positions
        /// instead of 3.11's.
        native: bool,
    },
    /// `--parse-only FILE...`: parse every file, report syntax errors, print timing.
    ParseOnly(Vec<String>),
    /// `--dis FILE`: print the register bytecode of the program.
    Dis,
    /// `--check-only FILE...`: like `--parse-only`, plus the compile-time checks.
    CheckOnly(Vec<String>),
    /// `-h`/`--help`: print help to stdout, exit 0.
    Help,
    /// `-V`/`--version`: print the version to stdout, exit 0.
    Version,
}

/// Interpreter flags (CPython's `sys.flags` subset that the options set).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// `-b` count.
    pub bytes_warning: u8,
    /// `-B`.
    pub dont_write_bytecode: bool,
    /// `-d`.
    pub debug: bool,
    /// `-E` (or implied by `-I`).
    pub ignore_environment: bool,
    /// `-i`.
    pub inspect: bool,
    /// `-I`.
    pub isolated: bool,
    /// `-O` count.
    pub optimize: u8,
    /// `-P` (or implied by `-I`).
    pub safe_path: bool,
    /// `-q`.
    pub quiet: bool,
    /// `-s` (or implied by `-I`).
    pub no_user_site: bool,
    /// `-S`.
    pub no_site: bool,
    /// `-u`.
    pub unbuffered: bool,
    /// `-v` count.
    pub verbose: u8,
    /// `-x`: skip the first source line.
    pub skip_first_line: bool,
}

/// The parsed command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// `argv[0]` as invoked (used in messages, like CPython's program name).
    pub program_name: String,
    /// What to do.
    pub action: Action,
    /// The program source.
    pub program: Program,
    /// The program's `sys.argv` (`argv[0]` is the script, `-c`, `-m`'s path later, or `-`).
    pub argv: Vec<String>,
    /// `-X` options in order, as (name, value); a bare `-X name` has value `None`.
    pub xoptions: Vec<(String, Option<String>)>,
    /// `-W` options in order.
    pub warnoptions: Vec<String>,
    /// Flags.
    pub flags: Flags,
}

/// A command-line error: the message line for CPython's usage block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UsageError(pub String);

/// The usage line (`usage: prog [option] ... [-c cmd | -m mod | file | -] [arg] ...`).
#[must_use]
pub fn usage_line(program_name: &str) -> String {
    format!("usage: {program_name} [option] ... [-c cmd | -m mod | file | -] [arg] ...")
}

/// CPython's three-line block for a command-line error (printed to stderr, exit 2).
#[must_use]
pub fn usage_error_text(program_name: &str, err: &UsageError) -> String {
    format!("{}\n{}\nTry `braid -h' for more information.\n", err.0, usage_line(program_name))
}

/// Parses `args` (including `argv[0]`).
pub fn parse(args: &[String]) -> Result<Options, UsageError> {
    let program_name = args.first().cloned().unwrap_or_else(|| "braid".to_string());
    let mut opts = Options {
        program_name,
        action: Action::Run,
        program: Program::Stdin,
        argv: Vec::new(),
        xoptions: Vec::new(),
        warnoptions: Vec::new(),
        flags: Flags::default(),
    };
    let mut i = 1;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        if arg == "-" {
            opts.program = Program::Stdin;
            opts.argv.push("-".to_string());
            opts.argv.extend(args[i..].iter().cloned());
            return Ok(opts);
        }
        if let Some(long) = arg.strip_prefix("--") {
            if long.is_empty() {
                // `--` ends options; the next word is the program.
                break;
            }
            match long {
                "help" | "help-all" | "help-env" | "help-xoptions" => opts.action = Action::Help,
                "version" => opts.action = Action::Version,
                "dump-ast" => opts.action = Action::DumpAst { positions: false, native: false },
                "dump-ast=positions" => opts.action = Action::DumpAst { positions: true, native: false },
                "dump-ast=native-positions" => opts.action = Action::DumpAst { positions: true, native: true },
                "dis" => opts.action = Action::Dis,
                "parse-only" => {
                    opts.action = Action::ParseOnly(args[i..].to_vec());
                    return Ok(opts);
                }
                "check-only" => {
                    opts.action = Action::CheckOnly(args[i..].to_vec());
                    return Ok(opts);
                }
                "check-hash-based-pycs" => {
                    if i >= args.len() {
                        return Err(UsageError("Argument expected for the --check-hash-based-pycs option".into()));
                    }
                    i += 1;
                }
                _ => return Err(UsageError(format!("unknown option --{long}"))),
            }
            continue;
        }
        let Some(shorts) = arg.strip_prefix('-') else {
            opts.program = Program::File(arg.clone());
            opts.argv.push(arg.clone());
            opts.argv.extend(args[i..].iter().cloned());
            return Ok(opts);
        };
        let chars: Vec<char> = shorts.chars().collect();
        let mut k = 0;
        while k < chars.len() {
            let c = chars[k];
            k += 1;
            match c {
                'c' | 'm' | 'W' | 'X' => {
                    let value = if k < chars.len() {
                        chars[k..].iter().collect::<String>()
                    } else if i < args.len() {
                        i += 1;
                        args[i - 1].clone()
                    } else {
                        return Err(UsageError(format!("Argument expected for the -{c} option")));
                    };
                    match c {
                        'c' => {
                            opts.program = Program::Command(value);
                            opts.argv.push("-c".to_string());
                            opts.argv.extend(args[i..].iter().cloned());
                            return Ok(opts);
                        }
                        'm' => {
                            opts.program = Program::Module(value);
                            opts.argv.push("-m".to_string());
                            opts.argv.extend(args[i..].iter().cloned());
                            return Ok(opts);
                        }
                        'W' => opts.warnoptions.push(value),
                        _ => {
                            let (name, val) = match value.split_once('=') {
                                Some((n, v)) => (n.to_string(), Some(v.to_string())),
                                None => (value, None),
                            };
                            opts.xoptions.push((name, val));
                        }
                    }
                    k = chars.len();
                }
                'b' => opts.flags.bytes_warning = opts.flags.bytes_warning.saturating_add(1),
                'B' => opts.flags.dont_write_bytecode = true,
                'd' => opts.flags.debug = true,
                'E' => opts.flags.ignore_environment = true,
                'h' | '?' => opts.action = Action::Help,
                'i' => opts.flags.inspect = true,
                'I' => {
                    opts.flags.isolated = true;
                    opts.flags.ignore_environment = true;
                    opts.flags.safe_path = true;
                    opts.flags.no_user_site = true;
                }
                'O' => opts.flags.optimize = opts.flags.optimize.saturating_add(1),
                'P' => opts.flags.safe_path = true,
                'q' => opts.flags.quiet = true,
                's' => opts.flags.no_user_site = true,
                'S' => opts.flags.no_site = true,
                'u' => opts.flags.unbuffered = true,
                'v' => opts.flags.verbose = opts.flags.verbose.saturating_add(1),
                'V' => opts.action = Action::Version,
                'x' => opts.flags.skip_first_line = true,
                _ => return Err(UsageError(format!("Unknown option: -{c}"))),
            }
        }
    }
    if i < args.len() {
        // After `--`: the program.
        let arg = &args[i];
        opts.program = if arg == "-" { Program::Stdin } else { Program::File(arg.clone()) };
        opts.argv.push(arg.clone());
        opts.argv.extend(args[i + 1..].iter().cloned());
    } else if opts.argv.is_empty() {
        opts.argv.push(String::new());
    }
    Ok(opts)
}

/// The `-h` text (stdout), CPython 3.14's layout with braid's developer options added.
#[must_use]
pub fn help_text(program_name: &str) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}", usage_line(program_name));
    s.push_str(
        "Options (and corresponding environment variables):
-b     : issue warnings about converting bytes/bytearray to str and comparing
         bytes/bytearray with str or bytes with int. (-bb: issue errors)
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : turn on parser debugging output (for experts only, only works on
         debug builds); also PYTHONDEBUG=x
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E, -P and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; add .opt-1 before
         .pyc extension; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings; add .opt-2 before
         .pyc extension
-P     : don't prepend a potentially unsafe path to sys.path; also
         PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE=x
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : verbose (trace import statements); also PYTHONVERBOSE=x
         can be supplied multiple times to increase verbosity
-V     : print the Python version number and exit (also --version)
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option
--check-hash-based-pycs always|default|never:
         control how Python invalidates hash-based .pyc files

braid developer options:
--dump-ast FILE           : print ast.dump() of FILE (CPython 3.11 format)
--dump-ast=positions FILE : the same with line and column attributes
--dump-ast=native-positions FILE : positions as braid's AST holds them (f-string parts
                            positioned as CPython 3.12+ does)
--parse-only FILE ...     : parse each FILE, report syntax errors and the time taken
--check-only FILE ...     : the same, plus the compile-time checks braid's frontend makes
--dis FILE                : print the register bytecode of FILE

Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
",
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Options, UsageError> {
        parse(&args.iter().map(|s| (*s).to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn script_and_its_arguments() {
        let o = p(&["braid", "-O", "x.py", "-Q", "a"]).unwrap();
        assert_eq!(o.program, Program::File("x.py".into()));
        assert_eq!(o.argv, vec!["x.py", "-Q", "a"]);
        assert_eq!(o.flags.optimize, 1);
    }

    #[test]
    fn bundled_flags_and_xoptions() {
        let o = p(&["braid", "-OOu", "-Xa=b=c", "-X", "dev", "-c", "print(1)", "z"]).unwrap();
        assert_eq!(o.flags.optimize, 2);
        assert!(o.flags.unbuffered);
        assert_eq!(o.xoptions, vec![("a".into(), Some("b=c".into())), ("dev".into(), None)]);
        assert_eq!(o.program, Program::Command("print(1)".into()));
        assert_eq!(o.argv, vec!["-c", "z"]);
    }

    #[test]
    fn errors_match_cpython() {
        assert_eq!(p(&["braid", "--foo"]).unwrap_err().0, "unknown option --foo");
        assert_eq!(p(&["braid", "-Z"]).unwrap_err().0, "Unknown option: -Z");
        assert_eq!(p(&["braid", "-c"]).unwrap_err().0, "Argument expected for the -c option");
    }

    #[test]
    fn module_and_stdin() {
        let o = p(&["braid", "-m", "json.tool", "f"]).unwrap();
        assert_eq!(o.program, Program::Module("json.tool".into()));
        assert_eq!(o.argv, vec!["-m", "f"]);
        let o = p(&["braid", "-I", "-", "a"]).unwrap();
        assert_eq!(o.program, Program::Stdin);
        assert!(o.flags.isolated && o.flags.safe_path && o.flags.no_user_site);
        assert_eq!(o.argv, vec!["-", "a"]);
    }
}
