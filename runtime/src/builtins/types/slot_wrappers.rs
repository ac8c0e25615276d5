//! Dunder methods of built-in types (`(1).__add__(2)`, `str.__len__`, `d.__setitem__`):
//! each name maps to a native function that calls the type's slot, so the slot table
//! stays the single source of behaviour.
//!
//! Which dunders a type shows is not derived from its slots alone: one `binop` slot
//! serves `+` for lists and `&` for ints, so "has a binop slot" cannot say whether
//! `__and__` exists. Every built-in type whose slots are that coarse declares its own
//! dunder set in `type_dunders` (CPython's per-type dict entries); [`find`] walks the
//! MRO and takes each type's declaration, or, for undeclared types, derives the
//! container/iterator/call dunders from the slots that type fills itself. `object`
//! declares the dunders every object has (`__repr__`, `__eq__`, `__lt__`, `__sizeof__`,
//! `__reduce_ex__` ...), implemented in `object_methods`.

use crate::builtins::singletons::{none, not_implemented};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{BinOp, CompareOp, NativeFn, Slots, TypeData, UnaryOp, Value};

/// What a dunder is bound to when looked up.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Binding {
    /// An instance method: `x.__len__` binds `x`; `list.__len__` is unbound.
    Instance,
    /// A class method (`__class_getitem__`, `__subclasshook__`): binds the type that
    /// owns the lookup, whether reached from an instance or from the type.
    Class,
    /// `__new__`: a static function bound to the type whose `new` slot it runs.
    New,
}

/// One dunder name: when an undeclared type has it, and what to call.
pub struct SlotWrapper {
    /// Attribute name.
    pub name: &'static str,
    /// Whether a type that does not declare its dunder set provides it, judged from
    /// the slots the type fills itself.
    pub present: fn(&Slots) -> bool,
    /// Implementation (`args[0]` is self, or the bound type for class methods).
    pub func: NativeFn,
    /// How a lookup binds it.
    pub binding: Binding,
}

fn arg<'a>(args: &'a [Value], i: usize, name: &str) -> PyResult<&'a Value> {
    args.get(i).ok_or_else(|| PyErr::type_error(format!("expected {} argument{} for {name}", i, if i == 1 { "" } else { "s" })))
}

macro_rules! binop_wrappers {
    ($(($fwd:ident, $rev:ident, $op:expr)),* $(,)?) => {$(
        fn $fwd(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            let (a, b) = (arg(args, 0, "binary op")?, arg(args, 1, "binary op")?);
            match native_slot(a, |s| s.binop) {
                Some(f) => Ok(f(vm, $op, a, b)?.unwrap_or_else(not_implemented)),
                None => Ok(not_implemented()),
            }
        }
        fn $rev(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            let (a, b) = (arg(args, 0, "binary op")?, arg(args, 1, "binary op")?);
            match native_slot(a, |s| s.binop) {
                Some(f) => Ok(f(vm, $op, b, a)?.unwrap_or_else(not_implemented)),
                None => Ok(not_implemented()),
            }
        }
    )*};
}

binop_wrappers!(
    (add, radd, BinOp::Add),
    (sub, rsub, BinOp::Sub),
    (mul, rmul, BinOp::Mul),
    (truediv, rtruediv, BinOp::TrueDiv),
    (floordiv, rfloordiv, BinOp::FloorDiv),
    (modulo, rmodulo, BinOp::Mod),
    (power, rpower, BinOp::Pow),
    (and, rand, BinOp::And),
    (or, ror, BinOp::Or),
    (xor, rxor, BinOp::Xor),
    (lshift, rlshift, BinOp::LShift),
    (rshift, rrshift, BinOp::RShift),
);

macro_rules! compare_wrappers {
    ($(($name:ident, $op:expr)),* $(,)?) => {$(
        fn $name(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            let (a, b) = (arg(args, 0, "comparison")?, arg(args, 1, "comparison")?);
            if let Some(f) = native_slot(a, |s| s.compare) {
                if let Some(r) = f(vm, a, b, $op)? {
                    return Ok(r);
                }
            }
            // object's default: identity for == and !=.
            Ok(match $op {
                CompareOp::Eq if a.is(b) => crate::builtins::singletons::py_bool(true),
                CompareOp::Ne if a.is(b) => crate::builtins::singletons::py_bool(false),
                _ => not_implemented(),
            })
        }
    )*};
}

compare_wrappers!((eq, CompareOp::Eq), (ne, CompareOp::Ne), (lt, CompareOp::Lt), (le, CompareOp::Le), (gt, CompareOp::Gt), (ge, CompareOp::Ge));

/// The receiver's slot as its built-in class defines it: for an instance of a user
/// class, the slot of its nearest built-in base, so that `super().__len__()` or
/// `list.__len__(self)` in a subclass reaches the built-in behaviour instead of the
/// class's own dunder again.
fn native_slot<F: Copy>(v: &Value, pick: impl Fn(&Slots) -> Option<F>) -> Option<F> {
    let t = v.ty();
    if t.body.state.is_heap() {
        crate::builtins::instances::dunder_slots::builtin_base(t).slot(pick)
    } else {
        t.body.slot(pick)
    }
}

fn is_heap_instance(v: &Value) -> bool {
    !v.is_small_int() && v.ty().body.state.is_heap() && crate::builtins::type_::as_type(v).is_none()
}

fn unsupported(v: &Value, what: &str) -> PyErr {
    PyErr::type_error(format!("'{}' object {what}", v.ty().body.name))
}

macro_rules! unary_wrappers {
    ($(($name:ident, $op:expr)),* $(,)?) => {$(
        fn $name(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            let a = arg(args, 0, "unary op")?;
            if is_heap_instance(a) {
                return match native_slot(a, |s| s.unary) {
                    Some(f) => Ok(f(vm, $op, a)?.unwrap_or_else(not_implemented)),
                    None => Ok(not_implemented()),
                };
            }
            crate::ops::unary(vm, $op, a)
        }
    )*};
}

unary_wrappers!((neg, UnaryOp::Neg), (pos, UnaryOp::Pos), (invert, UnaryOp::Invert));

fn repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = arg(args, 0, "__repr__")?;
    if is_heap_instance(a) {
        return crate::builtins::instances::dunder_slots::default_repr(vm, a);
    }
    crate::ops::repr(vm, a)
}
fn str_(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = arg(args, 0, "__str__")?;
    if is_heap_instance(a) {
        return match native_slot(a, |s| s.str) {
            Some(f) => f(vm, a),
            // object.__str__ is repr(a), with the class's own __repr__.
            None => crate::ops::repr(vm, a),
        };
    }
    crate::ops::str_(vm, a)
}
fn hash(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = arg(args, 0, "__hash__")?;
    if is_heap_instance(a) {
        let h = match native_slot(a, |s| s.hash) {
            Some(f) => f(vm, a)?,
            None => crate::builtins::type_::identity_hash_value(a),
        };
        return Ok(crate::builtins::int::new_int(h));
    }
    Ok(crate::builtins::int::new_int(crate::ops::hash(vm, a)?))
}
fn len(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = arg(args, 0, "__len__")?;
    if is_heap_instance(a) {
        let f = native_slot(a, |s| s.len).ok_or_else(|| unsupported(a, "has no len()"))?;
        return Ok(crate::builtins::int::new_int(f(vm, a)? as i64));
    }
    Ok(crate::builtins::int::new_int(crate::ops::len(vm, a)? as i64))
}
fn getitem(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (a, k) = (arg(args, 0, "__getitem__")?, arg(args, 1, "__getitem__")?);
    if is_heap_instance(a) {
        let f = native_slot(a, |s| s.getitem).ok_or_else(|| unsupported(a, "is not subscriptable"))?;
        return f(vm, a, k);
    }
    crate::ops::getitem(vm, a, k)
}
fn setitem(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (a, k, v) = (arg(args, 0, "__setitem__")?, arg(args, 1, "__setitem__")?, arg(args, 2, "__setitem__")?.clone());
    if is_heap_instance(a) {
        let f = native_slot(a, |s| s.setitem).ok_or_else(|| unsupported(a, "does not support item assignment"))?;
        f(vm, a, k, v)?;
        return Ok(none());
    }
    crate::ops::setitem(vm, a, k, v)?;
    Ok(none())
}
fn delitem(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (a, k) = (arg(args, 0, "__delitem__")?, arg(args, 1, "__delitem__")?);
    if is_heap_instance(a) {
        let f = native_slot(a, |s| s.delitem).ok_or_else(|| unsupported(a, "does not support item deletion"))?;
        f(vm, a, k)?;
        return Ok(none());
    }
    crate::ops::delitem(vm, a, k)?;
    Ok(none())
}
fn contains(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (a, x) = (arg(args, 0, "__contains__")?, arg(args, 1, "__contains__")?);
    if is_heap_instance(a) {
        if let Some(f) = native_slot(a, |s| s.contains) {
            return Ok(crate::builtins::singletons::py_bool(f(vm, a, x)?));
        }
    }
    Ok(crate::builtins::singletons::py_bool(crate::ops::contains(vm, a, x)?))
}
fn iter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = arg(args, 0, "__iter__")?;
    if is_heap_instance(a) {
        let f = native_slot(a, |s| s.iter).ok_or_else(|| unsupported(a, "is not iterable"))?;
        return f(vm, a);
    }
    crate::ops::iter(vm, a)
}
fn next(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = arg(args, 0, "__next__")?;
    let r = if is_heap_instance(a) {
        let f = native_slot(a, |s| s.next).ok_or_else(|| unsupported(a, "is not an iterator"))?;
        f(vm, a)?
    } else {
        crate::ops::next(vm, a)?
    };
    match r {
        Some(v) => Ok(v),
        None => Err(PyErr::bare(&crate::builtins::exceptions::STOP_ITERATION)),
    }
}
fn call(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = arg(args, 0, "__call__")?;
    if !f.is_small_int() && f.ty().body.state.is_heap() {
        // `type.__call__(cls, ...)` in a metaclass, `super().__call__(...)`: the built-in
        // base's call, never the class's own `__call__` again.
        let c = native_slot(f, |s| s.call).ok_or_else(|| unsupported(f, "is not callable"))?;
        return c(vm, f, &args[1..], kw);
    }
    crate::ops::call(vm, f, &args[1..], kw)
}
fn bool_(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(crate::builtins::singletons::py_bool(crate::ops::truthy(vm, arg(args, 0, "__bool__")?)?))
}
fn format(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let spec = args.get(1).and_then(crate::builtins::str::as_str).unwrap_or("").to_string();
    let a = arg(args, 0, "__format__")?;
    if is_heap_instance(a) {
        // object.__format__: str(self) for an empty spec.
        if spec.is_empty() {
            return crate::ops::str_(vm, a);
        }
        return Err(PyErr::type_error(format!("unsupported format string passed to {}.__format__", a.ty().body.name)));
    }
    crate::builtins::str_format::format_value(vm, a, &spec)
}

macro_rules! inplace_wrappers {
    ($(($name:ident, $op:expr)),* $(,)?) => {$(
        fn $name(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            crate::ops::inplace(vm, $op, arg(args, 0, "in-place op")?, arg(args, 1, "in-place op")?)
        }
    )*};
}

inplace_wrappers!((iadd, BinOp::Add), (imul, BinOp::Mul), (ior, BinOp::Or), (iand, BinOp::And), (isub, BinOp::Sub), (ixor, BinOp::Xor));

/// For dunders only a declaring type has (operators, `__reversed__` ...).
const fn declared_only(_: &Slots) -> bool {
    false
}

const fn wrapper(name: &'static str, present: fn(&Slots) -> bool, func: NativeFn) -> SlotWrapper {
    SlotWrapper { name, present, func, binding: Binding::Instance }
}

const fn declared(name: &'static str, func: NativeFn) -> SlotWrapper {
    SlotWrapper { name, present: declared_only, func, binding: Binding::Instance }
}

const fn class_method(name: &'static str, func: NativeFn) -> SlotWrapper {
    SlotWrapper { name, present: declared_only, func, binding: Binding::Class }
}

use crate::builtins::object_methods as om;
use crate::builtins::type_dunders as td;

/// Every wrapper, looked up by name.
pub static SLOT_WRAPPERS: &[SlotWrapper] = &[
    declared("__repr__", repr),
    declared("__str__", str_),
    declared("__format__", format),
    declared("__eq__", eq),
    declared("__ne__", ne),
    declared("__lt__", lt),
    declared("__le__", le),
    declared("__gt__", gt),
    declared("__ge__", ge),
    declared("__hash__", hash),
    wrapper("__len__", |s| s.len.is_some(), len),
    wrapper("__getitem__", |s| s.getitem.is_some(), getitem),
    wrapper("__setitem__", |s| s.setitem.is_some(), setitem),
    wrapper("__delitem__", |s| s.delitem.is_some(), delitem),
    wrapper("__contains__", |s| s.contains.is_some(), contains),
    wrapper("__iter__", |s| s.iter.is_some(), iter),
    wrapper("__next__", |s| s.next.is_some(), next),
    wrapper("__call__", |s| s.call.is_some(), call),
    wrapper("__bool__", |s| s.truth.is_some(), bool_),
    declared("__neg__", neg),
    declared("__pos__", pos),
    declared("__invert__", invert),
    declared("__add__", add),
    declared("__radd__", radd),
    declared("__sub__", sub),
    declared("__rsub__", rsub),
    declared("__mul__", mul),
    declared("__rmul__", rmul),
    declared("__truediv__", truediv),
    declared("__rtruediv__", rtruediv),
    declared("__floordiv__", floordiv),
    declared("__rfloordiv__", rfloordiv),
    declared("__mod__", modulo),
    declared("__rmod__", rmodulo),
    declared("__pow__", power),
    declared("__rpow__", rpower),
    declared("__and__", and),
    declared("__rand__", rand),
    declared("__or__", or),
    declared("__ror__", ror),
    declared("__xor__", xor),
    declared("__rxor__", rxor),
    declared("__lshift__", lshift),
    declared("__rlshift__", rlshift),
    declared("__rshift__", rshift),
    declared("__rrshift__", rrshift),
    declared("__iadd__", iadd),
    declared("__imul__", imul),
    declared("__ior__", ior),
    declared("__iand__", iand),
    declared("__isub__", isub),
    declared("__ixor__", ixor),
    declared("__reversed__", td::reversed),
    declared("__length_hint__", td::length_hint),
    declared("__setstate__", td::setstate),
    declared("__del__", td::generator_del),
    declared("__getnewargs__", crate::builtins::number_dunders::getnewargs),
    declared("__bytes__", td::bytes_),
    declared("__alloc__", td::alloc),
    declared("__replace__", crate::builtins::type_namespace::struct_seq_replace),
    class_method("__getformat__", td::getformat),
    class_method("__class_getitem__", crate::builtins::generic_alias::class_getitem),
    SlotWrapper { name: "__new__", present: declared_only, func: om::new, binding: Binding::New },
    declared("__init__", om::init),
    class_method("__init_subclass__", om::init_subclass),
    class_method("__subclasshook__", om::subclasshook),
    declared("__getattribute__", om::getattribute),
    declared("__setattr__", om::setattr),
    declared("__delattr__", om::delattr),
    declared("__dir__", om::dir),
    declared("__getstate__", om::getstate),
    declared("__reduce__", om::reduce),
    declared("__reduce_ex__", om::reduce_ex),
    declared("__sizeof__", om::sizeof),
];

/// A dunder found along a type's MRO, and the type whose dict holds it.
pub struct Found {
    /// The wrapper.
    pub wrapper: &'static SlotWrapper,
    /// The type (along the MRO) that declares it.
    pub owner: &'static TypeData,
    /// What calling it runs: the wrapper's function, or `object`'s own version when
    /// `object` is the owner (`object.__lt__(1, 2)` is NotImplemented, not `1 < 2`).
    pub func: NativeFn,
}

/// The type that really owns a dunder `object` declares for everyone: the first type
/// along the MRO that fills the slot behind it (`int` for `(1).__lt__`).
fn slot_owner(t: &'static TypeData, name: &str, declared_by: &'static TypeData) -> &'static TypeData {
    let fills: fn(&Slots) -> bool = match name {
        "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__" => |s| s.compare.is_some(),
        "__hash__" => |s| s.hash.is_some(),
        "__repr__" => |s| s.repr.is_some(),
        "__str__" => |s| s.str.is_some(),
        _ => return declared_by,
    };
    t.mro().find(|td| fills(&td.slots) && !std::ptr::eq(*td, &crate::builtins::type_::OBJECT_TYPE.body)).unwrap_or(declared_by)
}

/// The wrapper `name` for type `t`, if the type or one of its bases provides it.
pub fn find(t: &'static TypeData, name: &str) -> Option<Found> {
    if !name.starts_with("__") {
        return None;
    }
    let wrapper = SLOT_WRAPPERS.iter().find(|w| w.name == name)?;
    let declared_by = t.mro().find(|td| match td::declared(td) {
        Some(names) => names.contains(&name),
        None => (wrapper.present)(&td.slots),
    })?;
    let owner = slot_owner(t, name, declared_by);
    let func = if std::ptr::eq(owner, &crate::builtins::type_::OBJECT_TYPE.body) {
        om::object_variant(name).unwrap_or(wrapper.func)
    } else {
        wrapper.func
    };
    Some(Found { wrapper, owner, func })
}

/// The type `t`'s own dunder names (its declaration, or those derived from its slots).
pub fn own_names(t: &'static TypeData) -> Vec<&'static str> {
    match td::declared(t) {
        Some(names) => names.to_vec(),
        None => SLOT_WRAPPERS.iter().filter(|w| (w.present)(&t.slots)).map(|w| w.name).collect(),
    }
}

fn type_of(td: &'static TypeData) -> &'static crate::object::TypeObject {
    crate::builtins::registry::type_of_data(td).unwrap_or(&crate::builtins::type_::OBJECT_TYPE)
}

/// The type whose `new` slot `T.__new__` runs: the nearest along the MRO that fills it.
fn new_owner(t: &'static TypeData) -> &'static crate::object::TypeObject {
    type_of(t.mro().find(|td| td.slots.new.is_some()).unwrap_or(&crate::builtins::type_::OBJECT_TYPE.body))
}

impl Found {
    /// The attribute as seen from an instance `v` (`(1).__add__` is bound to `1`).
    pub fn bind_instance(&self, v: &Value) -> Value {
        use crate::builtins::function::new_builtin_function;
        let w = self.wrapper;
        match w.binding {
            Binding::Instance if crate::builtins::wrapper_objects::is_slot_dunder(w.name) => {
                crate::builtins::wrapper_objects::new_method_wrapper(w.name, self.func, v.clone())
            }
            Binding::Instance => new_builtin_function(w.name, self.func, Some(v.clone())),
            Binding::Class => new_builtin_function(w.name, w.func, Some(crate::builtins::type_::type_value(v.ty()))),
            Binding::New => new_builtin_function(w.name, w.func, Some(crate::builtins::type_::type_value(new_owner(&v.ty().body)))),
        }
    }

    /// The attribute as seen from the type `t` itself (`int.__add__` is unbound and
    /// checks its receiver; `list.__class_getitem__` is bound to `list`).
    pub fn from_type(&self, t: &'static crate::object::TypeObject) -> Value {
        use crate::builtins::function::{new_builtin_function, new_unbound_method};
        let w = self.wrapper;
        match w.binding {
            Binding::Instance if crate::builtins::wrapper_objects::is_slot_dunder(w.name) => {
                crate::builtins::wrapper_objects::new_wrapper_descriptor(w.name, self.func, type_of(self.owner))
            }
            Binding::Instance => new_unbound_method(w.name, self.func, type_of(self.owner)),
            Binding::Class => new_builtin_function(w.name, w.func, Some(crate::builtins::type_::type_value(t))),
            Binding::New => new_builtin_function(w.name, w.func, Some(crate::builtins::type_::type_value(new_owner(&t.body)))),
        }
    }
}
