//! `_io.BufferedReader`, `BufferedWriter`, `BufferedRandom`: a bounded buffer
//! (`buffer_size`, 8192 by default) over a raw `FileIO`.
//!
//! Reads ask the descriptor for at most one buffer's worth at a time and stop as soon as
//! they have what was asked (a line, `n` bytes), so pipes, FIFOs, terminals and
//! character devices work. Writes collect in the buffer and go to the descriptor when
//! it fills, on `flush`/`close`/`seek`, when the object is freed, and at interpreter exit:
//! the buffer state is shared with a process-wide registry ([`flush_all`]) so that no
//! exit path (normal end, `sys.exit`, an uncaught exception) loses written data, whether
//! or not the object is ever freed.

use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, Weak};

use super::raw::{as_raw, sys_read, sys_seek, sys_truncate, sys_write_all};
use crate::thread::signals::retry_interrupted;
use super::{bytes_like, unsupported};
use crate::builtin_type;
use crate::builtins::bytes::new_bytes;
use crate::builtins::int::{index_i64, new_int};
use crate::builtins::singletons::{is_none, none, py_bool};
use crate::builtins::str::new_str;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{Kind, MethodDef, Slots, TypeObject, Value};

/// Which of the three buffered classes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BufKind {
    /// `BufferedReader`.
    Reader,
    /// `BufferedWriter`.
    Writer,
    /// `BufferedRandom`.
    Random,
}

/// The mutable part, shared with the exit registry.
pub struct BufState {
    /// The raw file's descriptor cell (shared, so a raw file closed directly is seen).
    raw_fd: Arc<AtomicI32>,
    closed: bool,
    size: usize,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
    detached: bool,
    /// The repr of the outermost object over this buffer (the text wrapper, if any),
    /// for "Exception ignored in: ..." when a flush without a caller fails.
    owner: String,
}

impl BufState {
    /// The descriptor; -1 once this object or its raw file is closed or detached.
    fn fd(&self) -> i32 {
        if self.closed || self.detached {
            -1
        } else {
            self.raw_fd.load(Ordering::Acquire)
        }
    }

    fn unread(&self) -> usize {
        self.rbuf.len() - self.rpos
    }

    /// Writes out the write buffer. On failure the data stays buffered (a later flush
    /// tries again), as CPython's BufferedWriter keeps it.
    fn flush_writes(&mut self) -> PyResult<()> {
        if !self.wbuf.is_empty() && self.fd() >= 0 {
            let data = std::mem::take(&mut self.wbuf);
            let r = sys_write_all(self.fd(), &data);
            if r.is_err() {
                self.wbuf = data;
            }
            r?;
        }
        Ok(())
    }

    /// Drops read-ahead, moving the descriptor back to the logical position.
    fn drop_read_ahead(&mut self) -> PyResult<()> {
        let unread = self.unread();
        if unread > 0 {
            sys_seek(self.fd(), -(unread as i64), libc::SEEK_CUR)?;
        }
        self.rbuf.clear();
        self.rpos = 0;
        Ok(())
    }

    /// Reads once from the descriptor into the read buffer; false at end of file.
    fn fill(&mut self) -> PyResult<bool> {
        self.fill_by(self.size)
    }

    /// Reads once, up to `chunk` bytes, into the read buffer; false at end of file.
    fn fill_by(&mut self, chunk: usize) -> PyResult<bool> {
        if self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
        let len = self.rbuf.len();
        self.rbuf.resize(len + chunk, 0);
        let r = sys_read(self.fd(), &mut self.rbuf[len..]);
        let n = *r.as_ref().unwrap_or(&0);
        self.rbuf.truncate(len + n);
        Ok(r? > 0)
    }

    fn take(&mut self, n: usize) -> Vec<u8> {
        let n = n.min(self.unread());
        let out = self.rbuf[self.rpos..self.rpos + n].to_vec();
        self.rpos += n;
        out
    }
}

/// A buffered file.
pub struct BufferedData {
    /// Which class.
    pub kind: BufKind,
    /// The raw file below.
    pub raw: Value,
    state: Arc<Mutex<BufState>>,
}

const METHODS: &[MethodDef] = &[
    MethodDef::method("read", buf_read),
    MethodDef::method("read1", buf_read1),
    MethodDef::method("peek", buf_peek),
    MethodDef::method("readline", buf_readline),
    MethodDef::method("readlines", buf_readlines),
    MethodDef::method("write", buf_write),
    MethodDef::method("writelines", buf_writelines),
    MethodDef::method("flush", buf_flush),
    MethodDef::method("seek", buf_seek),
    MethodDef::method("tell", buf_tell),
    MethodDef::method("truncate", buf_truncate),
    MethodDef::method("close", buf_close),
    MethodDef::method("detach", buf_detach),
    MethodDef::method("fileno", buf_fileno),
    MethodDef::method("isatty", buf_isatty),
    MethodDef::method("readable", buf_readable),
    MethodDef::method("writable", buf_writable),
    MethodDef::method("seekable", buf_seekable),
    MethodDef::method("__enter__", super::enter),
    MethodDef::method("__exit__", super::exit_closes),
];

const SLOTS: Slots = Slots {
    repr: Some(buf_repr),
    getattr: Some(buf_getattr),
    iter: Some(super::iter_self),
    next: Some(buf_next),
    new: Some(buf_new),
    traverse: Some(buf_traverse),
    ..Slots::EMPTY
};

builtin_type!(
    BUFFERED_READER_TYPE,
    "_io.BufferedReader",
    Kind::Object,
    BufferedData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    SLOTS,
    METHODS
);
builtin_type!(
    BUFFERED_WRITER_TYPE,
    "_io.BufferedWriter",
    Kind::Object,
    BufferedData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    SLOTS,
    METHODS
);
builtin_type!(
    BUFFERED_RANDOM_TYPE,
    "_io.BufferedRandom",
    Kind::Object,
    BufferedData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    SLOTS,
    METHODS
);

fn buf_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(b) = as_buffered(v) {
        visit(&b.raw);
    }
}

impl Drop for BufferedData {
    fn drop(&mut self) {
        // Freed without close(): what was written still reaches the file.
        flush_or_report(&self.state);
    }
}

/// Writes out pending data where no caller can receive an error (the object is freed,
/// the interpreter exits): a failure is reported as CPython's finalizers report it,
/// `Exception ignored in: <repr>` and the exception, and the data is dropped.
fn flush_or_report(state: &Mutex<BufState>) {
    let mut st = lock(state);
    if let Err(e) = st.flush_writes() {
        st.wbuf.clear();
        let owner = st.owner.clone();
        drop(st);
        let text = crate::interp::traceback::format_exception(&e.exc, &[]);
        eprint!("Exception ignored in: {owner}\n{text}");
    }
}

fn lock(s: &Mutex<BufState>) -> MutexGuard<'_, BufState> {
    s.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Buffers with data that may need writing at exit.
fn registry() -> &'static Mutex<Vec<Weak<Mutex<BufState>>>> {
    static OPEN: Mutex<Vec<Weak<Mutex<BufState>>>> = Mutex::new(Vec::new());
    &OPEN
}

fn register(state: &Arc<Mutex<BufState>>) {
    let mut r = registry().lock().unwrap_or_else(PoisonError::into_inner);
    if r.len() >= 64 && r.len().is_power_of_two() {
        r.retain(|w| w.strong_count() > 0);
    }
    r.push(Arc::downgrade(state));
}

/// Writes out every buffered file's pending data (interpreter exit, as CPython's
/// shutdown flushes every file it frees). Errors are ignored.
pub fn flush_all() {
    let live: Vec<Arc<Mutex<BufState>>> = registry()
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .iter()
        .filter_map(Weak::upgrade)
        .collect();
    for s in live {
        flush_or_report(&s);
    }
}

/// Wraps a raw file in the buffered class that fits its mode.
pub fn new_buffered(raw: Value, size: usize) -> PyResult<Value> {
    let r = as_raw(&raw).ok_or_else(|| PyErr::type_error("expected a raw file object"))?;
    let kind = match (r.readable, r.writable) {
        (true, true) => BufKind::Random,
        (true, false) => BufKind::Reader,
        _ => BufKind::Writer,
    };
    new_of_kind(kind, raw, size)
}

/// The buffer of a standard stream: never freed, and flushed at exit by the
/// interpreter's own sys.stdout/sys.stderr flush, so not in the at-exit registry.
pub fn new_std_buffered(raw: Value, size: usize) -> PyResult<Value> {
    let writable = as_raw(&raw).is_some_and(|r| r.writable);
    new_with(if writable { BufKind::Writer } else { BufKind::Reader }, raw, size, false)
}

fn new_of_kind(kind: BufKind, raw: Value, size: usize) -> PyResult<Value> {
    new_with(kind, raw, size, kind != BufKind::Reader)
}

fn new_with(kind: BufKind, raw: Value, size: usize, registered: bool) -> PyResult<Value> {
    let r = as_raw(&raw).ok_or_else(|| PyErr::type_error("expected a raw file object"))?;
    r.open_fd()?;
    let state = Arc::new(Mutex::new(BufState {
        raw_fd: r.fd_cell(),
        closed: false,
        size,
        rbuf: Vec::new(),
        rpos: 0,
        wbuf: Vec::new(),
        detached: false,
        owner: String::new(),
    }));
    if registered {
        register(&state);
    }
    let ty: &'static TypeObject = match kind {
        BufKind::Reader => &BUFFERED_READER_TYPE,
        BufKind::Writer => &BUFFERED_WRITER_TYPE,
        BufKind::Random => &BUFFERED_RANDOM_TYPE,
    };
    let b = BufferedData { kind, raw, state };
    if let Some(name) = b.name() {
        b.set_owner(format!(
            "<{}{}>",
            ty.body.name,
            plain_name_repr(&name)
                .map(|n| format!(" name={n}"))
                .unwrap_or_default()
        ));
    }
    Ok(crate::object::alloc(ty, b))
}

fn buf_new(
    _vm: &mut Vm,
    ty: &'static TypeObject,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let cls = ty.body.name.trim_start_matches("_io.");
    let a = super::bind_args(cls, args, kwnames, &["raw", "buffer_size"], 1)?;
    let size = match a[1] {
        Some(v) => index_i64(v)?,
        None => super::DEFAULT_BUFFER_SIZE as i64,
    };
    if size <= 0 {
        return Err(PyErr::value_error("buffer size must be strictly positive"));
    }
    let kind = if std::ptr::eq(ty, &BUFFERED_READER_TYPE) {
        BufKind::Reader
    } else if std::ptr::eq(ty, &BUFFERED_WRITER_TYPE) {
        BufKind::Writer
    } else {
        BufKind::Random
    };
    let raw = a[0].expect("bound").clone();
    if as_raw(&raw).is_none() {
        return Err(PyErr::new(
            &crate::builtins::exceptions::NOT_IMPLEMENTED_ERROR,
            format!("{cls} over a raw stream other than FileIO is not supported"),
        ));
    }
    new_of_kind(kind, raw, size as usize)
}

/// The buffered body of `v`, if it is one of the three classes.
pub fn as_buffered(v: &Value) -> Option<&BufferedData> {
    let t = v.ty();
    if std::ptr::eq(t, &BUFFERED_READER_TYPE)
        || std::ptr::eq(t, &BUFFERED_WRITER_TYPE)
        || std::ptr::eq(t, &BUFFERED_RANDOM_TYPE)
    {
        // SAFETY: objects of the three buffered types are Obj<BufferedData>.
        Some(unsafe { v.body_unchecked::<BufferedData>() })
    } else {
        None
    }
}

fn buf_of(v: &Value) -> PyResult<&BufferedData> {
    as_buffered(v).ok_or_else(|| PyErr::type_error("expected a buffered file object"))
}

impl BufferedData {
    fn guard(&self) -> MutexGuard<'_, BufState> {
        lock(&self.state)
    }

    fn readable(&self) -> bool {
        self.kind != BufKind::Writer
    }

    fn writable(&self) -> bool {
        self.kind != BufKind::Reader
    }

    /// The state of an open, attached file; `what` names the operation in the
    /// "... of closed file" message.
    fn open_state(&self, what: &str) -> PyResult<MutexGuard<'_, BufState>> {
        let st = self.guard();
        if st.detached {
            return Err(PyErr::value_error("raw stream has been detached"));
        }
        if st.fd() < 0 {
            return Err(PyErr::value_error(match what {
                "" => "I/O operation on closed file.".to_string(),
                "write" => "write to closed file".to_string(),
                w => format!("{w} of closed file"),
            }));
        }
        Ok(st)
    }

    fn reading(&self, what: &str) -> PyResult<MutexGuard<'_, BufState>> {
        if !self.readable() {
            return Err(unsupported(if what == "readline" { "read" } else { what }));
        }
        let mut st = self.open_state(what)?;
        st.flush_writes()?;
        Ok(st)
    }

    /// Records the repr of the object that owns this buffer (see [`BufState::owner`]).
    pub fn set_owner(&self, repr: String) {
        self.guard().owner = repr;
    }

    /// Whether the file is closed.
    pub fn is_closed(&self) -> bool {
        self.guard().fd() < 0
    }

    /// Whether it was detached from its raw file.
    pub fn is_detached(&self) -> bool {
        self.guard().detached
    }

    /// Up to `n` bytes with at most one read of the descriptor (`read1`); empty at end of file.
    pub fn read_chunk(&self, n: usize) -> PyResult<Vec<u8>> {
        let mut st = self.reading("read")?;
        if st.unread() == 0 {
            if n >= st.size {
                let mut out = vec![0u8; n];
                let got = sys_read(st.fd(), &mut out)?;
                out.truncate(got);
                return Ok(out);
            }
            st.fill()?;
        }
        Ok(st.take(n))
    }

    /// `read(n)`: `n` bytes or fewer at end of file; everything when `n` is negative.
    pub fn read(&self, n: i64) -> PyResult<Vec<u8>> {
        let mut st = self.reading("read")?;
        if n < 0 {
            // Into the read buffer, so an interrupted read keeps what it got (PEP 475).
            let mut chunk = st.size;
            while st.fill_by(chunk)? {
                chunk = (chunk * 2).min(1 << 20);
            }
            return Ok(st.take(usize::MAX));
        }
        let n = n as usize;
        while st.unread() < n {
            if !st.fill()? {
                break;
            }
        }
        Ok(st.take(n))
    }

    /// One line (ending with `\n`) of at most `limit` bytes (no limit when negative).
    pub fn readline(&self, limit: i64) -> PyResult<Vec<u8>> {
        let mut st = self.reading("readline")?;
        let limit = if limit < 0 {
            usize::MAX
        } else {
            limit as usize
        };
        let mut scanned = 0;
        loop {
            let avail = &st.rbuf[st.rpos..];
            let window = &avail[scanned.min(avail.len())..avail.len().min(limit)];
            if let Some(i) = memchr::memchr(b'\n', window) {
                let end = scanned + i + 1;
                return Ok(st.take(end));
            }
            if avail.len() >= limit {
                return Ok(st.take(limit));
            }
            scanned = avail.len();
            if !st.fill()? {
                return Ok(st.take(usize::MAX));
            }
        }
    }

    /// Buffers `data` (writing out full buffers).
    pub fn write(&self, data: &[u8]) -> PyResult<()> {
        if !self.writable() {
            return Err(unsupported("write"));
        }
        let mut st = self.open_state("write")?;
        if st.unread() > 0 || !st.rbuf.is_empty() {
            st.drop_read_ahead()?;
        }
        st.wbuf.extend_from_slice(data);
        if st.wbuf.len() >= st.size {
            // A failed write-out drops the data, as CPython's buffered writer does.
            if let Err(e) = st.flush_writes() {
                st.wbuf.clear();
                return Err(e);
            }
        }
        Ok(())
    }

    /// Drops data not written yet.
    pub fn discard_pending(&self) {
        self.guard().wbuf.clear();
    }

    /// Writes out the buffer.
    pub fn flush(&self) -> PyResult<()> {
        let mut st = self.open_state(if self.writable() { "flush" } else { "" })?;
        st.flush_writes()
    }

    /// The logical position.
    pub fn tell(&self) -> PyResult<i64> {
        let st = self.open_state("")?;
        let pos = sys_seek(st.fd(), 0, libc::SEEK_CUR)?;
        Ok(pos - st.unread() as i64 + st.wbuf.len() as i64)
    }

    /// `seek(pos, whence)`.
    pub fn seek(&self, pos: i64, whence: i32) -> PyResult<i64> {
        if !(0..=2).contains(&whence) {
            return Err(PyErr::value_error(format!(
                "whence value {whence} unsupported"
            )));
        }
        let mut st = self.open_state("seek")?;
        st.flush_writes()?;
        let pos = if whence == 1 {
            pos - st.unread() as i64
        } else {
            pos
        };
        st.rbuf.clear();
        st.rpos = 0;
        sys_seek(st.fd(), pos, whence)
    }

    /// `truncate(size)` (the current position when `None`).
    pub fn truncate(&self, size: Option<i64>) -> PyResult<i64> {
        if !self.writable() {
            return Err(unsupported("truncate"));
        }
        let mut st = self.open_state("truncate")?;
        st.flush_writes()?;
        let cur = sys_seek(st.fd(), 0, libc::SEEK_CUR)? - st.unread() as i64;
        let size = size.unwrap_or(cur);
        sys_truncate(st.fd(), size)?;
        Ok(size)
    }

    /// Flushes and closes the raw file (the raw file is closed even if the flush fails,
    /// and the flush's error is raised).
    pub fn close(&self) -> PyResult<()> {
        let mut st = self.guard();
        if st.detached {
            return Err(PyErr::value_error("raw stream has been detached"));
        }
        if st.fd() < 0 {
            return Ok(());
        }
        let flushed = st.flush_writes();
        st.wbuf.clear();
        st.closed = true;
        drop(st);
        let closed = as_raw(&self.raw).map_or(Ok(()), super::raw::RawData::close);
        flushed.and(closed)
    }

    /// Flushes and separates from the raw file, which is returned.
    pub fn detach(&self) -> PyResult<Value> {
        let mut st = self.open_state("")?;
        st.flush_writes()?;
        st.drop_read_ahead()?;
        st.detached = true;
        st.closed = true;
        Ok(self.raw.clone())
    }

    /// The raw file's descriptor.
    pub fn fileno(&self) -> PyResult<i64> {
        Ok(i64::from(self.open_state("")?.fd()))
    }

    fn fd_for_query(&self) -> PyResult<i32> {
        Ok(self.open_state("")?.fd())
    }

    /// Whether a line-buffered text layer above should flush (a terminal).
    pub fn isatty(&self) -> PyResult<bool> {
        Ok(super::raw::sys_isatty(self.fd_for_query()?))
    }

    /// Whether the raw file seeks.
    pub fn seekable(&self) -> PyResult<bool> {
        self.fd_for_query()?;
        Ok(as_raw(&self.raw).is_some_and(super::raw::RawData::is_seekable))
    }

    /// The `name` of the raw file.
    pub fn name(&self) -> Option<Value> {
        as_raw(&self.raw).map(|r| r.name.clone())
    }

    /// The raw file's `mode`.
    pub fn mode(&self) -> &'static str {
        as_raw(&self.raw).map_or("", super::raw::RawData::mode)
    }
}

fn buf_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = buf_of(v)?;
    let cls = v.ty().body.name;
    if b.is_detached() {
        return Ok(new_str(&format!("<{cls}>")));
    }
    Ok(new_str(&match b.name() {
        Some(n) => format!("<{cls} name={}>", super::raw::name_repr(vm, &n)?),
        None => format!("<{cls}>"),
    }))
}

fn buf_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let b = buf_of(v)?;
    Ok(match name {
        "raw" => Some(b.raw.clone()),
        "name" => {
            if b.is_detached() {
                return Err(PyErr::value_error("raw stream has been detached"));
            }
            b.name()
        }
        "mode" => Some(new_str(b.mode())),
        "closed" => Some(py_bool(b.is_closed())),
        _ => None,
    })
}

fn size_arg(v: Option<&Value>) -> PyResult<i64> {
    match v {
        Some(v) if !is_none(v) => index_i64(v),
        _ => Ok(-1),
    }
}

fn buf_read(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = buf_of(&args[0])?;
    let n = size_arg(args.get(1))?;
    if n < -1 {
        return Err(PyErr::value_error("read length must be non-negative or -1"));
    }
    Ok(new_bytes(retry_interrupted(vm, |_| b.read(n))?))
}

fn buf_read1(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = buf_of(&args[0])?;
    if !b.readable() {
        return Err(unsupported("read1"));
    }
    let n = size_arg(args.get(1))?;
    let n = if n < 0 { b.guard().size } else { n as usize };
    Ok(new_bytes(retry_interrupted(vm, |_| b.read_chunk(n))?))
}

fn buf_peek(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = buf_of(&args[0])?;
    if !b.readable() {
        return Err(unsupported("peek"));
    }
    retry_interrupted(vm, |_| {
        let mut st = b.reading("peek")?;
        if st.unread() == 0 {
            st.fill()?;
        }
        Ok(new_bytes(st.rbuf[st.rpos..].to_vec()))
    })
}

fn buf_readline(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = buf_of(&args[0])?;
    let limit = size_arg(args.get(1))?;
    Ok(new_bytes(retry_interrupted(vm, |_| b.readline(limit))?))
}

fn buf_readlines(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = buf_of(&args[0])?;
    let hint = size_arg(args.get(1))?;
    let mut out = Vec::new();
    let mut total = 0usize;
    loop {
        let l = retry_interrupted(vm, |_| b.readline(-1))?;
        if l.is_empty() {
            break;
        }
        total += l.len();
        out.push(new_bytes(l));
        if hint > 0 && total >= hint as usize {
            break;
        }
    }
    Ok(crate::builtins::list::new_list(out))
}

fn buf_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let b = buf_of(v)?;
    let l = retry_interrupted(vm, |_| b.readline(-1))?;
    Ok((!l.is_empty()).then(|| new_bytes(l)))
}

fn buf_write(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = buf_of(&args[0])?;
    let data = args
        .get(1)
        .ok_or_else(|| PyErr::type_error("write() takes exactly one argument (0 given)"))?;
    let bytes = bytes_like(data)?;
    b.write(&bytes)?;
    Ok(new_int(bytes.len() as i64))
}

fn buf_writelines(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = buf_of(&args[0])?;
    let lines = crate::ops::collect_iterable(
        vm,
        args.get(1).ok_or_else(|| {
            PyErr::type_error("writelines() takes exactly one argument (0 given)")
        })?,
    )?;
    for l in &lines {
        b.write(&bytes_like(l)?)?;
    }
    Ok(none())
}

fn buf_flush(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    buf_of(&args[0])?.flush()?;
    Ok(none())
}

fn buf_seek(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = buf_of(&args[0])?;
    let pos = index_i64(
        args.get(1)
            .ok_or_else(|| PyErr::type_error("seek() takes at least 1 argument (0 given)"))?,
    )?;
    let whence = args.get(2).map_or(Ok(0), index_i64)?;
    Ok(new_int(b.seek(pos, whence as i32)?))
}

fn buf_tell(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(buf_of(&args[0])?.tell()?))
}

fn buf_truncate(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = buf_of(&args[0])?;
    let size = match args.get(1) {
        Some(v) if !is_none(v) => Some(index_i64(v)?),
        _ => None,
    };
    Ok(new_int(b.truncate(size)?))
}

fn buf_close(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    buf_of(&args[0])?.close()?;
    Ok(none())
}

fn buf_detach(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    buf_of(&args[0])?.detach()
}

fn buf_fileno(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(buf_of(&args[0])?.fileno()?))
}

fn buf_isatty(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(py_bool(buf_of(&args[0])?.isatty()?))
}

fn buf_readable(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = buf_of(&args[0])?;
    b.fd_for_query()?;
    Ok(py_bool(b.readable()))
}

fn buf_writable(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = buf_of(&args[0])?;
    b.fd_for_query()?;
    Ok(py_bool(b.writable()))
}

fn buf_seekable(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(py_bool(buf_of(&args[0])?.seekable()?))
}

/// The repr of a file name without running Python code (a str or an int), for the
/// reprs recorded for at-exit reports.
pub fn plain_name_repr(name: &Value) -> Option<String> {
    if let Some(s) = crate::builtins::str::as_str(name) {
        return Some(crate::builtins::str::repr_str(s));
    }
    crate::builtins::int::as_int(name)
        .and_then(|i| i.to_i64())
        .map(|i| i.to_string())
}
