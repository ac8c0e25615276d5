//! Process-level calls of `posix`: ids, environment, randomness, terminal, uname.

use std::os::unix::ffi::OsStrExt;

use crate::builtins::bytes::new_bytes;
use crate::builtins::int::{as_int, new_int, IntRef};
use crate::builtins::singletons::{none, py_bool};
use crate::builtins::str::{as_str, new_str};
use crate::builtins::tuple::new_tuple;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::modules::args;
use crate::object::Value;

/// `getpid()`.
pub fn getpid(_vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::positional("getpid", a, kw, 0, 0)?;
    Ok(new_int(i64::from(std::process::id())))
}

/// `getppid()`.
pub fn getppid(_vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::positional("getppid", a, kw, 0, 0)?;
    Ok(new_int(i64::from(std::os::unix::process::parent_id())))
}

/// `getuid()`.
pub fn getuid(_vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::positional("getuid", a, kw, 0, 0)?;
    // SAFETY: getuid has no preconditions and cannot fail.
    Ok(new_int(i64::from(unsafe { libc::getuid() })))
}

/// `getgid()`.
pub fn getgid(_vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::positional("getgid", a, kw, 0, 0)?;
    // SAFETY: getgid has no preconditions and cannot fail.
    Ok(new_int(i64::from(unsafe { libc::getgid() })))
}

/// `cpu_count()`: the online processors, or None when unknown.
pub fn cpu_count(_vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::positional("cpu_count", a, kw, 0, 0)?;
    // SAFETY: sysconf only reads a configuration value.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n >= 1 { new_int(n as i64) } else { none() })
}

fn size_arg(v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(i),
        Some(IntRef::Big(_)) => Err(PyErr::overflow_error(
            "Python int too large to convert to C ssize_t",
        )),
        None => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.ty().body.name
        ))),
    }
}

/// `urandom(size)`: bytes from the kernel's random source.
pub fn urandom(_vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = args::positional("urandom", a, kw, 1, 1)?;
    let n = size_arg(&p[0])?;
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let mut filled = 0;
    while filled < buf.len() {
        // SAFETY: the pointer and length describe the unfilled tail of buf.
        let r =
            unsafe { libc::getrandom(buf[filled..].as_mut_ptr().cast(), buf.len() - filled, 0) };
        if r < 0 {
            let e = crate::builtins::io::errno::errno();
            if e == libc::EINTR {
                crate::thread::sigint::check_interrupt()?;
                continue;
            }
            return Err(crate::builtins::io::errno::from_errno(e, None));
        }
        filled += r as usize;
    }
    Ok(new_bytes(buf))
}

/// `strerror(code)`.
pub fn strerror(_vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = args::positional("strerror", a, kw, 1, 1)?;
    let n = size_arg(&p[0])?;
    Ok(new_str(&crate::builtins::io::errno::strerror(n as i32)))
}

/// `_environ()`: the process environment as a list of `(key, value)` str pairs.
pub fn environ(_vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::positional("_environ", a, kw, 0, 0)?;
    let pairs = std::env::vars_os()
        .map(|(k, v)| {
            new_tuple(vec![
                new_str(&k.to_string_lossy()),
                new_str(&v.to_string_lossy()),
            ])
        })
        .collect();
    Ok(crate::builtins::list::new_list(pairs))
}

fn env_str<'a>(func: &str, what: &str, v: &'a Value) -> PyResult<&'a str> {
    let s = as_str(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "{func}() argument {what} must be str, not {}",
            v.ty().body.name
        ))
    })?;
    if s.contains('\0') {
        return Err(PyErr::value_error("embedded null byte"));
    }
    Ok(s)
}

/// `putenv(key, value)`.
pub fn putenv(_vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = args::positional("putenv", a, kw, 2, 2)?;
    let k = env_str("putenv", "1", &p[0])?;
    let v = env_str("putenv", "2", &p[1])?;
    if k.is_empty() || k.contains('=') {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    std::env::set_var(k, v);
    Ok(none())
}

/// `unsetenv(key)`.
pub fn unsetenv(_vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = args::positional("unsetenv", a, kw, 1, 1)?;
    let k = env_str("unsetenv", "1", &p[0])?;
    if k.is_empty() || k.contains('=') {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    std::env::remove_var(k);
    Ok(none())
}

/// `_terminal_size(fd)`: `(columns, lines)` of the terminal on `fd`.
pub fn terminal_size(_vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = args::positional("get_terminal_size", a, kw, 1, 1)?;
    let fd = size_arg(&p[0])? as i32;
    // SAFETY: plain old data.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one winsize through a valid, exclusive pointer.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } != 0 {
        return Err(crate::builtins::io::errno::last_os_error(None));
    }
    Ok(new_tuple(vec![
        new_int(i64::from(ws.ws_col)),
        new_int(i64::from(ws.ws_row)),
    ]))
}

/// `_uname()`: `(sysname, nodename, release, version, machine)`.
pub fn uname(_vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::positional("uname", a, kw, 0, 0)?;
    // SAFETY: plain old data.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: uname fills one utsname through a valid, exclusive pointer.
    if unsafe { libc::uname(&mut u) } != 0 {
        return Err(crate::builtins::io::errno::last_os_error(None));
    }
    let field = |f: &[libc::c_char]| {
        let bytes: Vec<u8> = f
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        new_str(&std::ffi::OsStr::from_bytes(&bytes).to_string_lossy())
    };
    Ok(new_tuple(vec![
        field(&u.sysname),
        field(&u.nodename),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ]))
}

/// `isatty(fd)`.
pub fn isatty(_vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = args::positional("isatty", a, kw, 1, 1)?;
    let fd = size_arg(&p[0])? as i32;
    // SAFETY: isatty only queries the descriptor.
    Ok(py_bool(unsafe { libc::isatty(fd) } == 1))
}

/// `umask(mask)`: sets the mask, returns the previous one.
pub fn umask(_vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = args::positional("umask", a, kw, 1, 1)?;
    let m = size_arg(&p[0])?;
    // SAFETY: umask has no preconditions.
    Ok(new_int(i64::from(unsafe {
        libc::umask(m as libc::mode_t)
    })))
}

/// `_exit(n)`: ends the process at once, without cleanup or flushing.
pub fn exit(_vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = args::positional("_exit", a, kw, 1, 1)?;
    let n = size_arg(&p[0])?;
    // SAFETY: _exit ends the process; nothing runs after it.
    unsafe { libc::_exit(n as i32) }
}

/// `confstr(name)`: a configuration string (`CS_GNU_LIBC_VERSION` -> `glibc 2.36`), by
/// number or by a name of `confstr_names`; None when the value is not defined.
pub fn confstr(_vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = args::positional("confstr", a, kw, 1, 1)?;
    let code = if let Some(name) = as_str(&p[0]) {
        CONFSTR_NAMES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, c)| *c)
            .ok_or_else(|| PyErr::value_error("unrecognized configuration name"))?
    } else if as_int(&p[0]).is_some() {
        size_arg(&p[0])? as i32
    } else {
        return Err(PyErr::type_error(format!(
            "configuration names must be strings or integers, not {}",
            p[0].ty().body.name
        )));
    };
    // SAFETY: a zero-length query writes nothing and returns the needed size.
    let needed = unsafe { libc::confstr(code, std::ptr::null_mut(), 0) };
    if needed == 0 {
        let e = crate::builtins::io::errno::errno();
        if e != 0 {
            return Err(crate::builtins::io::errno::from_errno(e, None));
        }
        return Ok(none());
    }
    let mut buf = vec![0u8; needed];
    // SAFETY: buf is writable for `needed` bytes, which includes the NUL.
    unsafe { libc::confstr(code, buf.as_mut_ptr().cast(), needed) };
    buf.truncate(needed - 1);
    Ok(new_str(&String::from_utf8_lossy(&buf)))
}

/// The `confstr` names glibc defines that scripts ask for.
pub const CONFSTR_NAMES: &[(&str, i32)] = &[
    ("CS_PATH", 0),
    ("CS_GNU_LIBC_VERSION", 2),
    ("CS_GNU_LIBPTHREAD_VERSION", 3),
];
