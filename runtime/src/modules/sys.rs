//! The `sys` module.
//!
//! braid reports itself as Python 3.14.0 (`version_info`, `hexversion`) with
//! `implementation.name == 'braid'` and no GIL (`_is_gil_enabled()` is False). The info
//! records (`float_info`, `int_info`, `hash_info`, `flags`, `version_info`) are struct
//! sequences with CPython's field names and reprs; their values are those of a 64-bit
//! CPython build, which braid's numbers match exactly.


use num_bigint::BigInt;

use crate::builtins::dict::as_dict;
use crate::builtins::exceptions::SYSTEM_EXIT;
use crate::builtins::float::new_float;
use crate::builtins::int::{as_int, index_i64, new_bigint, new_int, not_an_integer};
use crate::builtins::list::new_list;
use crate::builtins::singletons::{none, py_bool};
use crate::builtins::str::{as_str, new_str};
use crate::builtins::structseq::{
    new_struct_seq, FLAGS_TYPE, FLOAT_INFO_TYPE, HASH_INFO_TYPE, INT_INFO_TYPE, NAMESPACE_TYPE, THREAD_INFO_TYPE,
    VERSION_INFO_TYPE,
};
use crate::builtins::tuple::new_tuple;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;


/// `sys.hexversion` for 3.14.0 final.
const HEXVERSION: i64 = 0x030E_00F0;

/// Builds the module.
pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let m = super::make_module(
        "sys",
        &[
            ("exit", sys_exit),
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
            ("intern", intern),
            ("_is_gil_enabled", is_gil_enabled),
            ("exc_info", exc_info),
            ("_getframe", getframe),
            ("exception", exception),
            ("get_int_max_str_digits", get_int_max_str_digits),
            ("set_int_max_str_digits", set_int_max_str_digits),
            ("getdefaultencoding", getdefaultencoding),
            ("getfilesystemencoding", getdefaultencoding),
        ],
    );
    let set = |name: &str, v: Value| super::module_set(&m, name, v);
    let argv: Vec<Value> = vm.argv.iter().map(|a| new_str(a)).collect();
    set("argv", new_list(argv.clone()));
    set("orig_argv", new_list(argv));
    let version_info = new_struct_seq(
        &VERSION_INFO_TYPE,
        vec![new_int(3), new_int(14), new_int(0), new_str("final"), new_int(0)],
    );
    set("version_info", version_info.clone());
    set("version", new_str("3.14.0 (braid) [rustc]"));
    set("hexversion", new_int(HEXVERSION));
    set("api_version", new_int(1013));
    set(
        "implementation",
        new_struct_seq(
            &NAMESPACE_TYPE,
            vec![new_str("braid"), none(), version_info, new_int(HEXVERSION), new_str("x86_64-linux-gnu")],
        ),
    );
    set("maxsize", new_int(i64::MAX));
    set("maxunicode", new_int(0x10FFFF));
    set("platform", new_str("linux"));
    set("byteorder", new_str(if cfg!(target_endian = "little") { "little" } else { "big" }));
    set("float_repr_style", new_str("short"));
    set("dont_write_bytecode", py_bool(false));
    set("warnoptions", new_list(Vec::new()));
    set("builtin_module_names", new_tuple(["builtins", "math", "sys", "time"].iter().map(|n| new_str(n)).collect()));
    let exe = std::env::current_exe().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
    set("executable", new_str(&exe));
    set("prefix", new_str("/usr/local"));
    set("exec_prefix", new_str("/usr/local"));
    set("platlibdir", new_str("lib"));
    set("float_info", float_info());
    set("int_info", int_info());
    set("hash_info", hash_info());
    set("flags", flags());
    set(
        "thread_info",
        new_struct_seq(&THREAD_INFO_TYPE, vec![new_str("pthread"), new_str("mutex+cond"), none()]),
    );
    let streams = crate::builtins::stdio::streams();
    for (name, stream) in [("stdin", &streams.stdin), ("stdout", &streams.stdout), ("stderr", &streams.stderr)] {
        set(name, stream.clone());
        set(&format!("__{name}__"), stream.clone());
    }
    let path = vm.sys_path.clone().unwrap_or_else(|| {
        use super::importer::sys_path::{initial, pythonpath_from_env, Program};
        let program = vm.main_path.as_deref().map_or(Program::Command, Program::Script);
        initial(&program, false, pythonpath_from_env(false).as_deref())
    });
    set("path", new_list(path.iter().map(|p| new_str(p)).collect()));
    if let Some(modules) = vm.modules() {
        set("modules", modules.clone());
    }
    let xopts = crate::builtins::dict::new_dict();
    if let Some(d) = as_dict(&xopts) {
        for (k, v) in &vm.xoptions {
            d.set_str(k, v.as_ref().map_or_else(|| py_bool(true), |s| new_str(s)));
        }
    }
    set("_xoptions", xopts);
    Ok(m)
}

fn float_info() -> Value {
    new_struct_seq(
        &FLOAT_INFO_TYPE,
        vec![
            new_float(f64::MAX),
            new_int(i64::from(f64::MAX_EXP)),
            new_int(i64::from(f64::MAX_10_EXP)),
            new_float(f64::MIN_POSITIVE),
            new_int(i64::from(f64::MIN_EXP)),
            new_int(i64::from(f64::MIN_10_EXP)),
            new_int(i64::from(f64::DIGITS)),
            new_int(i64::from(f64::MANTISSA_DIGITS)),
            new_float(f64::EPSILON),
            new_int(i64::from(f64::RADIX)),
            new_int(1),
        ],
    )
}

fn int_info() -> Value {
    new_struct_seq(
        &INT_INFO_TYPE,
        vec![
            new_int(30),
            new_int(4),
            new_int(crate::numeric::int_text::DEFAULT_MAX_STR_DIGITS as i64),
            new_int(crate::numeric::int_text::STR_DIGITS_CHECK_THRESHOLD as i64),
        ],
    )
}

fn hash_info() -> Value {
    new_struct_seq(
        &HASH_INFO_TYPE,
        vec![
            new_int(64),
            new_bigint(BigInt::from(crate::numeric::hash::MODULUS)),
            new_int(crate::numeric::hash::HASH_INF),
            new_int(0),
            new_int(crate::numeric::hash::HASH_IMAG as i64),
            new_str("siphash13"),
            new_int(64),
            new_int(128),
            new_int(0),
        ],
    )
}

fn flags() -> Value {
    let hash_randomization = i64::from(std::env::var("PYTHONHASHSEED").map_or(true, |s| s != "0"));
    let ints = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, hash_randomization, 0, 0, 1, 0, 0, -1, 0, 1, 1];
    let items: Vec<Value> = ints
        .iter()
        .enumerate()
        .map(|(i, v)| if i == 13 || i == 16 { py_bool(false) } else { new_int(*v) })
        .collect();
    new_struct_seq(&FLAGS_TYPE, items)
}

fn sys_exit(_vm: &mut Vm, args: &[Value], _k: &[Value]) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(PyErr::type_error(format!("exit expected at most 1 argument, got {}", args.len())));
    }
    Err(match args.first() {
        Some(code) => PyErr::with_arg(&SYSTEM_EXIT, code.clone()),
        None => PyErr::bare(&SYSTEM_EXIT),
    })
}

fn getrecursionlimit(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(new_int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let arg = a.first().ok_or_else(|| PyErr::type_error("setrecursionlimit() takes exactly one argument (0 given)"))?;
    if crate::builtins::float::as_float(arg).is_some() {
        return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = index_i64(arg)?;
    if n < 1 {
        return Err(PyErr::value_error("recursion limit must be greater or equal than 1"));
    }
    vm.set_recursion_limit(usize::try_from(n).unwrap_or(usize::MAX));
    Ok(none())
}

fn intern(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() || a.len() != 1 {
        return Err(PyErr::type_error(format!("intern() takes exactly one argument ({} given)", a.len())));
    }
    let Some(text) = as_str(&a[0]) else {
        return Err(PyErr::type_error(format!("intern() argument must be str, not {}", a[0].ty().body.name)));
    };
    Ok(vm.interp.intern(text, || a[0].clone()))
}

fn is_gil_enabled(_vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(py_bool(false))
}

fn exc_info(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(match vm.handled.last().cloned() {
        Some(e) => {
            let tb = crate::ops::getattr_opt(vm, &e, "__traceback__")?.unwrap_or_else(none);
            new_tuple(vec![crate::builtins::type_::type_value(e.ty()), e.clone(), tb])
        }
        None => new_tuple(vec![none(), none(), none()]),
    })
}

/// `sys._getframe(depth=0)`: the frame object of the caller, `depth` calls up.
fn getframe(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("sys._getframe() takes no keyword arguments"));
    }
    if a.len() > 1 {
        return Err(PyErr::type_error(format!("_getframe expected at most 1 argument, got {}", a.len())));
    }
    let depth = match a.first() {
        Some(d) => crate::builtins::method_args::int_arg(d)?.max(0),
        None => 0,
    };
    let n = vm.frames.len();
    match usize::try_from(depth).ok().filter(|&d| d < n) {
        Some(d) => Ok(crate::builtins::frame_obj::live_frame(vm, n - 1 - d)),
        None => Err(PyErr::value_error("call stack is not deep enough")),
    }
}

fn exception(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(vm.handled.last().cloned().unwrap_or_else(none))
}

fn get_int_max_str_digits(_vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(new_int(crate::builtins::int::max_str_digits() as i64))
}

fn set_int_max_str_digits(_vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let valid_kw = kw.iter().all(|k| as_str(k) == Some("maxdigits"));
    if a.len() != 1 || !valid_kw {
        return Err(PyErr::type_error(format!(
            "set_int_max_str_digits() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    let n = as_int(&a[0]).ok_or_else(|| not_an_integer(&a[0]))?;
    let n = n.to_i64().unwrap_or(i64::MAX);
    crate::builtins::int::set_max_str_digits(n)?;
    Ok(none())
}

fn getdefaultencoding(_vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(new_str("utf-8"))
}
