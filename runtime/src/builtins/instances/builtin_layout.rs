//! Classes deriving from a built-in type with a body of its own: `int`, `float`,
//! `complex`, `str`, `bytes`, `list`, `dict`, `tuple`, `set`, `frozenset`, `property`.
//!
//! An instance is laid out as [`Subclassed<B>`]: the built-in body `B` first, at the
//! same offset from the header as in a plain `B` object, so every native function that
//! reads a list body reads a list subclass's body unchanged (the `as_list`-style
//! accessors accept classes whose `TypeState::solid_kind` names the type), then the
//! instance attributes (`InstanceExt`) at a fixed offset the type records.
//!
//! A `str` body is followed by its text, so nothing after it sits at a fixed offset:
//! a str subclass keeps its `InstanceExt` *before* the header, at a negative offset
//! (CPython 3.12 does the same for an object's managed dict). An `int` subclass
//! instance is always a boxed `BigInt`, even for values that plain ints keep inline;
//! `as_int` hands such a value back in its small form, so no code sees a "big" int
//! that fits a machine word.
//!
//! The built-in constructors build plain objects; [`adopt`] turns the fresh object into
//! an instance of the class by moving its body into a `Subclassed<B>` allocation (or
//! copying it when the object is shared, as `tuple(t)` returning `t` is; immutable
//! scalars are always copied).

use num_bigint::BigInt;

use crate::builtins::bytes::BytesData;
use crate::builtins::dict::DictData;
use crate::builtins::list::ListData;
use crate::builtins::set::SetData;
use crate::numeric::complex::Complex;
use crate::object::{Kind, Obj, TypeObject, Value};

use super::instance::InstanceExt;

/// A built-in body followed by instance attributes (see the module docs).
#[repr(C)]
pub struct Subclassed<B> {
    /// The built-in part, where a plain `B` object keeps it.
    pub base: B,
    /// The class's instance attributes.
    pub ext: InstanceExt,
}

/// How instances of a class deriving from the built-in container `kind` are made.
pub struct BuiltinLayout {
    /// Frees an instance.
    pub dealloc: unsafe fn(*mut crate::object::header::Header),
    /// Offset of the `InstanceExt` from the header (negative: before it).
    pub ext_offset: i32,
}

const fn layout<B>() -> BuiltinLayout {
    // The body must sit where a plain `B` object has it, for the accessors.
    assert!(std::mem::offset_of!(Obj<Subclassed<B>>, body) == std::mem::offset_of!(Obj<B>, body));
    BuiltinLayout {
        dealloc: crate::object::value::dealloc_box::<Subclassed<B>>,
        ext_offset: (std::mem::offset_of!(Obj<Subclassed<B>>, body) + std::mem::offset_of!(Subclassed<B>, ext)) as i32,
    }
}

/// The layout for subclasses of `kind`, or `None` when the kind cannot be subclassed
/// (yet).
pub fn layout_for(kind: Kind) -> Option<BuiltinLayout> {
    Some(match kind {
        Kind::Int => layout::<BigInt>(),
        Kind::Float => layout::<f64>(),
        Kind::Complex => layout::<Complex>(),
        Kind::Bytes => layout::<BytesData>(),
        Kind::Str => BuiltinLayout { dealloc: str_subclass_dealloc, ext_offset: -(crate::builtins::str::PREFIXED_STR_PREFIX as i32) },
        Kind::List => layout::<ListData>(),
        Kind::Dict => layout::<DictData>(),
        Kind::Tuple => layout::<Box<[Value]>>(),
        Kind::Set | Kind::FrozenSet => layout::<SetData>(),
        Kind::Property => layout::<super::descriptors::PropertyData>(),
        _ => return None,
    })
}

/// Turns `v`, a fresh object of `t`'s built-in base, into an instance of `t`. Values
/// that are already instances of `t` (or of another class) are returned unchanged.
pub fn adopt(v: Value, t: &'static TypeObject) -> Value {
    let Some(kind) = t.body.state.solid_kind() else { return v };
    if kind == Kind::Int {
        // Small ints are inline words and bools are ints too: every int is copied.
        return match crate::builtins::int::as_int(&v) {
            Some(i) if !v.ty().body.state.is_heap() => with_ext(t, i.to_big()),
            _ => v,
        };
    }
    // `frozenset.__new__(C)` builds its body as a set would: the same `SetData`.
    let same_body = |k: Kind| k == kind || matches!((k, kind), (Kind::Set, Kind::FrozenSet));
    if v.is_small_int() || v.ty().body.state.is_heap() || !same_body(v.ty().body.kind) {
        return v;
    }
    match kind {
        Kind::Float => with_ext(t, crate::builtins::float::as_float(&v).unwrap_or(0.0)),
        Kind::Complex => match crate::builtins::complex::as_complex(&v) {
            Some(c) => with_ext(t, c),
            None => v,
        },
        Kind::Bytes => match crate::builtins::bytes::as_bytes_object(&v) {
            Some(b) => with_ext(t, BytesData::new(b.into())),
            None => v,
        },
        Kind::Str => match crate::builtins::str::as_str_data(&v) {
            // SAFETY: the prefix is an `InstanceExt` slot, written before the object escapes.
            Some(d) => unsafe { crate::builtins::str::new_prefixed_str(t, d, |p| std::ptr::write(p as *mut InstanceExt, InstanceExt::new())) },
            None => v,
        },
        Kind::List => rebox::<ListData>(v, t, |v| crate::builtins::list::new_list(crate::builtins::list::as_list(v).map(|l| l.items().clone()).unwrap_or_default())),
        Kind::Dict => rebox::<DictData>(v, t, |v| {
            let fresh = crate::builtins::dict::new_dict();
            if let (Some(d), Some(src)) = (crate::builtins::dict::as_dict(&fresh), crate::builtins::dict::as_dict(v)) {
                let mut vm = crate::interp::Vm::scratch();
                for (k, x) in src.items() {
                    let _ = d.set(&mut vm, k, x);
                }
            }
            fresh
        }),
        Kind::Tuple => rebox::<Box<[Value]>>(v, t, |v| {
            let items = crate::builtins::tuple::as_tuple(v).map(<[Value]>::to_vec).unwrap_or_default();
            crate::object::alloc(&crate::builtins::tuple::TUPLE_TYPE, items.into_boxed_slice())
        }),
        Kind::Set | Kind::FrozenSet => rebox::<SetData>(v, t, |v| {
            let items: Vec<Value> = crate::builtins::set::as_set(v).map(|s| s.table().iter().map(|(k, _)| k.clone()).collect()).unwrap_or_default();
            let mut vm = crate::interp::Vm::scratch();
            crate::builtins::set::set_from_values(&mut vm, items).unwrap_or_else(|_| crate::builtins::dict::new_dict())
        }),
        Kind::Property => rebox::<super::descriptors::PropertyData>(v, t, super::descriptors::copy_property),
        _ => v,
    }
}

/// Moves the body of `v` into a new instance of `t`; a shared `v` is first copied into
/// a fresh object by `copy`.
fn rebox<B: Send + Sync>(v: Value, t: &'static TypeObject, copy: impl Fn(&Value) -> Value) -> Value {
    let unique = |v: &Value| v.header().is_some_and(|h| !h.is_uncounted() && h.refcount() == 1);
    let v = if unique(&v) { v } else { copy(&v) };
    if !unique(&v) {
        return v;
    }
    with_ext(t, take_body::<B>(v))
}

/// A new instance of `t` with body `base` and no attributes yet.
fn with_ext<B: Send + Sync>(t: &'static TypeObject, base: B) -> Value {
    crate::object::alloc(t, Subclassed { base, ext: InstanceExt::new() })
}

/// The body of a uniquely referenced `Obj<B>`, freeing its allocation without dropping
/// the body.
fn take_body<B>(v: Value) -> B {
    let p = v.into_raw() as *mut Obj<B>;
    // SAFETY: the caller checked that `v` is the only reference to an `Obj<B>` made by
    // `object::alloc` (a `Box<Obj<B>>`); the body is read out once and the box's memory
    // is then freed without running the body's destructor (it moved out).
    unsafe {
        let body = std::ptr::read(&(*p).body);
        std::alloc::dealloc(p as *mut u8, std::alloc::Layout::new::<Obj<B>>());
        body
    }
}

const _: () = assert!(std::mem::size_of::<InstanceExt>() <= crate::builtins::str::PREFIXED_STR_PREFIX);
const _: () = assert!(std::mem::align_of::<InstanceExt>() <= crate::builtins::str::PREFIXED_STR_ALIGN);

/// Frees an instance of a str subclass: its `InstanceExt` before the header, then the
/// string.
///
/// # Safety
/// `obj` is an unreferenced object made by `new_prefixed_str` for a str subclass.
unsafe fn str_subclass_dealloc(obj: *mut crate::object::header::Header) {
    // SAFETY: per the contract an `InstanceExt` lives `PREFIXED_STR_PREFIX` bytes before
    // the header; it is dropped once, then the whole allocation is freed.
    unsafe {
        let ext = (obj as *mut u8).sub(crate::builtins::str::PREFIXED_STR_PREFIX) as *mut InstanceExt;
        std::ptr::drop_in_place(ext);
        crate::builtins::str::free_prefixed_str(obj);
    }
}
