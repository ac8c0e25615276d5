//! The slot table of every heap type: each protocol slot looks up its `__dunder__`
//! along the class's MRO and calls it, falling back to the nearest built-in base's slot
//! when no class in the MRO defines one (CPython's `slot_tp_*` functions).
//!
//! The table is the same for every class, so defining or deleting a dunder after the
//! class exists (`C.__eq__ = f`, what `functools.total_ordering` and `dataclass` do)
//! needs no slot update: the lookups see the type dict as it is. They are cached per
//! thread by (type version tag, name) in a small direct-mapped table, so a dunder call
//! on a class that does not change costs one hash probe, not an MRO walk.

use std::cell::Cell;

use crate::builtins::dict::as_dict;
use crate::builtins::function::as_function;
use crate::builtins::singletons::{is_none, py_bool, NOT_IMPLEMENTED};
use crate::builtins::str::as_str;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{BinOp, CompareOp, Slots, TypeData, TypeObject, UnaryOp, Value};

use super::instance;

/// The slot table of heap types.
pub const HEAP_SLOTS: Slots = Slots {
    repr: Some(heap_repr),
    str: Some(heap_str),
    hash: Some(heap_hash),
    compare: Some(heap_compare),
    binop: Some(heap_binop_forward),
    unary: Some(heap_unary),
    truth: Some(heap_truth),
    len: Some(heap_len),
    getitem: Some(heap_getitem),
    setitem: Some(heap_setitem),
    delitem: Some(heap_delitem),
    contains: Some(heap_contains),
    iter: Some(heap_iter),
    next: Some(heap_next),
    call: Some(heap_call),
    getattr: Some(heap_getattr),
    setattr: Some(heap_setattr),
    // Construction goes through `type_call` (`__new__` then `__init__`); `slot(new)`
    // on a heap type finds its built-in base's constructor.
    new: None,
    traverse: Some(heap_traverse),
    clear: Some(heap_clear),
};

// ---- lookup -------------------------------------------------------------------------

const CACHE_SIZE: usize = 1024;

thread_local! {
    /// (version tag, name address, value word or 0 for "not defined").
    static CACHE: [Cell<(u32, usize, usize)>; CACHE_SIZE] = const { [const { Cell::new((0, 0, 0)) }; CACHE_SIZE] };
}

/// The nearest built-in type along `t`'s MRO (the one that fixes the layout).
pub fn builtin_base(t: &'static TypeObject) -> &'static TypeData {
    t.body.mro().find(|td| !td.state.is_heap()).unwrap_or(&crate::builtins::type_::OBJECT_TYPE.body)
}

/// `name` as defined by a class of `t`'s MRO before the first built-in type, or `None`
/// (then the built-in base's slot applies). `name` must be a static string: its address
/// is the cache key.
#[inline]
pub fn lookup(t: &'static TypeObject, name: &'static str) -> Option<Value> {
    let version = t.body.state.version_or_assign();
    if version == 0 {
        return lookup_uncached(t, name);
    }
    let key = name.as_ptr() as usize;
    let slot = (version as usize ^ (key >> 3)).wrapping_mul(0x9E37_79B9) % CACHE_SIZE;
    let hit = CACHE.with(|c| {
        let (v, k, w) = c[slot].get();
        (v == version && k == key).then_some(w)
    });
    if let Some(w) = hit {
        // SAFETY: the word was stored from a value held by the type dict of a type whose
        // version tag is still `version`; tags change whenever a type dict along the MRO
        // changes, so the dict still holds that value and the word is a live object.
        return (w != 0).then(|| unsafe { Value::from_borrowed_ptr(w as *const crate::object::header::Header) });
    }
    let found = lookup_uncached(t, name);
    let word = match &found {
        Some(v) if v.is_small_int() => return found,
        Some(v) => v.raw(),
        None => 0,
    };
    CACHE.with(|c| c[slot].set((version, key, word)));
    found
}

fn lookup_uncached(t: &'static TypeObject, name: &str) -> Option<Value> {
    for ty in crate::builtins::type_init::mro_types(t) {
        let td = &ty.body;
        if td.state.is_heap() {
            if let Some(v) = td.state.dict_if_filled().and_then(as_dict).and_then(|d| d.get_str(name)) {
                return Some(v);
            }
            continue;
        }
        // A built-in type that defines `name` ends the search: its slot serves it. One
        // that does not (`int` has no `__contains__`) lets mixins after it in the MRO
        // (`class F(int, Flag)`) supply the method, as CPython's MRO walk does.
        if td.kind == crate::object::Kind::Object || as_dict(crate::builtins::type_init::type_dict(ty)).is_some_and(|d| d.get_str(name).is_some()) {
            return None;
        }
    }
    None
}

/// Calls dunder `f` (found on `self_`'s class) with `self_` first.
pub fn call_dunder(vm: &mut Vm, f: &Value, self_: &Value, rest: &[Value]) -> PyResult<Value> {
    if as_function(f).is_some() {
        let mut args = Vec::with_capacity(rest.len() + 1);
        args.push(self_.clone());
        args.extend_from_slice(rest);
        return crate::interp::call::call_python_function(vm, f, &args, &[]);
    }
    let bound = crate::builtins::attr_lookup::bind(vm, f.clone(), self_)?;
    crate::ops::call(vm, &bound, rest, &[])
}

/// Looks `name` up on `v`'s class and calls it; `Ok(None)` when no class defines it.
#[inline]
fn call_if_defined(vm: &mut Vm, v: &Value, name: &'static str, rest: &[Value]) -> PyResult<Option<Value>> {
    match lookup(v.ty(), name) {
        Some(f) => call_dunder(vm, &f, v, rest).map(Some),
        None => Ok(None),
    }
}

fn base_slot<F: Copy>(v: &Value, pick: impl Fn(&Slots) -> Option<F>) -> Option<F> {
    builtin_base(v.ty()).slot(pick)
}

fn type_name(v: &Value) -> &'static str {
    v.ty().body.name
}

// ---- repr, str, hash ----------------------------------------------------------------

fn heap_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(r) = call_if_defined(vm, v, "__repr__", &[])? {
        if as_str(&r).is_none() {
            return Err(PyErr::type_error(format!("__repr__ returned non-string (type {})", type_name(&r))));
        }
        return Ok(r);
    }
    default_repr(vm, v)
}

/// `object.__repr__` for a heap instance (`<__main__.C object at 0x...>`), or the
/// built-in base's repr.
pub fn default_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let base = builtin_base(v.ty());
    if let Some(f) = base.slot(|s| s.repr).filter(|_| !std::ptr::eq(base, &crate::builtins::type_::OBJECT_TYPE.body)) {
        return f(vm, v);
    }
    Ok(crate::builtins::str::new_str(&format!("<{} object at {:#x}>", super::heap_type::full_name(v.ty()), v.raw())))
}

fn heap_str(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(r) = call_if_defined(vm, v, "__str__", &[])? {
        if as_str(&r).is_none() {
            return Err(PyErr::type_error(format!("__str__ returned non-string (type {})", type_name(&r))));
        }
        return Ok(r);
    }
    // The built-in base's own `__str__` (str, exceptions), else object's, which calls
    // `repr` (so a class that defines only `__repr__` prints with it).
    match base_slot(v, |s| s.str) {
        Some(f) => f(vm, v),
        None => heap_repr(vm, v),
    }
}

fn heap_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match lookup(v.ty(), "__hash__") {
        Some(f) if is_none(&f) => Err(PyErr::type_error(format!("unhashable type: '{}'", type_name(v)))),
        Some(f) => {
            let r = call_dunder(vm, &f, v, &[])?;
            match crate::builtins::int::as_int(&r) {
                Some(i) => Ok(crate::builtins::int::hash_int(&i)),
                None => Err(PyErr::type_error("__hash__ method should return an integer")),
            }
        }
        None => match base_slot(v, |s| s.hash) {
            Some(f) => f(vm, v),
            None => Ok(crate::builtins::type_::identity_hash_value(v)),
        },
    }
}

// ---- comparison ---------------------------------------------------------------------

fn compare_name(op: CompareOp) -> &'static str {
    match op {
        CompareOp::Lt => "__lt__",
        CompareOp::Le => "__le__",
        CompareOp::Eq => "__eq__",
        CompareOp::Ne => "__ne__",
        CompareOp::Gt => "__gt__",
        CompareOp::Ge => "__ge__",
    }
}

/// `a op b` through `a`'s class: its `__op__`, NotImplemented mapped to `None`.
fn heap_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    if let Some(r) = call_if_defined(vm, a, compare_name(op), std::slice::from_ref(b))? {
        return Ok((!r.is_static(&NOT_IMPLEMENTED)).then_some(r));
    }
    if op == CompareOp::Ne {
        // object.__ne__: the inverse of `__eq__` unless that is NotImplemented.
        if let Some(r) = call_if_defined(vm, a, "__eq__", std::slice::from_ref(b))? {
            if r.is_static(&NOT_IMPLEMENTED) {
                return Ok(None);
            }
            let t = crate::ops::truthy(vm, &r)?;
            return Ok(Some(py_bool(!t)));
        }
    }
    match base_slot(a, |s| s.compare) {
        Some(f) => f(vm, a, b, op),
        None => Ok(None),
    }
}

/// True when `t` is a heap type whose classes define a reflected comparison for `op`
/// (used for the subclass-first rule).
pub fn overrides_compare(t: &'static TypeObject, op: CompareOp) -> bool {
    t.body.state.is_heap() && lookup(t, compare_name(op.swapped())).is_some_and(|f| {
        // Overridden: defined by `t` itself rather than inherited from the left type.
        t.body.state.dict_if_filled().and_then(as_dict).and_then(|d| d.get_str(compare_name(op.swapped()))).is_some_and(|own| own.is(&f))
    })
}

// ---- arithmetic -----------------------------------------------------------------------

/// The forward and reflected dunder names of a binary operator.
pub fn binop_names(op: BinOp) -> (&'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__"),
        BinOp::Sub => ("__sub__", "__rsub__"),
        BinOp::Mul => ("__mul__", "__rmul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__"),
        BinOp::Mod => ("__mod__", "__rmod__"),
        BinOp::Pow => ("__pow__", "__rpow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__"),
        BinOp::Or => ("__or__", "__ror__"),
        BinOp::Xor => ("__xor__", "__rxor__"),
        BinOp::And => ("__and__", "__rand__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
    }
}

/// The in-place dunder name of a binary operator.
pub fn inplace_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "__iadd__",
        BinOp::Sub => "__isub__",
        BinOp::Mul => "__imul__",
        BinOp::MatMul => "__imatmul__",
        BinOp::TrueDiv => "__itruediv__",
        BinOp::Mod => "__imod__",
        BinOp::Pow => "__ipow__",
        BinOp::LShift => "__ilshift__",
        BinOp::RShift => "__irshift__",
        BinOp::Or => "__ior__",
        BinOp::Xor => "__ixor__",
        BinOp::And => "__iand__",
        BinOp::FloorDiv => "__ifloordiv__",
    }
}

/// The slot as the generic code calls it (`a op b` for `a` of this class).
fn heap_binop_forward(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if a.ty().body.state.is_heap() {
        if let Some(r) = call_if_defined(vm, a, binop_names(op).0, std::slice::from_ref(b))? {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

/// One side of `a op b`: `left` asks `a`'s class for `__op__`, otherwise `b`'s class
/// for `__rop__`; built-in types answer through their slot. NotImplemented is `None`.
fn binop_side(vm: &mut Vm, op: BinOp, a: &Value, b: &Value, left: bool) -> PyResult<Option<Value>> {
    let subject = if left { a } else { b };
    let t = subject.ty();
    let r = if t.body.state.is_heap() {
        let (fwd, rev) = binop_names(op);
        match lookup(t, if left { fwd } else { rev }) {
            Some(f) => Some(if left { call_dunder(vm, &f, a, std::slice::from_ref(b))? } else { call_dunder(vm, &f, b, std::slice::from_ref(a))? }),
            None => match builtin_base(t).slot(|s| s.binop) {
                Some(f) if !std::ptr::eq(builtin_base(t), &crate::builtins::type_::OBJECT_TYPE.body) => f(vm, op, a, b)?,
                _ => None,
            },
        }
    } else {
        match t.body.slot(|s| s.binop) {
            Some(f) => f(vm, op, a, b)?,
            None => None,
        }
    };
    Ok(r.filter(|r| !r.is_static(&NOT_IMPLEMENTED)))
}

/// `a op b` when either operand's class is a heap type: CPython's `binary_op1`, with
/// the right operand's reflected method first when its class is a proper subclass of
/// the left's that defines it.
pub fn heap_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (ta, tb) = (a.ty(), b.ty());
    let same = std::ptr::eq(ta, tb);
    let right_first = !same && tb.body.is_subtype(&ta.body) && tb.body.state.is_heap() && {
        let rname = binop_names(op).1;
        match (lookup(tb, rname), if ta.body.state.is_heap() { lookup(ta, rname) } else { None }) {
            (Some(x), Some(y)) => !x.is(&y),
            (Some(_), None) => true,
            _ => false,
        }
    };
    if right_first {
        if let Some(r) = binop_side(vm, op, a, b, false)? {
            return Ok(Some(r));
        }
    }
    let left = match binop_side(vm, op, a, b, true) {
        Ok(r) => r,
        // A built-in left operand refuses a foreign right one by raising (`"s" + obj`):
        // the right operand's reflected method still gets its turn.
        Err(e) if !ta.body.state.is_heap() && e.matches(&crate::builtins::exceptions::TYPE_ERROR) => {
            if let Some(r) = binop_side(vm, op, a, b, false)? {
                return Ok(Some(r));
            }
            if op == BinOp::Mul && lookup(tb, "__index__").is_some() {
                let n = super::protocol::index_value(vm, b)?;
                return crate::ops::binary(vm, op, a, &n).map(Some);
            }
            return Err(e);
        }
        Err(e) => return Err(e),
    };
    if let Some(r) = left {
        return Ok(Some(r));
    }
    if !same && !right_first {
        if let Some(r) = binop_side(vm, op, a, b, false)? {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

/// `a op= b` for a heap-type `a`: its `__iop__`, `None` when missing or NotImplemented.
pub fn heap_inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match call_if_defined(vm, a, inplace_name(op), std::slice::from_ref(b))? {
        Some(r) if !r.is_static(&NOT_IMPLEMENTED) => Ok(Some(r)),
        _ => Ok(None),
    }
}

fn heap_unary(vm: &mut Vm, op: UnaryOp, v: &Value) -> PyResult<Option<Value>> {
    let name = match op {
        UnaryOp::Neg => "__neg__",
        UnaryOp::Pos => "__pos__",
        UnaryOp::Invert => "__invert__",
    };
    if let Some(r) = call_if_defined(vm, v, name, &[])? {
        return Ok(Some(r));
    }
    match base_slot(v, |s| s.unary) {
        Some(f) => f(vm, op, v),
        None => Ok(None),
    }
}

// ---- truth, len, containers ---------------------------------------------------------

fn heap_truth(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if let Some(r) = call_if_defined(vm, v, "__bool__", &[])? {
        return match crate::builtins::singletons::as_bool(&r) {
            Some(b) => Ok(b),
            None => Err(PyErr::type_error(format!("__bool__ should return bool, returned {}", type_name(&r)))),
        };
    }
    if lookup(v.ty(), "__len__").is_some() {
        return Ok(heap_len(vm, v)? > 0);
    }
    if let Some(f) = base_slot(v, |s| s.truth) {
        return f(vm, v);
    }
    if let Some(f) = base_slot(v, |s| s.len) {
        return Ok(f(vm, v)? > 0);
    }
    Ok(true)
}

fn heap_len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if let Some(r) = call_if_defined(vm, v, "__len__", &[])? {
        let n = crate::builtins::int::as_int(&r).ok_or_else(|| PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&r))))?;
        if n.is_negative() {
            return Err(PyErr::value_error("__len__() should return >= 0"));
        }
        return n.to_i64().and_then(|i| usize::try_from(i).ok()).ok_or_else(|| PyErr::new(&crate::builtins::exceptions::OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer"));
    }
    match base_slot(v, |s| s.len) {
        Some(f) => f(vm, v),
        None => Err(PyErr::type_error(format!("object of type '{}' has no len()", type_name(v)))),
    }
}

fn heap_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    if let Some(r) = call_if_defined(vm, v, "__getitem__", std::slice::from_ref(key))? {
        return Ok(r);
    }
    match base_slot(v, |s| s.getitem) {
        Some(f) => f(vm, v, key),
        None => Err(PyErr::type_error(format!("'{}' object is not subscriptable", type_name(v)))),
    }
}

fn heap_setitem(vm: &mut Vm, v: &Value, key: &Value, value: Value) -> PyResult<()> {
    if let Some(f) = lookup(v.ty(), "__setitem__") {
        return call_dunder(vm, &f, v, &[key.clone(), value]).map(drop);
    }
    match base_slot(v, |s| s.setitem) {
        Some(f) => f(vm, v, key, value),
        None => Err(PyErr::type_error(format!("'{}' object does not support item assignment", type_name(v)))),
    }
}

fn heap_delitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<()> {
    if let Some(f) = lookup(v.ty(), "__delitem__") {
        return call_dunder(vm, &f, v, std::slice::from_ref(key)).map(drop);
    }
    match base_slot(v, |s| s.delitem) {
        Some(f) => f(vm, v, key),
        None => Err(PyErr::type_error(format!("'{}' object does not support item deletion", type_name(v)))),
    }
}

fn heap_contains(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    if let Some(r) = call_if_defined(vm, v, "__contains__", std::slice::from_ref(x))? {
        return crate::ops::truthy(vm, &r);
    }
    if let Some(f) = base_slot(v, |s| s.contains) {
        return f(vm, v, x);
    }
    if lookup(v.ty(), "__iter__").is_some() || lookup(v.ty(), "__getitem__").is_some() || base_slot(v, |s| s.iter).is_some() {
        let it = heap_iter(vm, v)?;
        while let Some(item) = crate::ops::next(vm, &it)? {
            if crate::ops::eq(vm, &item, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(PyErr::type_error(format!("argument of type '{}' is not a container or iterable", type_name(v))))
}

fn heap_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match lookup(v.ty(), "__iter__") {
        Some(f) if is_none(&f) => Err(PyErr::type_error(format!("'{}' object is not iterable", type_name(v)))),
        Some(f) => {
            let it = call_dunder(vm, &f, v, &[])?;
            if it.ty().body.slot(|s| s.next).is_none() || (it.ty().body.state.is_heap() && lookup(it.ty(), "__next__").is_none() && base_slot(&it, |s| s.next).is_none()) {
                return Err(PyErr::type_error(format!("iter() returned non-iterator of type '{}'", type_name(&it))));
            }
            Ok(it)
        }
        None => {
            if lookup(v.ty(), "__getitem__").is_some() {
                return Ok(super::seq_iter::new_seq_iter(v.clone()));
            }
            match base_slot(v, |s| s.iter) {
                Some(f) => f(vm, v),
                None => Err(PyErr::type_error(format!("'{}' object is not iterable", type_name(v)))),
            }
        }
    }
}

fn heap_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    if let Some(f) = lookup(v.ty(), "__next__") {
        return match call_dunder(vm, &f, v, &[]) {
            Ok(r) => Ok(Some(r)),
            Err(e) if e.matches(&crate::builtins::exceptions::STOP_ITERATION) => Ok(None),
            Err(e) => Err(e),
        };
    }
    match base_slot(v, |s| s.next) {
        Some(f) => f(vm, v),
        None => Err(PyErr::type_error(format!("'{}' object is not an iterator", type_name(v)))),
    }
}

fn heap_call(vm: &mut Vm, v: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if let Some(f) = lookup(v.ty(), "__call__") {
        if as_function(&f).is_some() {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(v.clone());
            all.extend_from_slice(args);
            return crate::interp::call::call_python_function(vm, &f, &all, kwnames);
        }
        let bound = crate::builtins::attr_lookup::bind(vm, f, v)?;
        return crate::ops::call(vm, &bound, args, kwnames);
    }
    match base_slot(v, |s| s.call) {
        Some(f) => f(vm, v, args, kwnames),
        None => Err(PyErr::type_error(format!("'{}' object is not callable", type_name(v)))),
    }
}

/// True when instances of heap type `t` are callable.
pub fn heap_callable(t: &'static TypeObject) -> bool {
    lookup(t, "__call__").is_some() || builtin_base(t).slot(|s| s.call).is_some()
}

// ---- attributes -----------------------------------------------------------------------

/// The instance step of attribute lookup: the instance's own attributes (and its
/// `__dict__`), else the built-in base's attributes (exceptions' `args` ...).
fn heap_getattr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__weakref__" && v.ty().body.state.weakrefable() {
        // The first weak reference to the object, as CPython's weak-list head.
        return Ok(Some(crate::builtins::weakref::table::refs(v).into_iter().next().unwrap_or_else(crate::builtins::singletons::none)));
    }
    if let Some(ext) = instance::ext_of(v) {
        if let Some(found) = instance::get(v, ext, name) {
            return Ok(Some(found));
        }
        if name == "__dict__" && !v.ty().body.state.no_dict() {
            return Ok(Some(instance::dict(v, ext)));
        }
        // Attributes a built-in base computes (`int.real`, `complex.imag` ...).
    }
    match base_slot(v, |s| s.getattr) {
        Some(f) => f(vm, v, name),
        None => Ok(None),
    }
}

/// `v.name = value` / `del v.name` on a heap-type instance (CPython's
/// `PyObject_GenericSetAttr` behind any `__setattr__`/`__delattr__` override).
fn heap_setattr(vm: &mut Vm, v: &Value, name: &str, value: Option<Value>) -> PyResult<()> {
    let hook: &'static str = if value.is_some() { "__setattr__" } else { "__delattr__" };
    if let Some(f) = lookup(v.ty(), hook) {
        let name_v = crate::builtins::str::new_str(name);
        let args = match &value {
            Some(x) => vec![name_v, x.clone()],
            None => vec![name_v],
        };
        return call_dunder(vm, &f, v, &args).map(drop);
    }
    generic_setattr(vm, v, name, value)
}

/// `object.__setattr__(v, name, value)` / `object.__delattr__(v, name)` for a heap
/// instance: data descriptors on the class, then the instance's attributes.
pub fn generic_setattr(vm: &mut Vm, v: &Value, name: &str, value: Option<Value>) -> PyResult<()> {
    let t = v.ty();
    let mut declared = false;
    let mut slot = false;
    if let Some(d) = crate::builtins::attr_lookup::type_lookup(t, name) {
        slot = crate::builtins::type_namespace::heap_slot_member(&d).is_some();
        if let Some(done) = crate::builtins::attr_lookup::descriptor_set(vm, &d, v, name, value.clone())? {
            return Ok(done);
        }
        declared = matches!(crate::builtins::attr_lookup::classify(&d), crate::builtins::attr_lookup::Descr::Data);
        if declared && name == "__class__" {
            return super::class_assign::set_class(v, value);
        }
    }
    match instance::ext_of(v) {
        Some(ext) => {
            if name == "__dict__" {
                return match value {
                    Some(d) if as_dict(&d).is_some() => {
                        instance::replace_dict(v, ext, d);
                        Ok(())
                    }
                    Some(d) => Err(PyErr::type_error(format!("__dict__ must be set to a dictionary, not a '{}'", type_name(&d)))),
                    None => Err(PyErr::type_error("cannot delete __dict__")),
                };
            }
            if t.body.state.no_dict() && !declared {
                return Err(PyErr::attribute_error(format!("'{}' object has no attribute '{name}' and no __dict__ for setting new attributes", type_name(v))));
            }
            match value {
                Some(x) => instance::set(vm, v, ext, name, x),
                None => {
                    if instance::delete(vm, v, ext, name)? {
                        Ok(())
                    } else if slot {
                        // An unset slot: CPython's member descriptor names only the slot.
                        Err(PyErr::attribute_error(name))
                    } else {
                        Err(crate::ops::attribute_error(v, name))
                    }
                }
            }
        }
        None => match base_slot(v, |s| s.setattr) {
            Some(f) => f(vm, v, name, value),
            None => Err(PyErr::attribute_error(format!("'{}' object attribute '{name}' is read-only", type_name(v)))),
        },
    }
}

// ---- cycle collector slots ------------------------------------------------------------

fn heap_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(ext) = instance::ext_of(v) {
        ext.for_each_ref(v, visit);
    }
    if let Some(f) = base_slot(v, |s| s.traverse) {
        f(v, visit);
    }
}

fn heap_clear(v: &Value) {
    if let Some(ext) = instance::ext_of(v) {
        ext.clear(v);
    }
    if let Some(f) = base_slot(v, |s| s.clear) {
        f(v);
    }
}
