//! Classes deriving from a built-in container: `list`, `dict`, `tuple`, `set`,
//! `frozenset`.
//!
//! An instance is laid out as [`Subclassed<B>`]: the built-in body `B` first, at the
//! same offset from the header as in a plain `B` object, so every native function that
//! reads a list body reads a list subclass's body unchanged (the `as_list`-style
//! accessors accept classes whose `TypeState::solid_kind` names the container), then
//! the instance attributes (`InstanceExt`) at a fixed offset the type records.
//!
//! The built-in constructors build plain objects; [`adopt`] turns the fresh object into
//! an instance of the class by moving its body into a `Subclassed<B>` allocation (or
//! copying it when the object is shared, as `tuple(t)` returning `t` is).

use crate::builtins::dict::DictData;
use crate::builtins::list::ListData;
use crate::builtins::set::SetData;
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
    /// Offset of the `InstanceExt` from the header.
    pub ext_offset: u32,
}

const fn layout<B>() -> BuiltinLayout {
    // The body must sit where a plain `B` object has it, for the accessors.
    assert!(std::mem::offset_of!(Obj<Subclassed<B>>, body) == std::mem::offset_of!(Obj<B>, body));
    BuiltinLayout {
        dealloc: crate::object::value::dealloc_box::<Subclassed<B>>,
        ext_offset: (std::mem::offset_of!(Obj<Subclassed<B>>, body) + std::mem::offset_of!(Subclassed<B>, ext)) as u32,
    }
}

/// The layout for subclasses of `kind`, or `None` when the kind cannot be subclassed
/// (yet).
pub fn layout_for(kind: Kind) -> Option<BuiltinLayout> {
    Some(match kind {
        Kind::List => layout::<ListData>(),
        Kind::Dict => layout::<DictData>(),
        Kind::Tuple => layout::<Box<[Value]>>(),
        Kind::Set | Kind::FrozenSet => layout::<SetData>(),
        _ => return None,
    })
}

/// Turns `v`, a fresh object of `t`'s built-in base, into an instance of `t`. Values
/// that are already instances of `t` (or of another class) are returned unchanged.
pub fn adopt(v: Value, t: &'static TypeObject) -> Value {
    let Some(kind) = t.body.state.solid_kind() else { return v };
    if v.is_small_int() || v.ty().body.state.is_heap() || v.ty().body.kind != kind {
        return v;
    }
    match kind {
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
    let base = take_body::<B>(v);
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
