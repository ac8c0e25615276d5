//! `_io.FileIO`: the raw layer, one object per file descriptor. Every operation is
//! one system call (retried on `EINTR`), so a read returns what the descriptor has
//! (a pipe's available bytes, a terminal's line) and never waits for more; the
//! buffered layer above decides how much to ask for.
//!
//! The descriptor is an atomic so the buffered layer and the at-exit flush can read it
//! without a lock; `-1` means closed.

use std::sync::atomic::{AtomicI32, AtomicI8, Ordering};
use std::sync::Arc;

use super::errno::{errno, last_os_error};
use super::{closed_file, unsupported};
use crate::builtin_type;
use crate::builtins::bytes::{as_bytes, new_bytes};
use crate::builtins::int::{index_i64, new_int};
use crate::builtins::singletons::{is_none, none, py_bool};
use crate::builtins::str::{as_str, new_str, repr_str};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::thread::signals::retry_interrupted;
use crate::object::{Kind, MethodDef, Slots, Value};

/// A raw file.
pub struct RawData {
    fd: Arc<AtomicI32>,
    /// `-1` unknown, `0` no, `1` yes.
    seekable: AtomicI8,
    /// The `name` attribute: the path as given, or the descriptor number.
    pub name: Value,
    /// Opened for reading.
    pub readable: bool,
    /// Opened for writing.
    pub writable: bool,
    appending: bool,
    created: bool,
    closefd: bool,
}

builtin_type!(
    FILEIO_TYPE,
    "_io.FileIO",
    Kind::Object,
    RawData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(raw_repr),
        getattr: Some(raw_getattr),
        iter: Some(super::iter_self),
        next: Some(raw_next),
        new: Some(raw_new),
        ..Slots::EMPTY
    },
    &[
        MethodDef::method("read", raw_read),
        MethodDef::method("readall", raw_readall),
        MethodDef::method("readline", raw_readline),
        MethodDef::method("readlines", raw_readlines),
        MethodDef::method("write", raw_write),
        MethodDef::method("seek", raw_seek),
        MethodDef::method("tell", raw_tell),
        MethodDef::method("truncate", raw_truncate),
        MethodDef::method("close", raw_close),
        MethodDef::method("flush", raw_flush),
        MethodDef::method("fileno", raw_fileno),
        MethodDef::method("isatty", raw_isatty),
        MethodDef::method("readable", raw_readable),
        MethodDef::method("writable", raw_writable),
        MethodDef::method("seekable", raw_seekable),
        MethodDef::method("__enter__", super::enter),
        MethodDef::method("__exit__", super::exit_closes),
    ]
);

impl Drop for RawData {
    fn drop(&mut self) {
        let fd = self.fd.load(Ordering::Acquire);
        if fd >= 0 && self.closefd {
            // SAFETY: the descriptor is owned by this object and closed once.
            unsafe { libc::close(fd) };
        }
    }
}

/// How a file is opened, parsed from a mode string.
#[derive(Clone, Copy, Debug, Default)]
pub struct OpenFlags {
    /// One of `r`, `w`, `a`, `x`.
    pub kind: char,
    /// `+`.
    pub plus: bool,
}

impl OpenFlags {
    fn libc_flags(self) -> libc::c_int {
        let access = if self.plus {
            libc::O_RDWR
        } else if self.kind == 'r' {
            libc::O_RDONLY
        } else {
            libc::O_WRONLY
        };
        let extra = match self.kind {
            'w' => libc::O_CREAT | libc::O_TRUNC,
            'a' => libc::O_CREAT | libc::O_APPEND,
            'x' => libc::O_CREAT | libc::O_EXCL,
            _ => 0,
        };
        access | extra | libc::O_CLOEXEC
    }
}

/// The path of `file` for the error messages (`filename` attribute), if it is one.
fn path_text(file: &Value) -> Option<String> {
    if let Some(s) = as_str(file) {
        return Some(s.to_string());
    }
    as_bytes(file).map(|b| String::from_utf8_lossy(b).into_owned())
}

/// Opens `file` (a path or a descriptor) as a raw file object.
pub fn open_raw(file: &Value, flags: OpenFlags, closefd: bool) -> PyResult<Value> {
    let (fd, owned_name) = if let Some(n) =
        crate::builtins::int::as_int(file).and_then(|i| i.to_i64())
    {
        if n < 0 {
            return Err(PyErr::value_error("negative file descriptor"));
        }
        (n as i32, false)
    } else {
        if !closefd {
            return Err(PyErr::value_error(
                "Cannot use closefd=False with file name",
            ));
        }
        let path = match (as_str(file), as_bytes(file)) {
            (Some(s), _) => s.as_bytes().to_vec(),
            (None, Some(b)) => b.to_vec(),
            _ => {
                return Err(PyErr::type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    file.ty().body.name
                )))
            }
        };
        if path.contains(&0) {
            return Err(PyErr::value_error("embedded null byte"));
        }
        let c =
            std::ffi::CString::new(path).map_err(|_| PyErr::value_error("embedded null byte"))?;
        let fd = loop {
            // SAFETY: c is a NUL-terminated path; the flags and mode are plain integers.
            let fd = unsafe { libc::open(c.as_ptr(), flags.libc_flags(), 0o666 as libc::c_uint) };
            if fd >= 0 || errno() != libc::EINTR {
                break fd;
            }
        };
        if fd < 0 {
            return Err(last_os_error(path_text(file).as_deref()));
        }
        (fd, true)
    };
    // A directory opens for reading on Linux; CPython refuses it.
    // SAFETY: st is plain old data filled by fstat.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: fd is an open descriptor and st is writable.
    if unsafe { libc::fstat(fd, &mut st) } == 0 && (st.st_mode & libc::S_IFMT) == libc::S_IFDIR {
        if owned_name {
            // SAFETY: fd was opened above and is not used again.
            unsafe { libc::close(fd) };
        }
        return Err(super::errno::from_errno(
            libc::EISDIR,
            path_text(file).as_deref(),
        ));
    }
    if flags.kind == 'a' {
        // SAFETY: plain lseek on an open descriptor; failure (a pipe) is ignored as CPython does.
        unsafe { libc::lseek(fd, 0, libc::SEEK_END) };
    }
    Ok(crate::object::alloc(
        &FILEIO_TYPE,
        RawData {
            fd: Arc::new(AtomicI32::new(fd)),
            seekable: AtomicI8::new(-1),
            name: file.clone(),
            readable: flags.kind == 'r' || flags.plus,
            writable: flags.kind != 'r' || flags.plus,
            appending: flags.kind == 'a',
            created: flags.kind == 'x',
            closefd,
        },
    ))
}

/// A raw file over an inherited descriptor that is not closed with it (the standard
/// streams: `name` is `<stdin>`, `<stdout>`, `<stderr>`).
pub fn raw_from_fd(fd: i32, name: &str, writable: bool) -> Value {
    crate::object::alloc(
        &FILEIO_TYPE,
        RawData {
            fd: Arc::new(AtomicI32::new(fd)),
            seekable: AtomicI8::new(-1),
            name: new_str(name),
            readable: !writable,
            writable,
            appending: false,
            created: false,
            closefd: false,
        },
    )
}

/// The raw body of `v`, if it is a FileIO.
pub fn as_raw(v: &Value) -> Option<&RawData> {
    if std::ptr::eq(v.ty(), &FILEIO_TYPE) {
        // SAFETY: objects of FILEIO_TYPE are Obj<RawData>.
        Some(unsafe { v.body_unchecked::<RawData>() })
    } else {
        None
    }
}

fn raw_of(v: &Value) -> PyResult<&RawData> {
    as_raw(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor requires a '_io.FileIO' object but received a '{}'",
            v.ty().body.name
        ))
    })
}

impl RawData {
    /// The descriptor, or -1 once closed.
    pub fn fd(&self) -> i32 {
        self.fd.load(Ordering::Acquire)
    }

    /// The descriptor cell, shared with the buffered layer above.
    pub fn fd_cell(&self) -> Arc<AtomicI32> {
        self.fd.clone()
    }

    /// The descriptor of an open file (ValueError once closed).
    pub fn open_fd(&self) -> PyResult<i32> {
        let fd = self.fd();
        if fd < 0 {
            return Err(PyErr::value_error("I/O operation on closed file"));
        }
        Ok(fd)
    }

    /// The mode as CPython's FileIO reports it (`rb`, `wb`, `ab+`, `xb`, `rb+`).
    pub fn mode(&self) -> &'static str {
        match (self.created, self.appending, self.readable, self.writable) {
            (true, _, true, _) => "xb+",
            (true, ..) => "xb",
            (_, true, true, _) => "ab+",
            (_, true, ..) => "ab",
            (_, _, true, true) => "rb+",
            (_, _, true, false) => "rb",
            _ => "wb",
        }
    }

    /// Whether the descriptor can seek (asked once).
    pub fn is_seekable(&self) -> bool {
        match self.seekable.load(Ordering::Relaxed) {
            -1 => {
                // SAFETY: lseek on an open (or invalid, then it fails) descriptor.
                let ok = unsafe { libc::lseek(self.fd(), 0, libc::SEEK_CUR) } >= 0;
                self.seekable.store(i8::from(ok), Ordering::Relaxed);
                ok
            }
            n => n == 1,
        }
    }

    /// Closes the descriptor (if this object owns it).
    pub fn close(&self) -> PyResult<()> {
        let fd = self.fd.swap(-1, Ordering::AcqRel);
        // SAFETY: the descriptor is owned by this object and closed once (the swap above).
        if fd >= 0 && self.closefd && unsafe { libc::close(fd) } != 0 {
            let e = errno();
            if e != libc::EINTR {
                return Err(super::errno::from_errno(e, None));
            }
        }
        Ok(())
    }
}

/// One `read(2)` into `buf`, retried on EINTR (a Ctrl-C raises `KeyboardInterrupt`
/// instead); 0 at end of file.
pub fn sys_read(fd: i32, buf: &mut [u8]) -> PyResult<usize> {
    crate::thread::sigint::check_interrupt()?;
    loop {
        // SAFETY: buf is writable for its length.
        let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        if n >= 0 {
            return Ok(n as usize);
        }
        let e = errno();
        if e != libc::EINTR {
            return Err(super::errno::from_errno(e, None));
        }
        crate::thread::sigint::check_blocking()?;
    }
}

/// One `write(2)` of `buf`, retried on EINTR (a Ctrl-C raises `KeyboardInterrupt`
/// instead); returns how much was written.
pub fn sys_write(fd: i32, buf: &[u8]) -> PyResult<usize> {
    loop {
        // SAFETY: buf is readable for its length.
        let n = unsafe { libc::write(fd, buf.as_ptr().cast(), buf.len()) };
        if n >= 0 {
            return Ok(n as usize);
        }
        let e = errno();
        if e != libc::EINTR {
            return Err(super::errno::from_errno(e, None));
        }
        crate::thread::sigint::check_interrupt()?;
    }
}

/// Writes all of `buf`.
pub fn sys_write_all(fd: i32, mut buf: &[u8]) -> PyResult<()> {
    while !buf.is_empty() {
        let n = sys_write(fd, buf)?;
        buf = &buf[n..];
    }
    Ok(())
}

/// `lseek(2)`.
pub fn sys_seek(fd: i32, pos: i64, whence: i32) -> PyResult<i64> {
    // SAFETY: plain lseek on a descriptor.
    let r = unsafe { libc::lseek(fd, pos, whence) };
    if r < 0 {
        return Err(super::errno::last_os_error(None));
    }
    Ok(r)
}

/// `ftruncate(2)`.
pub fn sys_truncate(fd: i32, size: i64) -> PyResult<()> {
    // SAFETY: plain ftruncate on a descriptor.
    if unsafe { libc::ftruncate(fd, size) } != 0 {
        return Err(super::errno::last_os_error(None));
    }
    Ok(())
}

/// Reads to end of file.
pub fn sys_read_all(fd: i32) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    sys_read_all_into(fd, &mut out)?;
    Ok(out)
}

/// Reads to end of file, appending to `out`; on an error, what was read stays in `out`
/// (so a read interrupted by a signal can resume, PEP 475).
pub fn sys_read_all_into(fd: i32, out: &mut Vec<u8>) -> PyResult<()> {
    let mut chunk = super::DEFAULT_BUFFER_SIZE;
    loop {
        let len = out.len();
        out.resize(len + chunk, 0);
        let n = sys_read(fd, &mut out[len..]);
        out.truncate(len + *n.as_ref().unwrap_or(&0));
        if n? == 0 {
            return Ok(());
        }
        chunk = (chunk * 2).min(1 << 20);
    }
}

/// Whether `fd` is a terminal.
pub fn sys_isatty(fd: i32) -> bool {
    // SAFETY: isatty only inspects the descriptor.
    unsafe { libc::isatty(fd) == 1 }
}

fn raw_new(
    _vm: &mut Vm,
    _ty: &'static crate::object::TypeObject,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = super::bind_args(
        "FileIO",
        args,
        kwnames,
        &["file", "mode", "closefd", "opener"],
        1,
    )?;
    let mode = match a[1] {
        Some(m) => as_str(m).ok_or_else(|| {
            PyErr::type_error(format!(
                "FileIO() argument 'mode' must be str, not {}",
                m.ty().body.name
            ))
        })?,
        None => "r",
    };
    let mut flags = OpenFlags::default();
    for c in mode.chars() {
        match c {
            'r' | 'w' | 'a' | 'x' if flags.kind == '\0' => flags.kind = c,
            'r' | 'w' | 'a' | 'x' => {
                return Err(PyErr::value_error(
                    "Must have exactly one of create/read/write/append mode and at most one plus",
                ))
            }
            '+' if !flags.plus => flags.plus = true,
            'b' => {}
            _ => return Err(PyErr::value_error(format!("invalid mode: {mode}"))),
        }
    }
    if flags.kind == '\0' {
        return Err(PyErr::value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    let closefd = a[2].is_none_or(|v| crate::builtins::singletons::as_bool(v) != Some(false));
    open_raw(a[0].expect("bound"), flags, closefd)
}

fn raw_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let r = raw_of(v)?;
    if r.fd() < 0 {
        return Ok(new_str("<_io.FileIO [closed]>"));
    }
    let name = crate::ops::repr_string(vm, &r.name)?;
    let closefd = if r.closefd { "True" } else { "False" };
    Ok(new_str(&format!(
        "<_io.FileIO name={name} mode='{}' closefd={closefd}>",
        r.mode()
    )))
}

fn raw_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let r = raw_of(v)?;
    Ok(match name {
        "name" => Some(r.name.clone()),
        "mode" => Some(new_str(r.mode())),
        "closed" => Some(py_bool(r.fd() < 0)),
        "closefd" => Some(py_bool(r.closefd)),
        _ => None,
    })
}

fn size_arg(v: Option<&Value>) -> PyResult<i64> {
    match v {
        Some(v) if !is_none(v) => index_i64(v),
        _ => Ok(-1),
    }
}

fn readable_fd(r: &RawData) -> PyResult<i32> {
    let fd = r.open_fd()?;
    if !r.readable {
        return Err(unsupported("File not open for reading"));
    }
    Ok(fd)
}

fn raw_read(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = raw_of(&args[0])?;
    let fd = readable_fd(r)?;
    let n = size_arg(args.get(1))?;
    if n < 0 {
        return raw_read_all(vm, fd);
    }
    let mut buf = vec![0u8; n as usize];
    let got = retry_interrupted(vm, |_| sys_read(fd, &mut buf))?;
    buf.truncate(got);
    Ok(new_bytes(buf))
}

fn raw_readall(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = raw_of(&args[0])?;
    raw_read_all(vm, readable_fd(r)?)
}

fn raw_read_all(vm: &mut Vm, fd: i32) -> PyResult<Value> {
    let mut out = Vec::new();
    retry_interrupted(vm, |_| sys_read_all_into(fd, &mut out))?;
    Ok(new_bytes(out))
}

/// A line read one byte at a time (the raw layer has no buffer to look ahead in).
fn raw_line(vm: &mut Vm, fd: i32, limit: i64) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let mut b = [0u8; 1];
    while limit < 0 || (out.len() as i64) < limit {
        if retry_interrupted(vm, |_| sys_read(fd, &mut b))? != 1 {
            break;
        }
        out.push(b[0]);
        if b[0] == b'\n' {
            break;
        }
    }
    Ok(out)
}

fn raw_readline(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = raw_of(&args[0])?;
    let fd = readable_fd(r)?;
    Ok(new_bytes(raw_line(vm, fd, size_arg(args.get(1))?)?))
}

fn raw_readlines(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = raw_of(&args[0])?;
    let fd = readable_fd(r)?;
    let mut out = Vec::new();
    loop {
        let l = raw_line(vm, fd, -1)?;
        if l.is_empty() {
            break;
        }
        out.push(new_bytes(l));
    }
    Ok(crate::builtins::list::new_list(out))
}

fn raw_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let r = raw_of(v)?;
    let fd = readable_fd(r)?;
    let l = raw_line(vm, fd, -1)?;
    Ok((!l.is_empty()).then(|| new_bytes(l)))
}

fn raw_write(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = raw_of(&args[0])?;
    let fd = r.open_fd()?;
    if !r.writable {
        return Err(unsupported("File not open for writing"));
    }
    let data = args
        .get(1)
        .ok_or_else(|| PyErr::type_error("write() takes exactly one argument (0 given)"))?;
    let b = super::bytes_like(data)?;
    Ok(new_int(sys_write(fd, &b)? as i64))
}

fn raw_seek(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = raw_of(&args[0])?;
    let fd = r.open_fd()?;
    let pos = index_i64(
        args.get(1)
            .ok_or_else(|| PyErr::type_error("seek() takes at least 1 argument (0 given)"))?,
    )?;
    let whence = args.get(2).map_or(Ok(0), index_i64)?;
    Ok(new_int(sys_seek(fd, pos, whence as i32)?))
}

fn raw_tell(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = raw_of(&args[0])?;
    Ok(new_int(sys_seek(r.open_fd()?, 0, libc::SEEK_CUR)?))
}

fn raw_truncate(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = raw_of(&args[0])?;
    let fd = r.open_fd()?;
    if !r.writable {
        return Err(unsupported("File not open for writing"));
    }
    let size = match args.get(1) {
        Some(v) if !is_none(v) => index_i64(v)?,
        _ => sys_seek(fd, 0, libc::SEEK_CUR)?,
    };
    sys_truncate(fd, size)?;
    Ok(new_int(size))
}

fn raw_close(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    raw_of(&args[0])?.close()?;
    Ok(none())
}

fn raw_flush(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if raw_of(&args[0])?.fd() < 0 {
        return Err(closed_file());
    }
    Ok(none())
}

fn raw_fileno(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(i64::from(raw_of(&args[0])?.open_fd()?)))
}

fn raw_isatty(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(py_bool(sys_isatty(raw_of(&args[0])?.open_fd()?)))
}

fn raw_readable(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = raw_of(&args[0])?;
    r.open_fd()?;
    Ok(py_bool(r.readable))
}

fn raw_writable(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = raw_of(&args[0])?;
    r.open_fd()?;
    Ok(py_bool(r.writable))
}

fn raw_seekable(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = raw_of(&args[0])?;
    r.open_fd()?;
    Ok(py_bool(r.is_seekable()))
}

/// `repr` of a file's name for the wrappers' reprs.
pub fn name_repr(vm: &mut Vm, name: &Value) -> PyResult<String> {
    if let Some(s) = as_str(name) {
        return Ok(repr_str(s));
    }
    crate::ops::repr_string(vm, name)
}
