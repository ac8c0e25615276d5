//! The `sys` module.

use crate::builtins::dict::as_dict;
use crate::builtins::exceptions::SYSTEM_EXIT;
use crate::builtins::int::{index_i64, new_int};
use crate::builtins::list::new_list;
use crate::builtins::singletons::{none, py_bool};
use crate::builtins::str::new_str;
use crate::builtins::tuple::new_tuple;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;

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
            ("exception", exception),
            ("getdefaultencoding", getdefaultencoding),
            ("get_int_max_str_digits", get_int_max_str_digits),
        ],
    );
    let argv: Vec<Value> = vm.argv.iter().map(|a| new_str(a)).collect();
    super::module_set(&m, "argv", new_list(argv));
    use crate::builtins::float::new_float;
    use crate::builtins::structseq::{new_structseq, FLAGS_TYPE, FLOAT_INFO_TYPE, HASH_INFO_TYPE, INT_INFO_TYPE, VERSION_INFO_TYPE};
    super::module_set(&m, "version_info", new_structseq(&VERSION_INFO_TYPE, vec![new_int(3), new_int(14), new_int(0), new_str("final"), new_int(0)]));
    super::module_set(
        &m,
        "float_info",
        new_structseq(
            &FLOAT_INFO_TYPE,
            vec![
                new_float(f64::MAX),
                new_int(1024),
                new_int(308),
                new_float(f64::MIN_POSITIVE),
                new_int(-1021),
                new_int(-307),
                new_int(15),
                new_int(53),
                new_float(f64::EPSILON),
                new_int(2),
                new_int(1),
            ],
        ),
    );
    super::module_set(&m, "int_info", new_structseq(&INT_INFO_TYPE, vec![new_int(30), new_int(4), new_int(4300), new_int(640)]));
    super::module_set(
        &m,
        "hash_info",
        new_structseq(
            &HASH_INFO_TYPE,
            vec![new_int(64), new_int((1 << 61) - 1), new_int(314_159), new_int(0), new_int(1_000_003), new_str("siphash13"), new_int(64), new_int(128), new_int(0)],
        ),
    );
    let randomized = i64::from(std::env::var("PYTHONHASHSEED").map_or(true, |v| v == "random"));
    let flags: Vec<Value> = vec![0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, randomized, 0, 0, 0, 0, 0, -1]
        .into_iter()
        .map(new_int)
        .chain([new_int(0), py_bool(true), py_bool(true)])
        .collect();
    super::module_set(&m, "flags", new_structseq(&FLAGS_TYPE, flags));
    super::module_set(&m, "hexversion", new_int(0x030E_00F0));
    super::module_set(&m, "implementation_name", new_str("braid"));
    use crate::builtins::stdio::{new_stream, Stream};
    let (stdin, stdout, stderr) = (new_stream(Stream::Stdin), new_stream(Stream::Stdout), new_stream(Stream::Stderr));
    super::module_set(&m, "stdout", stdout.clone());
    super::module_set(&m, "stderr", stderr.clone());
    super::module_set(&m, "stdin", stdin.clone());
    super::module_set(&m, "__stdin__", stdin);
    super::module_set(&m, "__stdout__", stdout);
    super::module_set(&m, "__stderr__", stderr);
    super::module_set(&m, "maxunicode", new_int(0x10_FFFF));
    super::module_set(&m, "float_repr_style", new_str("short"));
    super::module_set(&m, "version", new_str("3.14.0 (braid)"));
    super::module_set(&m, "maxsize", new_int(i64::MAX));
    super::module_set(&m, "platform", new_str("linux"));
    super::module_set(&m, "byteorder", new_str("little"));
    let path0 = vm
        .main_path
        .as_ref()
        .and_then(|p| std::path::Path::new(p).parent().map(|d| d.to_string_lossy().to_string()))
        .unwrap_or_default();
    super::module_set(&m, "path", new_list(vec![new_str(&path0)]));
    if let Some(modules) = &vm.modules {
        super::module_set(&m, "modules", modules.clone());
    }
    let xopts = crate::builtins::dict::new_dict();
    if let Some(d) = as_dict(&xopts) {
        for (k, v) in &vm.xoptions {
            d.set_str(k, v.as_ref().map_or_else(|| py_bool(true), |s| new_str(s)));
        }
    }
    super::module_set(&m, "_xoptions", xopts);
    Ok(m)
}

fn sys_exit(_vm: &mut Vm, args: &[Value], _k: &[Value]) -> PyResult<Value> {
    Err(match args.first() {
        Some(code) => PyErr::with_arg(&SYSTEM_EXIT, code.clone()),
        None => PyErr::bare(&SYSTEM_EXIT),
    })
}

fn getrecursionlimit(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(new_int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let n = index_i64(a.first().ok_or_else(|| PyErr::type_error("setrecursionlimit() takes exactly one argument (0 given)"))?)?;
    if n < 1 {
        return Err(PyErr::value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = n as usize;
    Ok(none())
}

fn intern(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    a.first().cloned().ok_or_else(|| PyErr::type_error("intern() takes exactly one argument (0 given)"))
}

fn is_gil_enabled(_vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(py_bool(false))
}

fn getdefaultencoding(_vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(new_str("utf-8"))
}

fn exception(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(vm.handled.last().cloned().unwrap_or_else(none))
}

fn exc_info(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(match vm.handled.last() {
        Some(e) => new_tuple(vec![crate::builtins::type_::type_value(e.ty()), e.clone(), none()]),
        None => new_tuple(vec![none(), none(), none()]),
    })
}

fn get_int_max_str_digits(_vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(new_int(crate::builtins::int::MAX_STR_DIGITS as i64))
}
