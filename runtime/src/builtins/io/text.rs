//! `_io.TextIOWrapper`: text over a buffered binary stream, as CPython's.
//!
//! Reading decodes one chunk at a time (the buffer's `read1`), keeping an incomplete
//! multi-byte sequence for the next chunk, so a line is returned as soon as its bytes
//! have arrived. Decoded text is kept *untranslated* (as generalized UTF-8, so lone
//! surrogates from `surrogateescape` survive); newline translation happens when
//! characters are handed out. Because of that, the unread text re-encodes to exactly
//! the bytes it came from, and `tell()` is a plain byte offset (the "opaque cookie"
//! round-trips through `seek()`), without CPython's decoder snapshots. A `\r` at the
//! end of a chunk waits for the next chunk before it is translated.
//!
//! Writing encodes at once and hands the bytes to the buffer, which bounds memory; a
//! line-buffered wrapper flushes after a write containing a newline.

use std::sync::{Mutex, MutexGuard, PoisonError};

use super::buffered::as_buffered;
use super::{bind_args, bytes_like, unsupported};
use crate::builtin_type;
use crate::builtins::int::{index_i64, new_int};
use crate::builtins::singletons::{as_bool, is_none, none, py_bool};
use crate::builtins::str::{as_str, as_str_data, new_str, new_str_wtf8};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{Kind, MethodDef, Slots, TypeObject, Value};
use crate::text::codecs::{self, Codec};

pub use super::text_decode::Newline;
use super::text_decode::{incomplete_utf8_tail, newlines_value, push_decoded, SEEN_CR, SEEN_CRLF, SEEN_LF};

/// The chunk size of reads (CPython's `_CHUNK_SIZE`).
const CHUNK: usize = 8192;

struct TextState {
    encoding: String,
    codec: Codec,
    errors: String,
    newline: Newline,
    line_buffering: bool,
    write_through: bool,
    /// Flush after every write (sys.stderr).
    flush_each_write: bool,
    /// Decoded, untranslated text (generalized UTF-8) and how much of it is consumed.
    decoded: Vec<u8>,
    dpos: usize,
    /// Bytes read but not yet decoded (an incomplete sequence).
    pending: Vec<u8>,
    eof: bool,
    /// Nothing decoded yet since open or the last seek (a UTF-8 BOM may follow).
    at_start: bool,
    seen: u8,
    detached: bool,
    mode: Option<String>,
}

/// A text file.
pub struct TextData {
    buffer: Value,
    state: Mutex<TextState>,
}

builtin_type!(
    TEXTIO_TYPE,
    "_io.TextIOWrapper",
    Kind::Object,
    TextData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(text_repr),
        getattr: Some(text_getattr),
        iter: Some(text_iter),
        next: Some(text_next),
        new: Some(text_new),
        traverse: Some(text_traverse),
        ..Slots::EMPTY
    },
    &[
        MethodDef::method("read", text_read),
        MethodDef::method("readline", text_readline),
        MethodDef::method("readlines", text_readlines),
        MethodDef::method("write", text_write),
        MethodDef::method("writelines", text_writelines),
        MethodDef::method("flush", text_flush),
        MethodDef::method("close", text_close),
        MethodDef::method("seek", text_seek),
        MethodDef::method("tell", text_tell),
        MethodDef::method("truncate", text_truncate),
        MethodDef::method("detach", text_detach),
        MethodDef::method("reconfigure", text_reconfigure),
        MethodDef::method("fileno", text_fileno),
        MethodDef::method("isatty", text_isatty),
        MethodDef::method("readable", text_readable),
        MethodDef::method("writable", text_writable),
        MethodDef::method("seekable", text_seekable),
        MethodDef::method("__enter__", super::enter),
        MethodDef::method("__exit__", super::exit_closes),
    ]
);

fn text_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(t) = as_text(v) {
        visit(&t.buffer);
    }
}

/// What `open()` passes to build a wrapper.
pub struct TextOptions<'a> {
    /// `encoding=` (None: the locale's, UTF-8).
    pub encoding: Option<&'a str>,
    /// `errors=` (None: strict).
    pub errors: Option<&'a str>,
    /// `newline=`.
    pub newline: Newline,
    /// Flush after each write containing a newline.
    pub line_buffering: bool,
    /// The `mode` attribute `open()` sets.
    pub mode: Option<String>,
}

fn lookup_codec(encoding: &str) -> PyResult<Codec> {
    Codec::lookup(encoding).ok_or_else(|| PyErr::from(codecs::unknown_encoding(encoding)))
}

/// A new wrapper over `buffer`.
pub fn new_text(buffer: Value, o: TextOptions<'_>) -> PyResult<Value> {
    let encoding = o.encoding.unwrap_or("UTF-8").to_string();
    let codec = lookup_codec(&encoding)?;
    if let Some(b) = as_buffered(&buffer) {
        let mut repr = String::from("<_io.TextIOWrapper");
        if let Some(n) = b.name().as_ref().and_then(super::buffered::plain_name_repr) {
            repr.push_str(&format!(" name={n}"));
        }
        if let Some(m) = &o.mode {
            repr.push_str(&format!(" mode='{m}'"));
        }
        b.set_owner(format!("{repr} encoding='{encoding}'>"));
    }
    Ok(crate::object::alloc(
        &TEXTIO_TYPE,
        TextData {
            buffer,
            state: Mutex::new(TextState {
                encoding,
                codec,
                errors: o.errors.unwrap_or("strict").to_string(),
                newline: o.newline,
                line_buffering: o.line_buffering,
                write_through: false,
                flush_each_write: false,
                decoded: Vec::new(),
                dpos: 0,
                pending: Vec::new(),
                eof: false,
                at_start: true,
                seen: 0,
                detached: false,
                mode: o.mode,
            }),
        },
    ))
}

fn text_new(
    _vm: &mut Vm,
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = bind_args(
        "TextIOWrapper",
        args,
        kwnames,
        &[
            "buffer",
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        1,
    )?;
    let str_opt = |v: Option<&Value>, what: &str| -> PyResult<Option<String>> {
        match v {
            Some(v) if !is_none(v) => as_str(v).map(|s| Some(s.to_string())).ok_or_else(|| {
                PyErr::type_error(format!(
                    "TextIOWrapper() argument '{what}' must be str or None, not {}",
                    v.ty().body.name
                ))
            }),
            _ => Ok(None),
        }
    };
    let encoding = str_opt(a[1], "encoding")?;
    let errors = str_opt(a[2], "errors")?;
    let t = new_text(
        a[0].expect("bound").clone(),
        TextOptions {
            encoding: encoding.as_deref(),
            errors: errors.as_deref(),
            newline: Newline::parse(a[3])?,
            line_buffering: a[4].is_some_and(|v| as_bool(v) == Some(true)),
            mode: None,
        },
    )?;
    if a[5].is_some_and(|v| as_bool(v) == Some(true)) {
        text_of(&t)?.guard().write_through = true;
    }
    Ok(t)
}

/// The text body of `v`.
pub fn as_text(v: &Value) -> Option<&TextData> {
    if std::ptr::eq(v.ty(), &TEXTIO_TYPE) {
        // SAFETY: objects of TEXTIO_TYPE are Obj<TextData>.
        Some(unsafe { v.body_unchecked::<TextData>() })
    } else {
        None
    }
}

fn text_of(v: &Value) -> PyResult<&TextData> {
    as_text(v).ok_or_else(|| PyErr::type_error("expected a TextIOWrapper"))
}

impl TextData {
    fn guard(&self) -> MutexGuard<'_, TextState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The state of an attached wrapper (no Python code runs while it is held).
    fn attached(&self) -> PyResult<MutexGuard<'_, TextState>> {
        let st = self.guard();
        if st.detached {
            return Err(PyErr::value_error("underlying buffer has been detached"));
        }
        Ok(st)
    }
}

// --- The buffer below: the built-in buffered classes directly, anything else by its methods.

fn call_method(vm: &mut Vm, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = crate::ops::getattr(vm, obj, name)?;
    crate::ops::call(vm, &m, args, &[])
}

fn buffer_closed(vm: &mut Vm, buf: &Value) -> PyResult<bool> {
    if let Some(b) = as_buffered(buf) {
        return Ok(b.is_closed());
    }
    let c = crate::ops::getattr(vm, buf, "closed")?;
    crate::ops::truthy(vm, &c)
}

fn buffer_read1(vm: &mut Vm, buf: &Value, n: usize) -> PyResult<Vec<u8>> {
    if let Some(b) = as_buffered(buf) {
        return crate::thread::signals::retry_interrupted(vm, |_| b.read_chunk(n));
    }
    let r = call_method(vm, buf, "read1", &[new_int(n as i64)])?;
    bytes_like(&r)
}

fn buffer_read_all(vm: &mut Vm, buf: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = as_buffered(buf) {
        return crate::thread::signals::retry_interrupted(vm, |_| b.read(-1));
    }
    let r = call_method(vm, buf, "read", &[])?;
    bytes_like(&r)
}

fn buffer_write(vm: &mut Vm, buf: &Value, data: Vec<u8>) -> PyResult<()> {
    if let Some(b) = as_buffered(buf) {
        return b.write(&data);
    }
    call_method(vm, buf, "write", &[crate::builtins::bytes::new_bytes(data)]).map(drop)
}

fn buffer_flush(vm: &mut Vm, buf: &Value) -> PyResult<()> {
    if let Some(b) = as_buffered(buf) {
        return b.flush();
    }
    call_method(vm, buf, "flush", &[]).map(drop)
}

fn buffer_tell(vm: &mut Vm, buf: &Value) -> PyResult<i64> {
    if let Some(b) = as_buffered(buf) {
        return b.tell();
    }
    let r = call_method(vm, buf, "tell", &[])?;
    index_i64(&r)
}

fn buffer_seek(vm: &mut Vm, buf: &Value, pos: i64, whence: i32) -> PyResult<i64> {
    if let Some(b) = as_buffered(buf) {
        return b.seek(pos, whence);
    }
    let r = call_method(vm, buf, "seek", &[new_int(pos), new_int(i64::from(whence))])?;
    index_i64(&r)
}

fn buffer_bool(vm: &mut Vm, buf: &Value, name: &str) -> PyResult<bool> {
    let r = call_method(vm, buf, name, &[])?;
    crate::ops::truthy(vm, &r)
}

// --- Decoding.

impl TextState {
    fn unread(&self) -> &[u8] {
        &self.decoded[self.dpos..]
    }

    fn reset_read(&mut self) {
        self.decoded.clear();
        self.dpos = 0;
        self.pending.clear();
        self.eof = false;
    }

    /// Decodes `pending` (all of it when `last`), appending to `decoded`.
    fn decode_pending(&mut self, last: bool) -> PyResult<()> {
        let keep = match self.codec {
            _ if last => 0,
            Codec::Utf8 | Codec::Utf8Sig => incomplete_utf8_tail(&self.pending),
            Codec::Ascii | Codec::Latin1 => 0,
            // Other codecs are decoded whole at end of file (see `fill`).
            _ => self.pending.len(),
        };
        let cut = self.pending.len() - keep;
        if cut == 0 {
            return Ok(());
        }
        let mut codec = self.codec;
        if codec == Codec::Utf8Sig && !self.at_start {
            codec = Codec::Utf8;
        }
        if codec == Codec::Utf8Sig
            && cut < 3
            && !last
            && [0xEF, 0xBB, 0xBF].starts_with(&self.pending[..cut])
        {
            return Ok(());
        }
        let d = codecs::decode(&self.pending[..cut], codec, &self.errors)?;
        if self.dpos == self.decoded.len() {
            self.decoded.clear();
            self.dpos = 0;
        }
        push_decoded(&mut self.decoded, d);
        self.pending.drain(..cut);
        self.at_start = false;
        Ok(())
    }
}

/// Reads and decodes one more chunk; false at end of file (then everything pending is
/// decoded).
fn fill(vm: &mut Vm, t: &TextData) -> PyResult<bool> {
    let (stream, whole) = {
        let st = t.attached()?;
        if st.eof {
            return Ok(false);
        }
        let whole = !matches!(
            st.codec,
            Codec::Utf8 | Codec::Utf8Sig | Codec::Ascii | Codec::Latin1
        );
        (t.buffer.clone(), whole)
    };
    let chunk = if whole {
        buffer_read_all(vm, &stream)?
    } else {
        buffer_read1(vm, &stream, CHUNK)?
    };
    let mut st = t.attached()?;
    if chunk.is_empty() || whole {
        st.pending.extend_from_slice(&chunk);
        st.eof = true;
        st.decode_pending(true)?;
        return Ok(!chunk.is_empty());
    }
    st.pending.extend_from_slice(&chunk);
    st.decode_pending(false)?;
    Ok(true)
}

/// Moves text from `decoded` to `out`, translating newlines, until `*left` characters
/// were moved or (for a line) a line end was; true when done, false when more text is
/// needed to decide (or the decoded text ran out).
fn consume(st: &mut TextState, out: &mut Vec<u8>, left: &mut usize, line: bool) -> bool {
    let mut i = st.dpos;
    let len = st.decoded.len();
    let done = loop {
        if *left == 0 {
            break true;
        }
        if i >= len {
            break false;
        }
        let b = st.decoded[i];
        if b == b'\r' {
            let next = st.decoded.get(i + 1).copied();
            let lookahead = match &st.newline {
                Newline::Universal => true,
                Newline::Untranslated => line,
                Newline::Fixed(nl) => nl.len() == 2,
            };
            if next.is_none() && lookahead && !st.eof {
                break false;
            }
            let crlf = next == Some(b'\n');
            match &st.newline {
                Newline::Universal => {
                    st.seen |= if crlf { SEEN_CRLF } else { SEEN_CR };
                    out.push(b'\n');
                    i += 1 + usize::from(crlf);
                    *left -= 1;
                    if line {
                        i = i.max(st.dpos);
                        break true;
                    }
                }
                Newline::Untranslated => {
                    st.seen |= if crlf { SEEN_CRLF } else { SEEN_CR };
                    if crlf && line {
                        out.extend_from_slice(b"\r\n");
                        i += 2;
                    } else {
                        out.push(b'\r');
                        i += 1;
                    }
                    *left = left.saturating_sub(1);
                    if line {
                        break true;
                    }
                }
                Newline::Fixed(nl) => {
                    if *nl == "\r\n" && crlf {
                        out.extend_from_slice(b"\r\n");
                        i += 2;
                        *left = left.saturating_sub(2);
                        if line {
                            break true;
                        }
                    } else {
                        out.push(b'\r');
                        i += 1;
                        *left -= 1;
                        if line && *nl == "\r" {
                            break true;
                        }
                    }
                }
            }
            continue;
        }
        if b == b'\n' {
            out.push(b'\n');
            i += 1;
            *left -= 1;
            if st.newline.universal() {
                st.seen |= SEEN_LF;
            }
            if line
                && matches!(
                    st.newline,
                    Newline::Universal | Newline::Untranslated | Newline::Fixed("\n")
                )
            {
                break true;
            }
            continue;
        }
        let n = crate::text::wtf8::decode_first(&st.decoded[i..]).1.max(1);
        out.extend_from_slice(&st.decoded[i..(i + n).min(len)]);
        i += n;
        *left -= 1;
    };
    st.dpos = i.min(len);
    done
}

fn check_readable(vm: &mut Vm, t: &TextData) -> PyResult<()> {
    check_open(vm, t)?;
    if let Some(b) = as_buffered(&t.buffer) {
        if b.kind == super::buffered::BufKind::Writer {
            return Err(unsupported("not readable"));
        }
    }
    Ok(())
}

fn check_open(vm: &mut Vm, t: &TextData) -> PyResult<()> {
    drop(t.attached()?);
    if buffer_closed(vm, &t.buffer)? {
        return Err(PyErr::value_error("I/O operation on closed file."));
    }
    Ok(())
}

/// Reads up to `n` characters (all when `None`) or one line.
fn read_text(vm: &mut Vm, t: &TextData, n: Option<usize>, line: bool) -> PyResult<Vec<u8>> {
    check_readable(vm, t)?;
    let mut out = Vec::new();
    if n.is_none() && !line {
        // Everything: decode the rest in one go.
        {
            let mut st = t.attached()?;
            if !st.eof {
                drop(st);
                let rest = buffer_read_all(vm, &t.buffer.clone())?;
                st = t.attached()?;
                st.pending.extend_from_slice(&rest);
                st.eof = true;
                st.decode_pending(true)?;
            }
        }
        let mut st = t.attached()?;
        let mut left = usize::MAX;
        consume(&mut st, &mut out, &mut left, false);
        return Ok(out);
    }
    let mut left = n.unwrap_or(usize::MAX);
    loop {
        {
            let mut st = t.attached()?;
            if line && st.newline == Newline::Universal && left == usize::MAX && out.is_empty() {
                // Fast path: a whole line without `\r` in the decoded text.
                let rest = st.unread();
                if let Some(i) = memchr::memchr2(b'\n', b'\r', rest) {
                    if rest[i] == b'\n' {
                        out.extend_from_slice(&rest[..=i]);
                        st.dpos += i + 1;
                        st.seen |= SEEN_LF;
                        return Ok(out);
                    }
                }
            }
            if consume(&mut st, &mut out, &mut left, line) {
                return Ok(out);
            }
            if st.eof {
                return Ok(out);
            }
        }
        fill(vm, t)?;
    }
}

fn text_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = text_of(v)?;
    let mut s = String::from("<_io.TextIOWrapper");
    let name = if t.guard().detached {
        None
    } else {
        crate::ops::getattr_opt(vm, &t.buffer, "name")
            .ok()
            .flatten()
    };
    if let Some(n) = name {
        s.push_str(" name=");
        s.push_str(&super::raw::name_repr(vm, &n)?);
    }
    let st = t.guard();
    if let Some(m) = &st.mode {
        s.push_str(&format!(" mode='{m}'"));
    }
    s.push_str(&format!(" encoding='{}'>", st.encoding));
    Ok(new_str(&s))
}


fn text_getattr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let t = text_of(v)?;
    Ok(match name {
        "buffer" => Some(t.buffer.clone()),
        "encoding" => Some(new_str(&t.guard().encoding)),
        "errors" => Some(new_str(&t.guard().errors)),
        "line_buffering" => Some(py_bool(t.guard().line_buffering)),
        "write_through" => Some(py_bool(t.guard().write_through)),
        "newlines" => Some(newlines_value(t.guard().seen)),
        "mode" => {
            let m = t.guard().mode.clone();
            match m {
                Some(m) => Some(new_str(&m)),
                None => {
                    return Err(PyErr::attribute_error(
                        "'_io.TextIOWrapper' object has no attribute 'mode'",
                    ))
                }
            }
        }
        "name" => {
            drop(t.attached()?);
            Some(crate::ops::getattr(vm, &t.buffer.clone(), "name")?)
        }
        "closed" => {
            drop(t.attached()?);
            Some(py_bool(buffer_closed(vm, &t.buffer.clone())?))
        }
        _ => None,
    })
}

fn limit_arg(v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        Some(v) if !is_none(v) => {
            let n = index_i64(v)?;
            Ok((n >= 0).then_some(n as usize))
        }
        _ => Ok(None),
    }
}

fn text_read(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = text_of(&args[0])?;
    let n = limit_arg(args.get(1))?;
    Ok(new_str_wtf8(&read_text(vm, t, n, false)?))
}

fn text_readline(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = text_of(&args[0])?;
    let n = limit_arg(args.get(1))?;
    Ok(new_str_wtf8(&read_text(vm, t, n, true)?))
}

fn text_readlines(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = text_of(&args[0])?;
    let hint = limit_arg(args.get(1))?.filter(|&h| h > 0);
    let mut out = Vec::new();
    let mut total = 0;
    loop {
        let l = read_text(vm, t, None, true)?;
        if l.is_empty() {
            break;
        }
        total += crate::text::wtf8::count_code_points(&l);
        out.push(new_str_wtf8(&l));
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(crate::builtins::list::new_list(out))
}

fn text_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    check_open(vm, text_of(v)?)?;
    Ok(v.clone())
}

fn text_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let l = read_text(vm, text_of(v)?, None, true)?;
    Ok((!l.is_empty()).then(|| new_str_wtf8(&l)))
}

/// Encodes and writes `s`; returns its length in characters.
fn write_text(vm: &mut Vm, t: &TextData, s: &Value) -> PyResult<usize> {
    check_open(vm, t)?;
    let d = as_str_data(s).ok_or_else(|| PyErr::type_error(format!("write() argument must be str, not {}", s.ty().body.name)))?;
    let (bytes, flush) = t.encode_for_write(d.as_wtf8(), d.has_surrogates())?;
    let buf = t.buffer.clone();
    buffer_write(vm, &buf, bytes)?;
    if flush {
        buffer_flush(vm, &buf)?;
    }
    Ok(d.char_len())
}

impl TextData {
    /// The bytes to write for `text` (generalized UTF-8) and whether the buffer is to be
    /// flushed after them (line buffering, write-through).
    fn encode_for_write(&self, text: &[u8], has_surrogates: bool) -> PyResult<(Vec<u8>, bool)> {
        if let Some(b) = as_buffered(&self.buffer) {
            if b.kind == super::buffered::BufKind::Reader {
                return Err(unsupported("not writable"));
            }
        }
        let mut st = self.attached()?;
        let has_nl = memchr::memchr2(b'\n', b'\r', text).is_some();
        let translated;
        let text = match &st.newline {
            Newline::Fixed(nl) if *nl != "\n" && memchr::memchr(b'\n', text).is_some() => {
                let mut o = Vec::with_capacity(text.len() + 16);
                for &c in text {
                    if c == b'\n' {
                        o.extend_from_slice(nl.as_bytes());
                    } else {
                        o.push(c);
                    }
                }
                translated = o;
                &translated[..]
            }
            _ => text,
        };
        let bytes = if st.codec == Codec::Utf8 && !has_surrogates {
            text.to_vec()
        } else {
            let cps: Vec<u32> = crate::text::wtf8::CodePoints::new(text).collect();
            let codec = if st.codec == Codec::Utf8Sig && !st.at_start { Codec::Utf8 } else { st.codec };
            codecs::encode_code_points(&cps, codec, &st.errors)?
        };
        // Text read ahead is dropped: the write goes where the buffer stands (CPython's
        // behaviour for `r+` files).
        st.reset_read();
        st.at_start = false;
        Ok((bytes, st.write_through || st.flush_each_write || (st.line_buffering && has_nl)))
    }

    /// Writes text (generalized UTF-8) to a wrapper over a built-in buffered file, with
    /// no Python code involved (`print` to the standard streams).
    pub fn write_direct(&self, text: &[u8], has_surrogates: bool) -> PyResult<()> {
        let b = as_buffered(&self.buffer).ok_or_else(|| PyErr::type_error("expected a buffered file"))?;
        if b.is_closed() {
            return Err(PyErr::value_error("I/O operation on closed file."));
        }
        let (bytes, flush) = self.encode_for_write(text, has_surrogates)?;
        b.write(&bytes)?;
        if flush {
            if let Err(e) = b.flush() {
                // Written through (`-u`), the text is gone once the write failed, as
                // with CPython's unbuffered raw layer.
                if self.guard().write_through {
                    b.discard_pending();
                }
                return Err(e);
            }
        }
        Ok(())
    }

    /// Flushes a wrapper over a built-in buffered file.
    pub fn flush_direct(&self) -> PyResult<()> {
        match as_buffered(&self.buffer) {
            Some(b) if !b.is_closed() => b.flush(),
            _ => Ok(()),
        }
    }

    /// Sets the standard streams' write policy: `write_through` as `-u` asks (which,
    /// as in CPython, turns line buffering off), and a flush after every write (stderr, so its text keeps its place among the
    /// interpreter's own messages).
    pub fn set_stream_policy(&self, write_through: bool, flush_each_write: bool, line_buffering: bool) {
        let mut st = self.guard();
        st.line_buffering = line_buffering;
        st.write_through = write_through;
        st.flush_each_write = flush_each_write;
    }

    /// One line (`input()`, `sys.stdin.readline()`), as generalized UTF-8.
    pub fn read_line(&self, vm: &mut Vm) -> PyResult<Vec<u8>> {
        read_text(vm, self, None, true)
    }
}

fn text_write(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = text_of(&args[0])?;
    let s = args.get(1).ok_or_else(|| {
        PyErr::type_error("TextIOWrapper.write() takes exactly one argument (0 given)")
    })?;
    Ok(new_int(write_text(vm, t, s)? as i64))
}

fn text_writelines(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = text_of(&args[0])?;
    let lines = crate::ops::collect_iterable(
        vm,
        args.get(1).ok_or_else(|| {
            PyErr::type_error("writelines() takes exactly one argument (0 given)")
        })?,
    )?;
    for l in &lines {
        write_text(vm, t, l)?;
    }
    Ok(none())
}

fn text_flush(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = text_of(&args[0])?;
    check_open(vm, t)?;
    buffer_flush(vm, &t.buffer.clone())?;
    Ok(none())
}

fn text_close(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = text_of(&args[0])?;
    drop(t.attached()?);
    let buf = t.buffer.clone();
    if buffer_closed(vm, &buf)? {
        return Ok(none());
    }
    let flushed = buffer_flush(vm, &buf);
    call_method(vm, &buf, "close", &[])?;
    flushed?;
    Ok(none())
}

fn text_tell(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = text_of(&args[0])?;
    check_open(vm, t)?;
    let buf = t.buffer.clone();
    if !buffer_bool(vm, &buf, "seekable")? {
        return Err(unsupported("underlying stream is not seekable"));
    }
    buffer_flush(vm, &buf)?;
    let pos = buffer_tell(vm, &buf)?;
    let st = t.attached()?;
    let unread = st.unread();
    let unread_bytes = if let Ok(s) = std::str::from_utf8(unread) {
        match st.codec {
            Codec::Utf8 | Codec::Utf8Sig => s.len(),
            Codec::Ascii | Codec::Latin1 => s.chars().count(),
            c => codecs::encode(s, c, "strict").map_or(s.len(), |b| b.len()),
        }
    } else {
        let cps: Vec<u32> = crate::text::wtf8::CodePoints::new(unread).collect();
        let handler = if st.errors == "surrogatepass" {
            "surrogatepass"
        } else {
            "surrogateescape"
        };
        codecs::encode_code_points(&cps, st.codec, handler).map_or(unread.len(), |b| b.len())
    };
    Ok(new_int(pos - st.pending.len() as i64 - unread_bytes as i64))
}

fn text_seek(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = text_of(&args[0])?;
    check_open(vm, t)?;
    let cookie = index_i64(
        args.get(1)
            .ok_or_else(|| PyErr::type_error("seek() takes at least 1 argument (0 given)"))?,
    )?;
    let whence = args.get(2).map_or(Ok(0), index_i64)?;
    let buf = t.buffer.clone();
    if !buffer_bool(vm, &buf, "seekable")? {
        return Err(unsupported("underlying stream is not seekable"));
    }
    match whence {
        0 if cookie < 0 => {
            return Err(PyErr::value_error(format!(
                "negative seek position {cookie}"
            )))
        }
        0 => {}
        1 if cookie != 0 => return Err(unsupported("can't do nonzero cur-relative seeks")),
        1 => return text_tell(vm, &args[..1], &[]),
        2 if cookie != 0 => return Err(unsupported("can't do nonzero end-relative seeks")),
        2 => {}
        _ => {
            return Err(PyErr::value_error(format!(
                "invalid whence ({whence}, should be 0, 1 or 2)"
            )))
        }
    }
    buffer_flush(vm, &buf)?;
    let pos = buffer_seek(vm, &buf, cookie, whence as i32)?;
    let mut st = t.attached()?;
    st.reset_read();
    st.at_start = pos == 0;
    Ok(new_int(pos))
}

fn text_truncate(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = text_of(&args[0])?;
    check_open(vm, t)?;
    let buf = t.buffer.clone();
    buffer_flush(vm, &buf)?;
    let pos = match args.get(1) {
        Some(v) if !is_none(v) => v.clone(),
        _ => text_tell(vm, &args[..1], &[])?,
    };
    call_method(vm, &buf, "truncate", &[pos])
}

fn text_detach(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = text_of(&args[0])?;
    drop(t.attached()?);
    let buf = t.buffer.clone();
    buffer_flush(vm, &buf)?;
    t.guard().detached = true;
    Ok(buf)
}

fn text_reconfigure(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let t = text_of(&args[0])?;
    if args.len() - kwnames.len() > 1 {
        return Err(PyErr::type_error(format!(
            "reconfigure() takes exactly 0 positional arguments ({} given)",
            args.len() - kwnames.len() - 1
        )));
    }
    let a = bind_args(
        "reconfigure",
        args.get(1..).unwrap_or(&[]),
        kwnames,
        &[
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        0,
    )?;
    let get_str = |v: Option<&Value>, what: &str| -> PyResult<Option<String>> {
        match v {
            Some(v) if !is_none(v) => as_str(v).map(|s| Some(s.to_string())).ok_or_else(|| {
                PyErr::type_error(format!(
                    "reconfigure() argument '{what}' must be str or None, not {}",
                    v.ty().body.name
                ))
            }),
            _ => Ok(None),
        }
    };
    let encoding = get_str(a[0], "encoding")?;
    let errors = get_str(a[1], "errors")?;
    let newline = match a[2] {
        Some(v) => Some(Newline::parse(Some(v))?),
        None => None,
    };
    let codec = encoding.as_deref().map(lookup_codec).transpose()?;
    check_open(vm, t)?;
    buffer_flush(vm, &t.buffer.clone())?;
    let mut st = t.attached()?;
    if (encoding.is_some() || newline.is_some())
        && (!st.decoded.is_empty() || !st.pending.is_empty())
        && st.dpos < st.decoded.len()
    {
        return Err(unsupported(
            "It is not possible to set the encoding or newline of stream after the first read",
        ));
    }
    if let (Some(e), Some(c)) = (encoding, codec) {
        st.encoding = e;
        st.codec = c;
        if errors.is_none() {
            st.errors = "strict".to_string();
        }
    }
    if let Some(e) = errors {
        st.errors = e;
    }
    if let Some(n) = newline {
        st.newline = n;
    }
    if let Some(v) = a[3].filter(|v| !is_none(v)) {
        st.line_buffering = as_bool(v).unwrap_or(true);
    }
    if let Some(v) = a[4].filter(|v| !is_none(v)) {
        st.write_through = as_bool(v).unwrap_or(true);
    }
    Ok(none())
}

fn delegate(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Value> {
    let t = text_of(v)?;
    drop(t.attached()?);
    let buf = t.buffer.clone();
    call_method(vm, &buf, name, &[])
}

fn text_fileno(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    delegate(vm, &args[0], "fileno")
}

fn text_isatty(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    delegate(vm, &args[0], "isatty")
}

fn text_readable(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    delegate(vm, &args[0], "readable")
}

fn text_writable(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    delegate(vm, &args[0], "writable")
}

fn text_seekable(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    delegate(vm, &args[0], "seekable")
}
