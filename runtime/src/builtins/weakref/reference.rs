//! `weakref.ref` (`weakref.ReferenceType`): calling it gives the referent or None.
//!
//! Equality and hashing follow CPython: two references compare by their referents
//! while both are alive and by identity otherwise; the hash is the referent's, computed
//! on first use and kept, so a reference hashed while alive still hashes after the
//! referent died (`TypeError: weak object has gone away` if it never was).

use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

use super::table::{self, WeakrefData, NO_HASH};
use crate::builtins::singletons::{is_none, none, not_implemented, py_bool};
use crate::builtins::str::new_str;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{CompareOp, Kind, Obj, Slots, TypeObject, Value};

/// `weakref.ReferenceType`.
pub static REF_TYPE: TypeObject = Obj {
    header: crate::object::Header::immortal(&crate::builtins::type_::TYPE_TYPE),
    body: crate::object::TypeData {
        name: "weakref.ReferenceType",
        kind: Kind::Object,
        base: Some(&crate::builtins::type_::OBJECT_TYPE),
        dealloc: table::weakref_dealloc,
        slots: Slots {
            new: Some(ref_new),
            call: Some(ref_call),
            hash: Some(ref_hash),
            compare: Some(ref_compare),
            repr: Some(ref_repr),
            getattr: Some(ref_getattr),
            traverse: Some(weakref_traverse),
            ..Slots::EMPTY
        },
        methods: &[crate::object::MethodDef::method("__init__", ref_init)],
        state: crate::object::type_state::TypeState::builtin(),
    },
};

/// An instance of a class deriving from `ref`: the reference's body where a plain one
/// has it, then the instance attributes.
type Subclass = crate::builtins::instances::builtin_layout::Subclassed<WeakrefData>;

// A subclass instance's body must sit where a plain reference keeps it (`as_weakref`).
const _: () = assert!(std::mem::offset_of!(Obj<Subclass>, body) == std::mem::offset_of!(Obj<WeakrefData>, body));

/// Offset of a `ref` subclass instance's attributes from its header.
pub const SUBCLASS_EXT_OFFSET: i32 = (std::mem::offset_of!(Obj<Subclass>, body) + std::mem::offset_of!(Subclass, ext)) as i32;

/// The layout destructor of `ref` subclass instances.
///
/// # Safety
/// `obj` is an unreferenced instance of a class deriving from `ref`, made by `ref_new`.
pub unsafe fn subclass_dealloc(obj: *mut crate::object::Header) {
    // SAFETY: forwarded; such instances are `Obj<Subclass>` allocations.
    unsafe {
        table::unlist(obj);
        crate::object::value::dealloc_box::<Subclass>(obj);
    }
}

/// True for an instance of a class deriving from `ref`.
fn is_ref_subclass(t: &'static TypeObject) -> bool {
    t.body.state.is_heap() && t.body.is_subtype(&REF_TYPE.body)
}

/// The weak-reference body of `v`, if `v` is a reference (of `ref` or a subclass) or a
/// proxy.
pub fn as_weakref(v: &Value) -> Option<&WeakrefData> {
    let t = v.header()?.ty();
    if is_weakref_type(t) || is_ref_subclass(t) {
        // SAFETY: these types' instances are allocated as Obj<WeakrefData>.
        Some(unsafe { v.body_unchecked::<WeakrefData>() })
    } else {
        None
    }
}

/// True for `ref` and the proxy types.
pub fn is_weakref_type(t: &'static TypeObject) -> bool {
    std::ptr::eq(t, &REF_TYPE) || std::ptr::eq(t, &super::proxy::PROXY_TYPE) || std::ptr::eq(t, &super::proxy::CALLABLE_PROXY_TYPE)
}

/// A new weak reference object of type `t` to `obj` (not yet listed).
pub fn alloc_weakref(t: &'static TypeObject, obj: &Value, callback: Option<Value>) -> Value {
    crate::object::alloc(
        t,
        WeakrefData {
            referent: AtomicUsize::new(obj.raw()),
            callback: Mutex::new(callback),
            hash: AtomicI64::new(NO_HASH),
        },
    )
}

/// CPython's error for objects without weak reference support.
pub fn unsupported(obj: &Value) -> PyErr {
    PyErr::type_error(format!("cannot create weak reference to '{}' object", obj.ty().body.name))
}

/// `weakref.ref(obj, callback=None)`.
pub fn new_ref(obj: &Value, callback: Option<Value>) -> PyResult<Value> {
    if !table::supports_weakrefs(obj) {
        return Err(unsupported(obj));
    }
    let callback = callback.filter(|c| !is_none(c));
    let basic = callback.is_none();
    Ok(table::register(obj, basic, false, &REF_TYPE, move || alloc_weakref(&REF_TYPE, obj, callback)))
}

/// A new reference of the `ref` subclass `t` (never a reused one, as in CPython).
fn new_subclass_ref(t: &'static TypeObject, obj: &Value, callback: Option<Value>) -> PyResult<Value> {
    if !table::supports_weakrefs(obj) {
        return Err(unsupported(obj));
    }
    let callback = callback.filter(|c| !is_none(c));
    Ok(table::register(obj, false, false, &REF_TYPE, move || {
        let body = WeakrefData { referent: AtomicUsize::new(obj.raw()), callback: Mutex::new(callback), hash: AtomicI64::new(NO_HASH) };
        crate::object::alloc(t, Subclass { base: body, ext: crate::builtins::instances::instance::InstanceExt::new() })
    }))
}

fn ref_new(_vm: &mut Vm, t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("ref() takes no keyword arguments"));
    }
    if is_ref_subclass(t) {
        return match args {
            [obj] => new_subclass_ref(t, obj, None),
            [obj, cb, ..] => new_subclass_ref(t, obj, Some(cb.clone())),
            [] => Err(PyErr::type_error("__new__ expected at least 1 argument, got 0")),
        };
    }
    match args {
        [obj] => new_ref(obj, None),
        [obj, cb] => new_ref(obj, Some(cb.clone())),
        [] => Err(PyErr::type_error("__new__ expected at least 1 argument, got 0")),
        _ => Err(PyErr::type_error(format!("__new__ expected at most 2 arguments, got {}", args.len()))),
    }
}

fn data(v: &Value) -> PyResult<&WeakrefData> {
    as_weakref(v).ok_or_else(|| PyErr::type_error("expected a weak reference"))
}

fn ref_call(_vm: &mut Vm, v: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !args.is_empty() || !kwnames.is_empty() {
        let n = args.len();
        return Err(PyErr::type_error(format!("weakref() takes no arguments ({n} given)")));
    }
    Ok(table::referent(data(v)?).unwrap_or_else(none))
}

fn ref_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let w = data(v)?;
    let cached = w.hash.load(Ordering::Relaxed);
    if cached != NO_HASH {
        return Ok(cached);
    }
    let obj = table::referent(w).ok_or_else(|| PyErr::type_error("weak object has gone away"))?;
    let h = crate::ops::hash(vm, &obj)?;
    w.hash.store(h, Ordering::Relaxed);
    Ok(h)
}

fn ref_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Some(not_implemented()));
    }
    let (Some(wa), Some(wb)) = (as_weakref(a).filter(|_| is_ref(a)), as_weakref(b).filter(|_| is_ref(b))) else {
        return Ok(Some(not_implemented()));
    };
    match (table::referent(wa), table::referent(wb)) {
        (Some(x), Some(y)) => crate::ops::compare(vm, &x, &y, op).map(Some),
        _ => Ok(Some(py_bool(a.is(b) == (op == CompareOp::Eq)))),
    }
}

fn is_ref(v: &Value) -> bool {
    std::ptr::eq(v.ty(), &REF_TYPE) || is_ref_subclass(v.ty())
}

/// `ref.__init__(self, obj, callback=None)`: the work was done by `__new__`; extra
/// arguments are for subclasses' own `__init__`.
fn ref_init(_vm: &mut Vm, _args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    Ok(none())
}

/// `to 'C' at 0x...` and the referent's `__name__`, shared by the proxies' repr.
pub fn referent_text(vm: &mut Vm, obj: &Value) -> String {
    let mut s = format!("to '{}' at {:#x}", obj.ty().body.name, obj.raw());
    if let Ok(Some(name)) = crate::ops::getattr_opt(vm, obj, "__name__") {
        if let Some(n) = crate::builtins::str::as_str(&name) {
            s.push_str(&format!(" ({n})"));
        }
    }
    s
}

fn ref_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let text = match table::referent(data(v)?) {
        Some(obj) => referent_text(vm, &obj),
        None => "dead".to_string(),
    };
    Ok(new_str(&format!("<weakref at {:#x}; {text}>", v.raw())))
}

fn ref_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "__callback__" => Some(data(v)?.callback.lock().unwrap_or_else(PoisonError::into_inner).clone().unwrap_or_else(none)),
        _ => None,
    })
}

/// The references a weak reference holds: its callback.
pub fn weakref_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(w) = as_weakref(v) {
        let cb = w.callback.lock().unwrap_or_else(PoisonError::into_inner).clone();
        if let Some(cb) = &cb {
            visit(cb);
        }
    }
}
