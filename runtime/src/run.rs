//! Running a program: compile, set up `builtins`/`sys`/`__main__`, execute, and turn
//! the outcome into CPython's stderr output and exit status.

use crate::builtins::dict::{as_dict, new_dict};
use crate::builtins::exceptions::{as_exception, SYSTEM_EXIT};
use crate::builtins::module::new_module;
use crate::builtins::str::{as_str, new_str};
use crate::compiler::code::as_code;
use crate::error::PyErr;
use crate::interp::Vm;
use crate::object::Value;

/// What the command line asked for.
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// `-X` options.
    pub xoptions: Vec<(String, Option<String>)>,
    /// Print the disassembly instead of running (`--dis`).
    pub dis: bool,
    /// `-O` level (`-OO` is 2).
    pub optimize: u8,
    /// `-P`/`-I`: no program directory at the front of `sys.path`.
    pub safe_path: bool,
    /// `-E`/`-I`: `PYTHONPATH` is not read.
    pub ignore_environment: bool,
    /// `-u` / `PYTHONUNBUFFERED`: stdout and stderr are not buffered.
    pub unbuffered: bool,
}

/// What `braid -m` gives `__main__` beyond a script's attributes.
pub struct MainSpec {
    /// `__spec__`.
    pub spec: Value,
    /// `__loader__`.
    pub loader: Value,
    /// `__package__`.
    pub package: Value,
}

/// Parses and compiles `source` to a module code object.
pub fn compile_source(source: &[u8], filename: &str) -> Result<Value, braid_parser::SyntaxError> {
    braid_parser::with_big_stack(|| {
        let module = braid_parser::parse_module(source, filename)?;
        braid_parser::check_module(&module, source, filename)?;
        compile_parsed(&module, source, filename)
    })
}

/// Compiles a module the caller has already parsed and checked (the command line does
/// both to print their warnings; this spares a second parse).
pub fn compile_parsed(module: &braid_parser::ast::Module, source: &[u8], filename: &str) -> Result<Value, braid_parser::SyntaxError> {
    braid_parser::with_big_stack(|| {
        let text = braid_parser::decode_source(source, filename)?;
        // Code read from standard input keeps no source text: CPython's tracebacks show
        // no lines for `<stdin>` (a SyntaxError still quotes its line, from `text`).
        let kept = if filename == "<stdin>" { "" } else { text.as_str() };
        crate::compiler::compile_module(module, filename, kept).map_err(|e| {
            let line = text.lines().nth(e.loc.lineno.saturating_sub(1) as usize).map(str::to_string);
            e.into_syntax_error(filename, line)
        })
    })
}

/// A SyntaxError raised at run time (import of a bad module).
pub fn syntax_error_to_pyerr(e: &braid_parser::SyntaxError, _source: &[u8]) -> PyErr {
    crate::builtins::exceptions::syntax_error(e)
}

/// Creates a VM with `builtins` and `sys.modules` ready.
pub fn new_main_vm(opts: &RunOptions, main_path: Option<String>) -> Vm {
    use crate::modules::importer::sys_path::Program;
    let program = main_path.as_deref().map_or(Program::Command, Program::Script);
    new_vm_for(opts, main_path.clone(), &program)
}

/// [`new_main_vm`] with `sys.path` set up for `program` (`braid -m` passes `Module`).
pub fn new_vm_for(opts: &RunOptions, main_path: Option<String>, program: &crate::modules::importer::sys_path::Program) -> Vm {
    if opts.unbuffered {
        crate::builtins::stdout_buf::set_unbuffered();
    }
    let mut vm = Vm::new();
    vm.argv = opts.argv.clone();
    vm.xoptions = opts.xoptions.clone();
    let pythonpath = crate::modules::importer::sys_path::pythonpath_from_env(opts.ignore_environment);
    let path = crate::modules::importer::sys_path::initial(program, opts.safe_path, pythonpath.as_deref());
    crate::builtins::runtime_objects::module_spec::set_sys_path_0((!opts.safe_path).then(|| path[0].clone()));
    vm.sys_path = Some(path);
    vm.main_path = main_path;
    vm.interp.set_builtins(crate::modules::builtins::make_builtins_dict());
    let modules = new_dict();
    if let Some(h) = modules.header() {
        h.make_deferred();
    }
    vm.interp.set_modules(modules);
    vm
}

/// Runs a program and returns the process exit status.
pub fn run_program(opts: &RunOptions, source: &[u8], filename: &str) -> u8 {
    crate::compiler::set_optimize_level(opts.optimize);
    match compile_source(source, filename) {
        Ok(code) => run_code(opts, code, filename),
        Err(e) => {
            eprint!("{}", e.render());
            1
        }
    }
}

/// Like [`run_program`] for a module already parsed and checked.
pub fn run_parsed(opts: &RunOptions, module: &braid_parser::ast::Module, source: &[u8], filename: &str) -> u8 {
    crate::compiler::set_optimize_level(opts.optimize);
    match compile_parsed(module, source, filename) {
        Ok(code) => run_code(opts, code, filename),
        Err(e) => {
            eprint!("{}", e.render());
            1
        }
    }
}

/// Runs compiled module code as `__main__` and returns the process exit status.
fn run_code(opts: &RunOptions, code: Value, filename: &str) -> u8 {
    if opts.dis {
        print!("{}", crate::compiler::dis::disassemble(&code));
        return 0;
    }
    let main_path = if filename.starts_with('<') { None } else { Some(filename.to_string()) };
    let vm = new_main_vm(opts, main_path);
    run_main_code(vm, code, filename, None)
}

/// Runs `code` as the `__main__` module of `vm` (with `braid -m`'s spec, loader and
/// package when given) and returns the process exit status.
pub fn run_main_code(mut vm: Vm, code: Value, filename: &str, module_spec: Option<MainSpec>) -> u8 {
    let globals = new_dict();
    let main = new_module("__main__", globals.clone());
    if let Some(g) = as_dict(&globals) {
        g.set_str("__builtins__", vm.builtins().cloned().unwrap_or_else(crate::builtins::singletons::none));
        match module_spec {
            Some(m) => {
                g.set_str("__package__", m.package);
                g.set_str("__loader__", m.loader);
                g.set_str("__spec__", m.spec);
            }
            None => {
                // A script is not imported from a package; CPython still gives it a
                // loader (the built-in importer's class for -c and standard input).
                g.set_str("__package__", crate::builtins::singletons::none());
                let loader = if filename.starts_with('<') {
                    crate::builtins::runtime_objects::module_spec::builtin_loader()
                } else {
                    crate::builtins::runtime_objects::module_spec::new_source_loader("__main__", filename)
                };
                g.set_str("__loader__", loader);
            }
        }
        // No bytecode cache.
        g.set_str("__cached__", crate::builtins::singletons::none());
        if !filename.starts_with('<') {
            g.set_str("__file__", new_str(filename));
        }
    }
    if let Some(m) = vm.modules().and_then(as_dict) {
        m.set_str("__main__", main);
        // `braid -m pkg.mod` imports `pkg` before this point, which may have imported
        // `builtins` already: keep that module object.
        if m.get_str("builtins").is_none() {
            if let Some(builtins) = builtins_module(&vm) {
                m.set_str("builtins", builtins);
            }
        }
    }
    crate::thread::sigint::install(vm.tstate.clone());
    let mut result = crate::interp::call::run_module_code(&mut vm, code, globals.clone());
    if result.is_ok() {
        // A signal that arrived during the last statement is not dropped.
        if let Err(e) = crate::thread::signals::run_handlers(&mut vm) {
            result = Err(e);
        }
    }
    crate::thread::sigint::program_finished();
    crate::interp::generator::run_pending_finalizers(&mut vm);
    let status = match &result {
        Ok(_) => 0,
        Err(e) => report_uncaught(&mut vm, e, &globals),
    };
    crate::modules::atexit::run_exitfuncs(&mut vm);
    crate::interp::finalize::clear_main_globals(&mut vm, &globals);
    let keyboard_interrupt = matches!(&result, Err(e) if e.matches(&crate::builtins::exceptions::KEYBOARD_INTERRUPT));
    // As CPython's finalization: a failed flush of sys.stdout is reported and the exit
    // status becomes 120, whatever it was.
    let flushed = crate::modules::builtins::flush_stdout();
    let status = match flushed {
        Ok(()) => status,
        Err(err) => {
            let text = crate::interp::traceback::format_exception(&err.exc, &[]);
            eprint!("Exception ignored while flushing sys.stdout:\n{text}");
            120
        }
    };
    // Every file still open keeps what was written to it (CPython's shutdown flushes them).
    crate::builtins::io::buffered::flush_all();
    if keyboard_interrupt {
        crate::thread::sigint::exit_by_sigint();
        return 130;
    }
    status
}

/// Prints an uncaught exception (or handles SystemExit) and returns the exit status.
pub fn report_uncaught(vm: &mut Vm, e: &PyErr, globals: &Value) -> u8 {
    let _ = crate::modules::builtins::flush_stdout();
    if e.matches(&SYSTEM_EXIT) {
        let code = as_exception(&e.exc).and_then(|x| crate::builtins::tuple::as_tuple(&x.args.lock(&e.exc)).map(<[Value]>::to_vec)).unwrap_or_default();
        return match code.as_slice() {
            [] => 0,
            [c] if crate::builtins::singletons::is_none(c) => 0,
            [c] => match crate::builtins::int::as_int(c).and_then(|i| i.to_i64()) {
                Some(n) => n as u8,
                None => {
                    let s = crate::ops::str_string(vm, c).unwrap_or_default();
                    eprintln!("{s}");
                    1
                }
            },
            _ => {
                let t = crate::builtins::tuple::new_tuple(code);
                eprintln!("{}", crate::ops::repr_string(vm, &t).unwrap_or_default());
                1
            }
        };
    }
    let mut names: Vec<String> = Vec::new();
    for d in [Some(globals), vm.builtins()].into_iter().flatten() {
        if let Some(d) = as_dict(d) {
            for (k, _) in d.items() {
                if let Some(s) = as_str(&k) {
                    names.push(s.to_string());
                }
            }
        }
    }
    let limit = traceback_limit(vm);
    let messages = crate::interp::traceback::user_messages(vm, &e.exc);
    let env = crate::interp::traceback::RenderEnv { names: &names, modules: vm.modules(), limit, messages: &messages };
    let text = crate::interp::traceback::format_exception_in(&e.exc, &env);
    eprint!("{text}");
    let _ = as_code;
    1
}

/// `sys.tracebacklimit` if the program set it to an int (negative counts as 0).
fn traceback_limit(vm: &mut Vm) -> Option<usize> {
    let sys = vm.modules().and_then(as_dict)?.get_str("sys")?;
    let limit = crate::ops::getattr_opt(vm, &sys, "tracebacklimit").ok()??;
    let n = crate::builtins::int::as_int(&limit)?;
    Some(n.to_i64().map_or(usize::MAX, |v| usize::try_from(v.max(0)).unwrap_or(usize::MAX)))
}

/// The `builtins` module over the interpreter's builtins dict (None before the VM has
/// one); `sys.modules['builtins']` holds it.
pub fn builtins_module(vm: &Vm) -> Option<Value> {
    let b = vm.builtins().cloned()?;
    let builtins = new_module("builtins", b);
    crate::modules::module_set(&builtins, "__spec__", crate::builtins::runtime_objects::module_spec::builtin_spec("builtins"));
    crate::modules::module_set(&builtins, "__loader__", crate::builtins::runtime_objects::module_spec::builtin_loader());
    Some(builtins)
}
