//! The `posix` module: the system calls under `os` (`runtime/lib/os.py`).
//!
//! As in CPython, `os` is Python glue (environ as a mapping, `walk`, `makedirs`,
//! `stat_result`, `DirEntry`) over one native module that makes the calls. Each function
//! here is one system call (or one `std::fs` call, which is one system call) and returns
//! plain values: ints, strings, tuples. The Python side gives them their classes, so the
//! native part stays small and the classes are ordinary Python classes scripts can
//! subclass and inspect.
//!
//! Paths are `str`, `bytes` or objects with `__fspath__`; a function given bytes answers
//! with bytes names, as CPython does. Failures raise the `OSError` subclass of the errno
//! with the C library's text (`builtins/io/errno.rs`) and the path as `filename`.

mod fs;
mod process;

use std::ffi::OsString;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::PathBuf;

use crate::builtins::bytes::{as_bytes, new_bytes};
use crate::builtins::exceptions::set_extra;
use crate::builtins::str::{as_str, new_str};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;

/// Builds `posix`.
pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = super::make_module(
        "posix",
        &[
            ("getcwd", fs::getcwd),
            ("getcwdb", fs::getcwdb),
            ("chdir", fs::chdir),
            ("listdir", fs::listdir),
            ("_scandir", fs::scandir),
            ("mkdir", fs::mkdir),
            ("rmdir", fs::rmdir),
            ("remove", fs::unlink),
            ("unlink", fs::unlink),
            ("rename", fs::rename),
            ("replace", fs::rename),
            ("_stat", fs::stat),
            ("access", fs::access),
            ("readlink", fs::readlink),
            ("symlink", fs::symlink),
            ("chmod", fs::chmod),
            ("getpid", process::getpid),
            ("getppid", process::getppid),
            ("getuid", process::getuid),
            ("getgid", process::getgid),
            ("cpu_count", process::cpu_count),
            ("urandom", process::urandom),
            ("strerror", process::strerror),
            ("_environ", process::environ),
            ("putenv", process::putenv),
            ("unsetenv", process::unsetenv),
            ("_terminal_size", process::terminal_size),
            ("_uname", process::uname),
            ("isatty", process::isatty),
            ("umask", process::umask),
            ("_exit", process::exit),
            ("confstr", process::confstr),
        ],
    );
    for (name, v) in [
        ("F_OK", libc::F_OK),
        ("R_OK", libc::R_OK),
        ("W_OK", libc::W_OK),
        ("X_OK", libc::X_OK),
    ] {
        super::module_set(&m, name, crate::builtins::int::new_int(i64::from(v)));
    }
    let names = crate::builtins::dict::new_dict();
    if let Some(d) = crate::builtins::dict::as_dict(&names) {
        for (name, code) in process::CONFSTR_NAMES {
            d.set_str(name, crate::builtins::int::new_int(i64::from(*code)));
        }
    }
    super::module_set(&m, "confstr_names", names);
    Ok(m)
}

/// A path argument, with whether it came as bytes (so names go back as bytes).
pub(super) struct PathArg {
    /// The path for the system call.
    pub path: PathBuf,
    /// Whether the caller gave bytes.
    pub bytes: bool,
    /// The argument as given (after `__fspath__`), for the error's `filename`.
    pub value: Value,
}

/// `os.fspath` semantics for an argument of `func`; `allowed` completes CPython's message
/// (`"string, bytes or os.PathLike"`).
pub(super) fn path_arg(vm: &mut Vm, func: &str, v: &Value, allowed: &str) -> PyResult<PathArg> {
    if let Some(s) = as_str(v) {
        return Ok(PathArg {
            path: PathBuf::from(s),
            bytes: false,
            value: v.clone(),
        });
    }
    if let Some(b) = as_bytes(v) {
        return Ok(PathArg {
            path: PathBuf::from(OsString::from_vec(b.to_vec())),
            bytes: true,
            value: v.clone(),
        });
    }
    if let Some(f) = crate::ops::getattr_opt(vm, v, "__fspath__")? {
        let r = crate::ops::call(vm, &f, &[], &[])?;
        if as_str(&r).is_some() || as_bytes(&r).is_some() {
            return path_arg(vm, func, &r, allowed);
        }
        return Err(PyErr::type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            v.ty().body.name,
            r.ty().body.name
        )));
    }
    Err(PyErr::type_error(format!(
        "{func}: path should be {allowed}, not {}",
        v.ty().body.name
    )))
}

/// The usual path message ending.
pub(super) const PATH_LIKE: &str = "string, bytes or os.PathLike";

/// A file name as the caller's kind of string.
pub(super) fn name_value(name: &std::ffi::OsStr, bytes: bool) -> Value {
    if bytes {
        new_bytes(name.as_bytes().to_vec())
    } else {
        new_str(&name.to_string_lossy())
    }
}

/// The `OSError` for a failed call on `path` (and `path2` for two-path calls).
pub(super) fn os_error(e: &std::io::Error, path: &PathArg, path2: Option<&PathArg>) -> PyErr {
    let err = crate::builtins::io::errno::from_io(e, None);
    set_extra(&err.exc, "filename", path.value.clone());
    if let Some(p2) = path2 {
        set_extra(&err.exc, "filename2", p2.value.clone());
    }
    err
}
