//! File objects returned by `open()` (text and binary).
//!
//! The object keeps the file's content in memory with a position: reading modes load
//! the file at open, writes go to the buffer and reach the disk on `flush()`/`close()`
//! (and when the object is freed). This gives exact `seek`/`tell`/`read(n)` semantics
//! for the scripts braid targets; a streaming implementation belongs in the `io`
//! module. Text mode decodes UTF-8 and, with the default `newline=None`, translates
//! `\r\n` and `\r` to `\n` on reading.


use crate::builtin_type;
use crate::builtins::bytes::{as_bytes, new_bytes};
use crate::builtins::int::{index_i64, new_int};
use crate::builtins::singletons::{is_none, none, py_bool};
use crate::builtins::str::{as_str, new_str, new_str_owned};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{Kind, MethodDef, Slots, Value};

/// State of an open file.
pub struct FileData {
    name: String,
    mode: String,
    binary: bool,
    readable: bool,
    writable: bool,
    inner: crate::object::Locked<FileState>,
}

struct FileState {
    buf: Vec<u8>,
    pos: usize,
    dirty: bool,
    closed: bool,
}

builtin_type!(
    FILE_TYPE,
    "TextIOWrapper",
    Kind::Object,
    FileData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots { repr: Some(file_repr), getattr: Some(file_getattr), iter: Some(file_iter), next: Some(file_next), ..Slots::EMPTY },
    &[
        MethodDef::method("read", file_read),
        MethodDef::method("readline", file_readline),
        MethodDef::method("readlines", file_readlines),
        MethodDef::method("write", file_write),
        MethodDef::method("writelines", file_writelines),
        MethodDef::method("close", file_close),
        MethodDef::method("flush", file_flush),
        MethodDef::method("seek", file_seek),
        MethodDef::method("tell", file_tell),
        MethodDef::method("readable", file_readable),
        MethodDef::method("writable", file_writable),
        MethodDef::method("__enter__", file_enter),
        MethodDef::method("__exit__", file_exit),
    ]
);

impl Drop for FileData {
    fn drop(&mut self) {
        let state = self.inner.get_mut();
        if !state.closed && state.dirty {
            let _ = std::fs::write(&self.name, &state.buf);
        }
    }
}

fn os_error(e: &std::io::Error, path: &str) -> PyErr {
    use crate::builtins::exceptions as exc;
    let errno = e.raw_os_error().unwrap_or(0);
    let ty = match e.kind() {
        std::io::ErrorKind::NotFound => &exc::FILE_NOT_FOUND_ERROR,
        std::io::ErrorKind::PermissionDenied => &exc::PERMISSION_ERROR,
        std::io::ErrorKind::AlreadyExists => &exc::FILE_EXISTS_ERROR,
        _ if errno == 21 => &exc::IS_A_DIRECTORY_ERROR,
        _ if errno == 20 => &exc::NOT_A_DIRECTORY_ERROR,
        _ => &exc::OS_ERROR,
    };
    let text = e.to_string();
    let text = text.split(" (os error").next().unwrap_or(&text).to_string();
    crate::builtins::exceptions::os_error_with(ty, errno, &text, Some(path))
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)`.
pub fn builtin_open(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    let mut path_v = args.first().filter(|_| npos > 0);
    let mut mode_v = args.get(1).filter(|_| npos > 1);
    let mut newline_v: Option<&Value> = args.get(5).filter(|_| npos > 5);
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        match as_str(k) {
            Some("file") => path_v = Some(v),
            Some("mode") => mode_v = Some(v),
            Some("newline") => newline_v = Some(v),
            Some("encoding" | "errors" | "buffering" | "closefd" | "opener") => {}
            Some(other) => return Err(PyErr::type_error(format!("open() got an unexpected keyword argument '{other}'"))),
            None => return Err(PyErr::type_error("keywords must be strings")),
        }
    }
    let path_v = path_v.ok_or_else(|| PyErr::type_error("open() missing required argument 'file' (pos 1)"))?;
    let path = as_str(path_v)
        .ok_or_else(|| PyErr::type_error(format!("expected str, bytes or os.PathLike object, not {}", path_v.ty().body.name)))?
        .to_string();
    let mode = mode_v.and_then(as_str).unwrap_or("r").to_string();
    let binary = mode.contains('b');
    let plus = mode.contains('+');
    let kind = mode.chars().find(|c| matches!(c, 'r' | 'w' | 'a' | 'x')).unwrap_or('r');
    if mode.chars().any(|c| !"rwaxbt+".contains(c)) {
        return Err(PyErr::value_error(format!("invalid mode: '{mode}'")));
    }
    if mode.matches(['r', 'w', 'a', 'x']).count() != 1 {
        return Err(PyErr::value_error("must have exactly one of create/read/write/append mode"));
    }
    let translate = !binary && newline_v.is_none_or(is_none);
    let load = |p: &str| -> PyResult<Vec<u8>> {
        let data = std::fs::read(p).map_err(|e| os_error(&e, p))?;
        Ok(if translate { translate_newlines(data) } else { data })
    };
    let (buf, pos, dirty) = match kind {
        'r' => (load(&path)?, 0, false),
        'w' => {
            std::fs::write(&path, b"").map_err(|e| os_error(&e, &path))?;
            (Vec::new(), 0, false)
        }
        'a' => {
            let data = if std::path::Path::new(&path).exists() { load(&path)? } else { Vec::new() };
            std::fs::OpenOptions::new().append(true).create(true).open(&path).map_err(|e| os_error(&e, &path))?;
            let n = data.len();
            (data, n, false)
        }
        _ => {
            std::fs::OpenOptions::new().write(true).create_new(true).open(&path).map_err(|e| os_error(&e, &path))?;
            (Vec::new(), 0, false)
        }
    };
    if std::path::Path::new(&path).is_dir() {
        return Err(os_error(&std::io::Error::from_raw_os_error(21), &path));
    }
    Ok(crate::object::alloc(
        &FILE_TYPE,
        FileData {
            name: path,
            mode,
            binary,
            readable: kind == 'r' || plus,
            writable: kind != 'r' || plus,
            inner: crate::object::Locked::new(FileState { buf, pos, dirty, closed: false }),
        },
    ))
}

fn translate_newlines(data: Vec<u8>) -> Vec<u8> {
    if !data.contains(&b'\r') {
        return data;
    }
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i] == b'\r' {
            out.push(b'\n');
            if data.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        } else {
            out.push(data[i]);
        }
        i += 1;
    }
    out
}

/// A file object: its value (which owns the lock of the mutable state) and its body.
#[derive(Clone, Copy)]
struct File<'a> {
    obj: &'a Value,
    data: &'a FileData,
}

impl std::ops::Deref for File<'_> {
    type Target = FileData;
    fn deref(&self) -> &FileData {
        self.data
    }
}

impl<'a> File<'a> {
    /// The buffer and position, under the file object's lock (no Python code runs
    /// while it is held).
    fn state(&self) -> crate::object::Guard<'a, FileState> {
        self.data.inner.lock(self.obj)
    }
}

fn file_of(v: &Value) -> PyResult<File<'_>> {
    if std::ptr::eq(v.ty(), &FILE_TYPE) {
        // SAFETY: objects of FILE_TYPE are Obj<FileData>.
        Ok(File { obj: v, data: unsafe { v.body_unchecked::<FileData>() } })
    } else {
        Err(PyErr::type_error("expected a file object"))
    }
}

fn check_open(f: File<'_>) -> PyResult<()> {
    if f.state().closed {
        return Err(PyErr::value_error("I/O operation on closed file."));
    }
    Ok(())
}

fn unsupported(what: &str) -> PyErr {
    PyErr::new(&crate::builtins::exceptions::OS_ERROR, what.to_string())
}

fn make_result(f: File<'_>, bytes: &[u8]) -> Value {
    if f.binary {
        new_bytes(bytes.to_vec())
    } else {
        new_str_owned(String::from_utf8_lossy(bytes).into_owned().into())
    }
}

fn file_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = file_of(v)?;
    Ok(new_str(&if f.binary {
        format!("<_io.BufferedReader name={}>", crate::builtins::str::repr_str(&f.name))
    } else {
        format!("<_io.TextIOWrapper name={} mode='{}' encoding='UTF-8'>", crate::builtins::str::repr_str(&f.name), f.mode)
    }))
}

fn file_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let f = file_of(v)?;
    Ok(match name {
        "name" => Some(new_str(&f.name)),
        "mode" => Some(new_str(&f.mode)),
        "closed" => Some(py_bool(f.state().closed)),
        "encoding" if !f.binary => Some(new_str("UTF-8")),
        _ => None,
    })
}

fn file_read(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file_of(&args[0])?;
    check_open(f)?;
    if !f.readable {
        return Err(unsupported("not readable"));
    }
    let n = match args.get(1) {
        Some(v) if !is_none(v) => index_i64(v)?,
        _ => -1,
    };
    let mut st = f.state();
    let start = st.pos.min(st.buf.len());
    let end = if n < 0 {
        st.buf.len()
    } else if f.binary {
        (start + n as usize).min(st.buf.len())
    } else {
        // n characters of UTF-8.
        let rest = &st.buf[start..];
        let mut count = 0;
        let mut off = 0;
        while off < rest.len() && count < n as usize {
            let b = rest[off];
            off += if b < 0x80 { 1 } else if b >= 0xF0 { 4 } else if b >= 0xE0 { 3 } else { 2 };
            count += 1;
        }
        start + off.min(rest.len())
    };
    let out = make_result(f, &st.buf[start..end]);
    st.pos = end;
    Ok(out)
}

fn read_line(f: File<'_>) -> Option<Vec<u8>> {
    let mut st = f.state();
    let start = st.pos.min(st.buf.len());
    if start >= st.buf.len() {
        return None;
    }
    let end = st.buf[start..].iter().position(|&b| b == b'\n').map_or(st.buf.len(), |i| start + i + 1);
    st.pos = end;
    Some(st.buf[start..end].to_vec())
}

fn file_readline(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file_of(&args[0])?;
    check_open(f)?;
    Ok(make_result(f, &read_line(f).unwrap_or_default()))
}

fn file_readlines(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file_of(&args[0])?;
    check_open(f)?;
    let mut out = Vec::new();
    while let Some(line) = read_line(f) {
        out.push(make_result(f, &line));
    }
    Ok(crate::builtins::list::new_list(out))
}

fn write_bytes(f: File<'_>, data: &[u8]) {
    let mut st = f.state();
    let pos = st.pos.min(st.buf.len());
    let end = pos + data.len();
    if end > st.buf.len() {
        st.buf.resize(end, 0);
    }
    st.buf[pos..end].copy_from_slice(data);
    st.pos = end;
    st.dirty = true;
}

fn file_write(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file_of(&args[0])?;
    check_open(f)?;
    if !f.writable {
        return Err(unsupported("not writable"));
    }
    let v = args.get(1).ok_or_else(|| PyErr::type_error("write() takes exactly one argument (0 given)"))?;
    if f.binary {
        let b = as_bytes(v).ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", v.ty().body.name)))?;
        write_bytes(f, b);
        return Ok(new_int(b.len() as i64));
    }
    let s = as_str(v).ok_or_else(|| PyErr::type_error(format!("write() argument must be str, not {}", v.ty().body.name)))?;
    if let Some(d) = crate::builtins::str::as_str_data(v).filter(|d| d.has_surrogates()) {
        // Text files are strict UTF-8: a lone surrogate raises UnicodeEncodeError.
        let cps: Vec<u32> = d.code_points().collect();
        crate::text::codecs::encode_code_points(&cps, crate::text::codecs::Codec::Utf8, "strict")?;
    }
    write_bytes(f, s.as_bytes());
    Ok(new_int(s.chars().count() as i64))
}

fn file_writelines(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let lines = crate::ops::collect_iterable(vm, args.get(1).ok_or_else(|| PyErr::type_error("writelines() takes exactly one argument (0 given)"))?)?;
    for line in lines {
        file_write(vm, &[args[0].clone(), line], kw)?;
    }
    Ok(none())
}

fn flush(f: File<'_>) -> PyResult<()> {
    let mut st = f.state();
    if st.dirty {
        std::fs::write(&f.name, &st.buf).map_err(|e| os_error(&e, &f.name))?;
        st.dirty = false;
    }
    Ok(())
}

fn file_flush(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file_of(&args[0])?;
    check_open(f)?;
    flush(f)?;
    Ok(none())
}

fn file_close(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file_of(&args[0])?;
    if !f.state().closed {
        flush(f)?;
        f.state().closed = true;
    }
    Ok(none())
}

fn file_seek(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file_of(&args[0])?;
    check_open(f)?;
    let off = index_i64(args.get(1).ok_or_else(|| PyErr::type_error("seek() takes at least 1 argument (0 given)"))?)?;
    let whence = match args.get(2) {
        Some(w) => index_i64(w)?,
        None => 0,
    };
    let mut st = f.state();
    let base = match whence {
        0 => 0,
        1 => st.pos as i64,
        2 => st.buf.len() as i64,
        _ => return Err(PyErr::value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    let new = base + off;
    if new < 0 {
        return Err(PyErr::value_error(format!("negative seek position {new}")));
    }
    st.pos = new as usize;
    Ok(new_int(new))
}

fn file_tell(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file_of(&args[0])?;
    check_open(f)?;
    Ok(new_int(f.state().pos as i64))
}

fn file_readable(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file_of(&args[0])?;
    check_open(f)?;
    Ok(py_bool(f.readable))
}

fn file_writable(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file_of(&args[0])?;
    check_open(f)?;
    Ok(py_bool(f.writable))
}

fn file_enter(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_open(file_of(&args[0])?)?;
    Ok(args[0].clone())
}

fn file_exit(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    file_close(vm, &args[..1], kw)?;
    Ok(py_bool(false))
}

fn file_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    check_open(file_of(v)?)?;
    Ok(v.clone())
}

fn file_next(_vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let f = file_of(v)?;
    check_open(f)?;
    Ok(read_line(f).map(|l| make_result(f, &l)))
}
