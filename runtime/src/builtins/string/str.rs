//! `str`: immutable UTF-8 text with cached length in code points and a cached hash.
//! Lone surrogates are kept (generalized UTF-8 plus a lossy twin, see [`StrData`]).
//!
//! Indexing is by code point. ASCII strings (the common case) index in O(1) by byte;
//! others walk the UTF-8 (a code-point index table is future work). The hash is a keyed
//! SipHash-1-3 whose key is random per process unless `PYTHONHASHSEED` is set, as in
//! CPython, and is cached in the object. Methods are in `str_methods.rs`.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::OnceLock;


use crate::builtins::int::{as_int, new_int};
use crate::builtins::singletons::py_bool;
use crate::builtins::slice::{as_slice, normalize_index, slice_indices};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{BinOp, CompareOp, Header, Kind, Obj, Slots, TypeData, TypeObject, Value};

/// The body of a str object.
///
/// The text follows the struct in the same allocation (one allocation per string,
/// 56 bytes of overhead: CPython's compact ASCII strings cost 40 plus the text).
///
/// The canonical text is generalized UTF-8: UTF-8 in which a lone surrogate
/// (U+D800..U+DFFF) is its own 3-byte sequence `ED A0..BF 80..BF`, never joined with a
/// neighbour into a pair, so byte order is code-point order and concatenation, slicing,
/// comparison and search stay byte operations. A string holding surrogates has
/// `SURROGATE_FLAG` set in `byte_len_and_flag`, and only such a string has a second copy
/// of its text, the *lossy twin*, in which each surrogate is U+FFFD (also 3 bytes, so byte
/// offsets and code-point indices are the same in both copies). The twin comes first and
/// the canonical text after it, so [`StrData::as_str`] (the twin: always valid UTF-8, and
/// every `&str` algorithm stays sound) is where it always was; only
/// [`StrData::as_wtf8`] adds the offset. Ordinary strings pay nothing: no twin, and
/// `as_str` masks one bit.
#[repr(C)]
pub struct StrData {
    /// Length in bytes of the canonical text, plus `SURROGATE_FLAG` when the text
    /// holds lone surrogates (strings are limited to 2 GiB; longer ones raise MemoryError).
    byte_len_and_flag: u32,
    /// Length in code points.
    char_len_u32: u32,
    /// The hash, -1 until computed. A relaxed atomic: the value is a pure function of
    /// the text, so two threads racing to fill it store the same number.
    hash: AtomicI64,
}

/// Marks a string holding lone surrogates (stored with a lossy twin).
const SURROGATE_FLAG: u32 = 1 << 31;

/// The longest str in bytes (the top bit of the length is `SURROGATE_FLAG`).
pub const MAX_STR_BYTES: usize = (SURROGATE_FLAG - 1) as usize;

/// `STR_TYPE`'s destructor: the object and its text are one allocation.
unsafe fn str_dealloc(obj: *mut Header) {
    // SAFETY: str objects are allocated by `alloc_str` with `str_layout(stored_bytes)`,
    // and no references remain.
    unsafe {
        let body = &(*(obj as *const Obj<StrData>)).body;
        let layout = str_layout(body.stored_bytes());
        std::alloc::dealloc(obj as *mut u8, layout);
    }
}

fn str_layout(byte_len: usize) -> std::alloc::Layout {
    let size = std::mem::size_of::<Obj<StrData>>() + byte_len;
    std::alloc::Layout::from_size_align(size, std::mem::align_of::<Obj<StrData>>()).unwrap_or_else(|_| std::alloc::Layout::new::<Obj<StrData>>())
}

/// The built-in `str` type.
pub static STR_TYPE: TypeObject = Obj {
    header: Header::immortal(&crate::builtins::type_::TYPE_TYPE),
    body: TypeData {
        name: "str",
        kind: Kind::Str,
        base: Some(&crate::builtins::type_::OBJECT_TYPE),
        dealloc: str_dealloc,
        slots: STR_SLOTS,
        methods: crate::builtins::str_methods::STR_METHODS,
        state: crate::object::type_state::TypeState::builtin(),
    },
};

const STR_SLOTS: Slots = Slots {
        repr: Some(str_repr_slot),
        str: Some(str_str_slot),
        hash: Some(str_hash_slot),
        compare: Some(str_compare),
        binop: Some(str_binop),
        truth: Some(str_truth),
        len: Some(str_len),
        getitem: Some(str_getitem),
        contains: Some(str_contains),
        iter: Some(crate::builtins::iterators::str_iter),
        new: Some(str_new),
        ..Slots::EMPTY
};

/// A new str object.
pub fn new_str(s: &str) -> Value {
    new_str_from(s)
}

/// A new str object from owned text (copied into the object's own allocation).
pub fn new_str_owned(s: Box<str>) -> Value {
    new_str_from(&s)
}

fn new_str_from(s: &str) -> Value {
    let char_len = if s.is_ascii() { s.len() } else { s.chars().count() };
    new_str_with_len(s, char_len)
}

/// A new str whose text the caller knows to be ASCII (no code-point count needed).
pub fn new_str_ascii(s: &str) -> Value {
    debug_assert!(s.is_ascii());
    new_str_with_len(s, s.len())
}

fn new_str_with_len(s: &str, char_len: usize) -> Value {
    new_str_parts(&[s], char_len)
}

/// A new str holding the concatenation of `parts` (whose code points total `char_len`,
/// bytes at most `u32::MAX`), written straight into the object's allocation.
pub fn new_str_from_parts(parts: &[&str], char_len: usize) -> Value {
    new_str_parts(parts, char_len)
}

fn new_str_parts(parts: &[&str], char_len: usize) -> Value {
    let byte_len: usize = parts.iter().map(|p| p.len()).sum();
    if byte_len > MAX_STR_BYTES {
        // Text this large cannot be represented; allocation would fail anyway.
        std::alloc::handle_alloc_error(str_layout(byte_len));
    }
    // SAFETY: `&str` parts are valid UTF-8 without surrogates, totalling `byte_len` bytes
    // and `char_len` code points.
    unsafe {
        alloc_str(byte_len, char_len, false, |mut text| {
            for part in parts {
                std::ptr::copy_nonoverlapping(part.as_ptr(), text, part.len());
                text = text.add(part.len());
            }
        })
    }
}

/// Allocates a str of `byte_len` canonical bytes (at most [`MAX_STR_BYTES`]) and
/// `char_len` code points; `write` fills the canonical bytes. When `surrogates` is set the
/// lossy twin is derived from them after `write` returns.
///
/// # Safety
/// `write` must write exactly `byte_len` bytes of generalized UTF-8 from the pointer it is
/// given, holding `char_len` code points, with lone surrogates only if `surrogates` is set.
#[inline]
unsafe fn alloc_str(byte_len: usize, char_len: usize, surrogates: bool, write: impl FnOnce(*mut u8)) -> Value {
    let stored = if surrogates { 2 * byte_len } else { byte_len };
    let layout = str_layout(stored);
    let flag = if surrogates { SURROGATE_FLAG } else { 0 };
    // SAFETY: the layout has non-zero size; every field of the object is written before
    // the pointer escapes; `write` fills the canonical bytes (caller's contract) and the
    // twin, when present, is written right after them from those bytes.
    unsafe {
        let p = std::alloc::alloc(layout) as *mut Obj<StrData>;
        if p.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        std::ptr::write(
            p,
            Obj {
                header: Header::new_owned(&STR_TYPE, crate::thread::brc::current_tid()),
                body: StrData { byte_len_and_flag: byte_len as u32 | flag, char_len_u32: char_len as u32, hash: AtomicI64::new(-1) },
            },
        );
        let text = (p as *mut u8).add(std::mem::size_of::<Obj<StrData>>());
        if surrogates {
            // Twin first, canonical text after it.
            write(text.add(byte_len));
            let canonical = std::slice::from_raw_parts(text.add(byte_len), byte_len);
            let twin = std::slice::from_raw_parts_mut(text, byte_len);
            crate::text::wtf8::write_lossy_twin(canonical, twin);
        } else {
            write(text);
        }
        Value::from_owned_ptr(p as *const Header)
    }
}

/// Bytes reserved before the header of a str whose type keeps per-instance data there
/// (a str subclass's attributes, `builtins/instances/builtin_layout.rs`).
pub const PREFIXED_STR_PREFIX: usize = 64;
/// The alignment such a prefix may need.
pub const PREFIXED_STR_ALIGN: usize = 16;
const _: () = assert!(PREFIXED_STR_PREFIX.is_multiple_of(PREFIXED_STR_ALIGN) && std::mem::align_of::<Obj<StrData>>() <= PREFIXED_STR_ALIGN);

fn prefixed_str_layout(stored_bytes: usize) -> std::alloc::Layout {
    let size = PREFIXED_STR_PREFIX + std::mem::size_of::<Obj<StrData>>() + stored_bytes;
    std::alloc::Layout::from_size_align(size, PREFIXED_STR_ALIGN).unwrap_or_else(|_| std::alloc::Layout::new::<[u128; 8]>())
}

/// A copy of `src` as an object of type `t` (a str subclass whose `dealloc` ends in
/// [`free_prefixed_str`]), with [`PREFIXED_STR_PREFIX`] bytes before the header that
/// `init_prefix` fills.
///
/// # Safety
/// `init_prefix` must initialise the prefix as `t`'s destructor expects it.
pub unsafe fn new_prefixed_str(t: &'static TypeObject, src: &StrData, init_prefix: impl FnOnce(*mut u8)) -> Value {
    let stored = src.stored_bytes();
    let layout = prefixed_str_layout(stored);
    // SAFETY: the layout has non-zero size; the prefix, header, body and text (a byte copy
    // of `src`'s stored text, twin included) are all written before the pointer escapes.
    unsafe {
        let base = std::alloc::alloc(layout);
        if base.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        init_prefix(base);
        let p = base.add(PREFIXED_STR_PREFIX) as *mut Obj<StrData>;
        std::ptr::write(
            p,
            Obj {
                header: Header::new_owned(t, crate::thread::brc::current_tid()),
                body: StrData { byte_len_and_flag: src.byte_len_and_flag, char_len_u32: src.char_len_u32, hash: AtomicI64::new(-1) },
            },
        );
        std::ptr::copy_nonoverlapping(src.text_ptr(), (p as *mut u8).add(std::mem::size_of::<Obj<StrData>>()), stored);
        Value::from_owned_ptr(p as *const Header)
    }
}

/// Frees the allocation of a str made by [`new_prefixed_str`] (its prefix already
/// dropped).
///
/// # Safety
/// `obj` was made by `new_prefixed_str` and has no references left.
pub unsafe fn free_prefixed_str(obj: *mut Header) {
    // SAFETY: per the contract the allocation starts `PREFIXED_STR_PREFIX` bytes before
    // the header and was made with `prefixed_str_layout` of the body's stored length.
    unsafe {
        let stored = (*(obj as *const Obj<StrData>)).body.stored_bytes();
        std::alloc::dealloc((obj as *mut u8).sub(PREFIXED_STR_PREFIX), prefixed_str_layout(stored));
    }
}

/// A new str from generalized UTF-8 (`crate::text::wtf8`): lone surrogates are kept.
/// Bytes that are not generalized UTF-8 (never produced by braid itself) are replaced by
/// U+FFFD, so the result is always well formed.
#[inline(never)]
pub fn new_str_wtf8(bytes: &[u8]) -> Value {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return new_str(s);
    }
    if !crate::text::wtf8::is_well_formed(bytes) {
        return new_str(&String::from_utf8_lossy(bytes));
    }
    let char_len = crate::text::wtf8::count_code_points(bytes);
    new_str_wtf8_parts(&[bytes], char_len)
}

/// A new str from pieces of generalized UTF-8 text that each hold whole code points
/// (slices of other strs at code-point boundaries, or `&str`), `char_len` in total.
/// The surrogate flag is set exactly when the result holds a surrogate. The pieces are
/// checked (this is not a hot path): an ill-formed piece makes the result the lossy
/// decoding of the whole, so the text is always well formed.
#[inline(never)]
pub fn new_str_wtf8_parts(parts: &[&[u8]], char_len: usize) -> Value {
    let byte_len: usize = parts.iter().map(|p| p.len()).sum();
    if byte_len > MAX_STR_BYTES {
        std::alloc::handle_alloc_error(str_layout(byte_len));
    }
    if !parts.iter().all(|p| crate::text::wtf8::is_well_formed(p)) {
        return new_str(&String::from_utf8_lossy(&parts.concat()));
    }
    let surrogates = parts.iter().any(|p| crate::text::wtf8::has_surrogates(p));
    // SAFETY: every part is generalized UTF-8 made of whole code points (checked above),
    // so their concatenation is too, and its twin is valid UTF-8; `surrogates` was
    // computed from them.
    unsafe {
        alloc_str(byte_len, char_len, surrogates, |mut text| {
            for part in parts {
                std::ptr::copy_nonoverlapping(part.as_ptr(), text, part.len());
                text = text.add(part.len());
            }
        })
    }
}

/// A new str from code points (surrogates allowed; values above U+10FFFF become U+FFFD).
pub fn new_str_code_points(cps: &[u32]) -> Value {
    let mut out = Vec::with_capacity(cps.len());
    for &cp in cps {
        crate::text::wtf8::push_code_point(&mut out, cp);
    }
    new_str_wtf8_parts(&[&out], cps.len())
}

/// The one-code-point str for `cp` (a surrogate allowed; above U+10FFFF gives U+FFFD).
pub fn code_point_str(cp: u32) -> Value {
    match char::from_u32(cp) {
        Some(c) => crate::builtins::str_methods_case::char_str(c),
        None => new_str_code_points(&[cp]),
    }
}

/// The piece of `d`'s text between byte offsets `from..to` (code-point boundaries, which
/// are the same in the canonical text and in `as_str()`), as a new str that keeps any
/// surrogates.
#[inline(never)]
pub fn str_piece(d: &StrData, from: usize, to: usize) -> Value {
    if d.has_surrogates() {
        let piece = &d.as_wtf8()[from..to];
        let n = crate::text::wtf8::count_code_points(piece);
        new_str_wtf8_parts(&[piece], n)
    } else if d.is_ascii() {
        new_str_ascii(&d.as_str()[from..to])
    } else {
        new_str(&d.as_str()[from..to])
    }
}

/// `a + b` for two strs: one allocation, no code-point recount; an empty operand returns
/// the other object itself.
pub fn str_concat(a: &Value, x: &StrData, b: &Value, y: &StrData) -> PyResult<Value> {
    if y.byte_len() == 0 {
        return Ok(a.clone());
    }
    if x.byte_len() == 0 {
        return Ok(b.clone());
    }
    if x.byte_len() + y.byte_len() > MAX_STR_BYTES {
        return Err(PyErr::bare(&crate::builtins::exceptions::MEMORY_ERROR));
    }
    if x.has_surrogates() || y.has_surrogates() {
        return Ok(concat_with_surrogates(x, y));
    }
    Ok(new_str_parts(&[x.as_str(), y.as_str()], x.char_len() + y.char_len()))
}

#[cold]
#[inline(never)]
fn concat_with_surrogates(x: &StrData, y: &StrData) -> Value {
    new_str_wtf8_parts(&[x.as_wtf8(), y.as_wtf8()], x.char_len() + y.char_len())
}

/// An interned str: one immortal object per distinct text, shared by every code object
/// (identifiers, attribute names). Global-variable caches compare keys by identity
/// first, so interning makes a cache hit a pointer compare.
pub fn intern(s: &str) -> Value {
    use std::collections::HashMap;
    use std::sync::Mutex;
    static TABLE: OnceLock<Mutex<HashMap<Box<str>, usize>>> = OnceLock::new();
    let mut table = TABLE.get_or_init(Default::default).lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(&raw) = table.get(s) {
        // SAFETY: interned strings are immortal and never freed.
        return unsafe { Value::from_raw(raw) };
    }
    let v = new_str(s);
    if let Some(h) = v.header() {
        h.make_immortal();
    }
    let raw = v.into_raw();
    table.insert(s.into(), raw);
    // SAFETY: immortal, so this copy needs no reference of its own.
    unsafe { Value::from_raw(raw) }
}

/// The str body, if `v` is a str.
#[inline]
pub fn as_str_data(v: &Value) -> Option<&StrData> {
    if !v.is_small_int() && (v.ty().body.kind == Kind::Str || v.ty().body.state.solid_kind() == Some(Kind::Str)) {
        // SAFETY: Kind::Str objects and str subclass instances are Obj<StrData>.
        Some(unsafe { v.body_unchecked::<StrData>() })
    } else {
        None
    }
}

/// The str body, if `v` is exactly a str (not an instance of a subclass, whose
/// methods may differ): for fast paths that skip the type's slots.
#[inline]
pub fn as_exact_str_data(v: &Value) -> Option<&StrData> {
    if !v.is_small_int() && v.ty().body.kind == Kind::Str {
        // SAFETY: Kind::Str objects are Obj<StrData>.
        Some(unsafe { v.body_unchecked::<StrData>() })
    } else {
        None
    }
}

/// The text, if `v` is a str.
#[inline]
pub fn as_str(v: &Value) -> Option<&str> {
    as_str_data(v).map(StrData::as_str)
}

/// The canonical text (generalized UTF-8, surrogates kept), if `v` is a str.
#[inline]
pub fn as_wtf8(v: &Value) -> Option<&[u8]> {
    as_str_data(v).map(StrData::as_wtf8)
}

impl StrData {
    /// Length in code points.
    #[inline(always)]
    pub fn char_len(&self) -> usize {
        self.char_len_u32 as usize
    }

    /// Length in bytes of the canonical text (equal to `as_str().len()`).
    #[inline(always)]
    pub fn byte_len(&self) -> usize {
        (self.byte_len_and_flag & !SURROGATE_FLAG) as usize
    }

    /// True when the text holds at least one lone surrogate.
    #[inline(always)]
    pub fn has_surrogates(&self) -> bool {
        self.byte_len_and_flag & SURROGATE_FLAG != 0
    }

    /// Bytes stored after the struct (the canonical text, plus the twin if any).
    fn stored_bytes(&self) -> usize {
        self.byte_len() << (self.byte_len_and_flag >> 31)
    }

    /// Start of the stored text (the twin, if any, then the canonical text).
    #[inline(always)]
    fn text_ptr(&self) -> *const u8 {
        // SAFETY: the body is always inside an `Obj<StrData>` allocated by `alloc_str`,
        // whose text starts right after the object.
        unsafe {
            let obj = (self as *const StrData as *const u8).sub(std::mem::offset_of!(Obj<StrData>, body));
            obj.add(std::mem::size_of::<Obj<StrData>>())
        }
    }

    /// The text as valid UTF-8: the text itself, or for a string holding lone surrogates
    /// its lossy twin (each surrogate shown as U+FFFD, byte offsets unchanged). Code that
    /// builds new strings from it, compares or prints it must use [`StrData::as_wtf8`]
    /// when [`StrData::has_surrogates`] is set.
    #[inline(always)]
    pub fn as_str(&self) -> &str {
        // SAFETY: `alloc_str` wrote `byte_len` bytes after the object: the text itself,
        // valid UTF-8 without surrogates, or for flagged strings the twin, valid UTF-8 by
        // construction (`write_lossy_twin`).
        unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.text_ptr(), self.byte_len())) }
    }

    /// The canonical text: generalized UTF-8 in which lone surrogates are kept.
    #[inline(always)]
    pub fn as_wtf8(&self) -> &[u8] {
        let raw = self.byte_len_and_flag;
        let len = (raw & !SURROGATE_FLAG) as usize;
        // The canonical text follows the twin when the flag is set: `0 - 1` is all ones.
        let canonical_offset = len & 0usize.wrapping_sub((raw >> 31) as usize);
        // SAFETY: `alloc_str` wrote the canonical text, `len` bytes, at that offset.
        unsafe { std::slice::from_raw_parts(self.text_ptr().add(canonical_offset), len) }
    }

    /// `self == other` by code points. Equal strings have equal lengths and flags, so one
    /// compare of the length words settles most unequal pairs and picks the text to compare.
    #[inline(always)]
    pub fn text_eq(&self, other: &StrData) -> bool {
        self.byte_len_and_flag == other.byte_len_and_flag
            && if self.has_surrogates() { self.as_wtf8() == other.as_wtf8() } else { self.as_str() == other.as_str() }
    }

    /// `self == s` for a Rust string (which cannot hold surrogates: a flagged `self`'s
    /// length word never equals `s.len()`).
    #[inline(always)]
    pub fn eq_str(&self, s: &str) -> bool {
        self.byte_len_and_flag as usize == s.len() && self.as_str() == s
    }

    /// Code-point order of two strs (byte order of their canonical texts).
    #[inline(always)]
    pub fn text_cmp(&self, other: &StrData) -> std::cmp::Ordering {
        if (self.byte_len_and_flag | other.byte_len_and_flag) & SURROGATE_FLAG == 0 {
            self.as_str().as_bytes().cmp(other.as_str().as_bytes())
        } else {
            self.as_wtf8().cmp(other.as_wtf8())
        }
    }

    /// The code points, surrogates included.
    pub fn code_points(&self) -> crate::text::wtf8::CodePoints<'_> {
        crate::text::wtf8::CodePoints::new(self.as_wtf8())
    }

    /// True when every character is ASCII (byte index == char index). A flagged string
    /// never is: the flag bit makes the stored length differ from the code-point count.
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len_u32 == self.byte_len_and_flag
    }
    /// The character at code-point index `i` (in range); a surrogate reads as U+FFFD.
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            char::from(self.as_str().as_bytes()[i])
        } else {
            self.as_str().chars().nth(i).unwrap_or('\0')
        }
    }
    /// Byte offset of code-point index `i` (may equal the length).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.as_str().char_indices().nth(i).map_or(self.byte_len(), |(b, _)| b)
        }
    }
}

fn hash_key() -> crate::numeric::hash::HashKey {
    static KEY: OnceLock<crate::numeric::hash::HashKey> = OnceLock::new();
    *KEY.get_or_init(|| {
        let env = std::env::var("PYTHONHASHSEED").ok();
        crate::numeric::hash::HashKey::from_env_value(env.as_deref())
            .unwrap_or_else(|_| crate::numeric::hash::HashKey::from_seed(None))
    })
}

/// The keyed hash of a byte string (str and bytes share it, as in CPython).
pub fn hash_bytes(b: &[u8]) -> i64 {
    crate::numeric::hash::hash_bytes(hash_key(), b)
}

/// The cached hash of a str.
#[inline]
pub fn str_hash(d: &StrData) -> i64 {
    let h = d.hash.load(Ordering::Relaxed);
    if h != -1 {
        return h;
    }
    let h = hash_bytes(d.as_wtf8());
    d.hash.store(h, Ordering::Relaxed);
    h
}

fn str_hash_slot(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(as_str_data(v).map_or(0, str_hash))
}

/// CPython's `repr(str)` (the escaping rules live in `crate::text::repr`).
pub fn repr_str(s: &str) -> String {
    crate::text::repr::str_repr(s)
}

fn str_repr_slot(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some(d) = as_str_data(v) else { return Ok(new_str("''")) };
    Ok(new_str(&repr_str_data(d)))
}

/// `repr()` of a str body, escaping lone surrogates as `\udXXX` (and, inside a proxied
/// method call, the stand-ins of the active proxy block as the surrogates they are).
pub fn repr_str_data(d: &StrData) -> String {
    if d.has_surrogates() {
        let cps: Vec<u32> = d.code_points().collect();
        return crate::text::repr::str_repr_code_points(&cps);
    }
    match crate::builtins::str_surrogates::active_proxy_code_points(d.as_str()) {
        Some(cps) => crate::text::repr::str_repr_code_points(&cps),
        None => repr_str(d.as_str()),
    }
}

fn str_str_slot(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(as_str_data(v).map_or_else(|| v.clone(), |d| exact_str(v, d)))
}

/// `v` (a str with body `d`) as an object of exactly type str: `v` itself, or for an
/// instance of a subclass a copy, as str methods return (CPython's
/// `unicode_result_unchanged`).
#[inline]
pub fn exact_str(v: &Value, d: &StrData) -> Value {
    if v.ty().body.kind == Kind::Str {
        v.clone()
    } else {
        new_str_wtf8(d.as_wtf8())
    }
}

fn str_compare(_vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    match (as_str_data(a), as_str_data(b)) {
        (Some(x), Some(y)) => Ok(Some(py_bool(match op {
            CompareOp::Eq => x.text_eq(y),
            CompareOp::Ne => !x.text_eq(y),
            _ => op.test(x.text_cmp(y)),
        }))),
        _ => Ok(None),
    }
}

fn str_binop(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match op {
        BinOp::Mod => str_percent(vm, a, b),
        _ => str_binop_values(op, a, b),
    }
}

/// str's `+` and `*` without the interpreter (the compiler folds constants with it);
/// `%` (formatting, which may call back into Python) is [`str_binop`]'s alone.
pub fn str_binop_values(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match op {
        BinOp::Add => {
            let Some(x) = as_str_data(a) else { return Ok(None) };
            let Some(y) = as_str_data(b) else {
                return Err(PyErr::type_error(format!("can only concatenate str (not \"{}\") to str", b.ty().body.name)));
            };
            str_concat(a, x, b, y).map(Some)
        }
        BinOp::Mul => {
            let (s, n) = match (as_str_data(a), as_str_data(b)) {
                (Some(s), None) => (s, b),
                (None, Some(s)) => (s, a),
                (Some(_), Some(_)) => {
                    return Err(PyErr::type_error("can't multiply sequence by non-int of type 'str'"))
                }
                _ => return Ok(None),
            };
            match crate::builtins::tuple::repeat_count(n)? {
                Some(k) => {
                    // CPython's limit counts code points; a byte total past it that is
                    // not also a code-point total past it cannot be allocated.
                    if s.char_len().checked_mul(k).is_none_or(|t| t > isize::MAX as usize) {
                        return Err(PyErr::overflow_error("repeated string is too long"));
                    }
                    let Some(total) = s.byte_len().checked_mul(k) else {
                        return Err(PyErr::bare(&crate::builtins::exceptions::MEMORY_ERROR));
                    };
                    if total > MAX_STR_BYTES {
                        return Err(PyErr::bare(&crate::builtins::exceptions::MEMORY_ERROR));
                    }
                    if s.has_surrogates() {
                        let text = s.as_wtf8().repeat(k);
                        return Ok(Some(new_str_wtf8_parts(&[&text], s.char_len() * k)));
                    }
                    Ok(Some(new_str_owned(crate::text::pad::repeat(s.as_str(), k as i64)?.into())))
                }
                None => Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", n.ty().body.name))),
            }
        }
        _ => Ok(None),
    }
}

/// `a % b` for a str `a` (through surrogate proxies when a str holding surrogates is
/// involved); `None` if `a` is not a str.
#[inline(never)]
fn str_percent(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let Some(fmt) = as_str(a) else { return Ok(None) };
    use crate::builtins::str_surrogates as surrogates;
    if as_str_data(a).is_some_and(StrData::has_surrogates) {
        return surrogates::call_formatting(vm, &[a.clone(), b.clone()], &[], percent_native).map(Some);
    }
    surrogates::clear_request();
    let result = crate::builtins::str_format::percent_format(vm, fmt, b)?;
    if surrogates::take_request() {
        // A surrogate was written (`%s` of such a str, `%c` of a surrogate int): format
        // again through a proxy to keep it.
        return surrogates::call_formatting_proxied(vm, &[a.clone(), b.clone()], &[], percent_native).map(Some);
    }
    Ok(Some(result))
}

/// `args[0] % args[1]` as a native function, for running through surrogate proxies.
fn percent_native(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::builtins::str_format::percent_format(vm, as_str(&args[0]).unwrap_or(""), &args[1])
}

fn str_truth(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(as_str_data(v).is_some_and(|d| d.byte_len() != 0))
}

fn str_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(as_str_data(v).map_or(0, |d| d.char_len()))
}

/// `s[i]` as a one-character str.
pub fn str_index(v: &Value, d: &StrData, i: i64) -> PyResult<Value> {
    let Some(j) = normalize_index(i, d.char_len()) else {
        return Err(PyErr::index_error("string index out of range"));
    };
    if d.has_surrogates() {
        return Ok(code_point_at(v, d, j));
    }
    Ok(crate::builtins::str_methods_case::char_str(crate::builtins::str_index_cache::char_at(v, d, j)))
}

/// `s[j]` (in range) of a string holding surrogates.
#[cold]
#[inline(never)]
fn code_point_at(v: &Value, d: &StrData, j: usize) -> Value {
    let from = crate::builtins::str_index_cache::byte_offset(v, d, j);
    let (cp, _) = crate::text::wtf8::decode_first(&d.as_wtf8()[from..]);
    code_point_str(cp)
}

fn str_getitem(_vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let d = as_str_data(v).ok_or_else(|| PyErr::type_error("expected str"))?;
    if let Some(i) = as_int(key) {
        let i = i.to_i64().ok_or_else(|| PyErr::index_error("cannot fit 'int' into an index-sized integer"))?;
        return str_index(v, d, i);
    }
    if let Some(sl) = as_slice(key) {
        let (start, _stop, step, n) = slice_indices(sl, d.char_len())?;
        if step == 1 {
            if n == d.char_len() {
                return Ok(exact_str(v, d));
            }
            let from = crate::builtins::str_index_cache::byte_offset(v, d, start as usize);
            let to = crate::builtins::str_index_cache::byte_offset(v, d, start as usize + n);
            return Ok(str_piece(d, from, to));
        }
        if d.has_surrogates() {
            return Ok(new_str_code_points(&stepped_code_points(d, start, step, n)));
        }
        let out = crate::text::index::slice_str(d.as_str(), d.char_len(), start, step, n);
        return Ok(if d.is_ascii() { new_str_ascii(&out) } else { new_str_owned(out.into()) });
    }
    Err(PyErr::type_error(format!("string indices must be integers, not '{}'", key.ty().body.name)))
}

fn str_contains(_vm: &mut Vm, v: &Value, item: &Value) -> PyResult<bool> {
    let s = as_str_data(v).map_or(&[][..], StrData::as_wtf8);
    match as_wtf8(item) {
        Some(sub) => Ok(crate::text::wtf8::contains(s, sub)),
        None => Err(PyErr::type_error(format!("'in <string>' requires string as left operand, not {}", item.ty().body.name))),
    }
}

fn str_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    let mut object = args.first().filter(|_| npos > 0);
    let mut encoding = args.get(1).filter(|_| npos > 1);
    let mut errors = args.get(2).filter(|_| npos > 2);
    if npos > 3 {
        return Err(PyErr::type_error(format!("str expected at most 3 arguments, got {npos}")));
    }
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        match as_str(k) {
            Some("object") => object = Some(v),
            Some("encoding") => encoding = Some(v),
            Some("errors") => errors = Some(v),
            _ => return Err(PyErr::type_error(format!("str() got an unexpected keyword argument '{}'", as_str(k).unwrap_or("?")))),
        }
    }
    let Some(x) = object else { return Ok(new_str("")) };
    if encoding.is_none() && errors.is_none() {
        return crate::ops::str_(vm, x);
    }
    let text_arg = |v: Option<&Value>, name: &str, default: &'static str| -> PyResult<String> {
        match v {
            None => Ok(default.to_owned()),
            Some(v) => as_str(v)
                .map(str::to_owned)
                .ok_or_else(|| PyErr::type_error(format!("str() argument '{name}' must be str, not {}", crate::builtins::method_args::arg_type_name(v)))),
        }
    };
    let enc = text_arg(encoding, "encoding", "utf-8")?;
    let errs = text_arg(errors, "errors", "strict")?;
    let Some(b) = crate::builtins::bytes::as_bytes(x) else {
        if as_str(x).is_some() {
            return Err(PyErr::type_error("decoding str is not supported"));
        }
        return Err(PyErr::type_error(format!("decoding to str: need a bytes-like object, {} found", x.ty().body.name)));
    };
    let b = b.to_vec();
    crate::builtins::bytes::decoded_to_value(crate::text::codecs::decode_with(&b, &enc, &errs)?)
}

/// The code points of `s[start::step]` (`n` items, indices in range).
fn stepped_code_points(d: &StrData, start: i64, step: i64, n: usize) -> Vec<u32> {
    let all: Vec<u32> = d.code_points().collect();
    (0..n as i64).filter_map(|k| all.get((start + k * step) as usize).copied()).collect()
}

/// `len(s)` in code points as an int value.
pub fn str_len_value(v: &Value) -> Value {
    new_int(as_str_data(v).map_or(0, |d| d.char_len()) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(v: &Value) -> &StrData {
        as_str_data(v).unwrap_or_else(|| unreachable!("a str"))
    }

    #[test]
    fn ordinary_strings_have_no_flag_and_no_twin() {
        let v = new_str("héllo");
        let d = body(&v);
        assert!(!d.has_surrogates());
        assert_eq!((d.byte_len(), d.char_len(), d.stored_bytes()), (6, 5, 6));
        assert_eq!(d.as_str(), "héllo");
        assert_eq!(d.as_wtf8(), "héllo".as_bytes());
        assert!(body(&new_str("abc")).is_ascii());
        // Valid UTF-8 given as generalized UTF-8 stays unflagged.
        assert!(!body(&new_str_wtf8("x\u{10FFFF}".as_bytes())).has_surrogates());
    }

    #[test]
    fn surrogates_set_the_flag_and_a_lossy_twin_at_the_same_offsets() {
        let v = new_str_code_points(&[0x61, 0xD800, 0xE9, 0xDFFF]);
        let d = body(&v);
        assert!(d.has_surrogates() && !d.is_ascii());
        assert_eq!((d.byte_len(), d.char_len(), d.stored_bytes()), (9, 4, 18));
        assert_eq!(d.as_wtf8(), b"a\xed\xa0\x80\xc3\xa9\xed\xbf\xbf");
        assert_eq!(d.as_str(), "a\u{FFFD}é\u{FFFD}");
        assert_eq!(d.code_points().collect::<Vec<_>>(), [0x61, 0xD800, 0xE9, 0xDFFF]);
        // Offsets found in the twin slice the canonical text at the same code points.
        let at = d.as_str().find('é').unwrap_or(0);
        assert_eq!(at, 4);
        let tail = str_piece(d, at, d.byte_len());
        assert_eq!(body(&tail).code_points().collect::<Vec<_>>(), [0xE9, 0xDFFF]);
        // A piece without surrogates is an ordinary string again.
        let head = str_piece(d, 0, 1);
        assert!(!body(&head).has_surrogates() && body(&head).is_ascii());
    }

    #[test]
    fn surrogates_compare_hash_and_concatenate_by_code_point() {
        let hi = new_str_code_points(&[0xD83D]);
        let lo = new_str_code_points(&[0xDE00]);
        let joined = str_concat(&hi, body(&hi), &lo, body(&lo)).unwrap_or_else(|_| unreachable!("small"));
        let d = body(&joined);
        assert_eq!((d.char_len(), d.has_surrogates()), (2, true));
        assert_ne!(d.as_wtf8(), "\u{1F600}".as_bytes());
        let replacement = new_str("\u{FFFD}");
        assert_ne!(body(&hi).as_wtf8(), body(&replacement).as_wtf8());
        assert_ne!(str_hash(body(&hi)), str_hash(body(&lo)));
        assert!(body(&hi).as_wtf8() < body(&replacement).as_wtf8());
        assert_eq!(str_hash(body(&hi)), str_hash(body(&new_str_wtf8(b"\xed\xa0\xbd"))));
    }

    #[test]
    fn ill_formed_input_never_makes_invalid_text() {
        let v = new_str_wtf8(b"a\xff\xed\xa0");
        let d = body(&v);
        assert!(!d.has_surrogates());
        assert_eq!(d.as_str(), "a\u{FFFD}\u{FFFD}\u{FFFD}");
        assert_eq!(body(&code_point_str(0x11_0000)).as_str(), "\u{FFFD}");
        assert!(body(&code_point_str(0xDC80)).has_surrogates());
        // Pieces cut inside a code point are caught, not stored.
        let bad = new_str_wtf8_parts(&[b"\xed\xa0", b"\x80"], 1);
        assert!(!body(&bad).has_surrogates());
        assert!(body(&bad).as_str().starts_with('\u{FFFD}'));
    }
}
