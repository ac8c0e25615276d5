//! Dunder methods of built-in types (`(1).__add__(2)`, `str.__len__`, `d.__setitem__`):
//! each name maps to a native function that calls the type's slot, so the slot table
//! stays the single source of behaviour. A wrapper is visible only on types that fill
//! the slot, as in CPython (`[].__hash__` is absent, `(1).__len__` too).

use crate::builtins::singletons::{none, not_implemented};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{BinOp, CompareOp, NativeFn, Slots, TypeData, UnaryOp, Value};

/// One dunder name: when the type has the slot, and what to call.
pub struct SlotWrapper {
    /// Attribute name.
    pub name: &'static str,
    /// Whether a type provides it.
    pub present: fn(&Slots) -> bool,
    /// Implementation (`args[0]` is self).
    pub func: NativeFn,
}

fn arg<'a>(args: &'a [Value], i: usize, name: &str) -> PyResult<&'a Value> {
    args.get(i).ok_or_else(|| PyErr::type_error(format!("expected {} argument{} for {name}", i, if i == 1 { "" } else { "s" })))
}

macro_rules! binop_wrappers {
    ($(($fwd:ident, $rev:ident, $op:expr)),* $(,)?) => {$(
        fn $fwd(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            let (a, b) = (arg(args, 0, "binary op")?, arg(args, 1, "binary op")?);
            match a.ty().body.slot(|s| s.binop) {
                Some(f) => Ok(f(vm, $op, a, b)?.unwrap_or_else(not_implemented)),
                None => Ok(not_implemented()),
            }
        }
        fn $rev(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            let (a, b) = (arg(args, 0, "binary op")?, arg(args, 1, "binary op")?);
            match a.ty().body.slot(|s| s.binop) {
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
            if let Some(f) = a.ty().body.slot(|s| s.compare) {
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

macro_rules! unary_wrappers {
    ($(($name:ident, $op:expr)),* $(,)?) => {$(
        fn $name(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            crate::ops::unary(vm, $op, arg(args, 0, "unary op")?)
        }
    )*};
}

unary_wrappers!((neg, UnaryOp::Neg), (pos, UnaryOp::Pos), (invert, UnaryOp::Invert));

fn repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::ops::repr(vm, arg(args, 0, "__repr__")?)
}
fn str_(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::ops::str_(vm, arg(args, 0, "__str__")?)
}
fn hash(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(crate::builtins::int::new_int(crate::ops::hash(vm, arg(args, 0, "__hash__")?)?))
}
fn len(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(crate::builtins::int::new_int(crate::ops::len(vm, arg(args, 0, "__len__")?)? as i64))
}
fn getitem(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::ops::getitem(vm, arg(args, 0, "__getitem__")?, arg(args, 1, "__getitem__")?)
}
fn setitem(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::ops::setitem(vm, arg(args, 0, "__setitem__")?, arg(args, 1, "__setitem__")?, arg(args, 2, "__setitem__")?.clone())?;
    Ok(none())
}
fn delitem(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::ops::delitem(vm, arg(args, 0, "__delitem__")?, arg(args, 1, "__delitem__")?)?;
    Ok(none())
}
fn contains(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(crate::builtins::singletons::py_bool(crate::ops::contains(vm, arg(args, 0, "__contains__")?, arg(args, 1, "__contains__")?)?))
}
fn iter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::ops::iter(vm, arg(args, 0, "__iter__")?)
}
fn next(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match crate::ops::next(vm, arg(args, 0, "__next__")?)? {
        Some(v) => Ok(v),
        None => Err(PyErr::bare(&crate::builtins::exceptions::STOP_ITERATION)),
    }
}
fn call(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = arg(args, 0, "__call__")?;
    crate::ops::call(vm, f, &args[1..], kw)
}
fn bool_(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(crate::builtins::singletons::py_bool(crate::ops::truthy(vm, arg(args, 0, "__bool__")?)?))
}
fn format(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let spec = args.get(1).and_then(crate::builtins::str::as_str).unwrap_or("").to_string();
    crate::builtins::str_format::format_value(vm, arg(args, 0, "__format__")?, &spec)
}

const fn always(_: &Slots) -> bool {
    true
}

/// Every wrapper, looked up by name.
pub static SLOT_WRAPPERS: &[SlotWrapper] = &[
    SlotWrapper { name: "__repr__", present: always, func: repr },
    SlotWrapper { name: "__str__", present: always, func: str_ },
    SlotWrapper { name: "__format__", present: always, func: format },
    SlotWrapper { name: "__eq__", present: always, func: eq },
    SlotWrapper { name: "__ne__", present: always, func: ne },
    SlotWrapper { name: "__lt__", present: |s| s.compare.is_some(), func: lt },
    SlotWrapper { name: "__le__", present: |s| s.compare.is_some(), func: le },
    SlotWrapper { name: "__gt__", present: |s| s.compare.is_some(), func: gt },
    SlotWrapper { name: "__ge__", present: |s| s.compare.is_some(), func: ge },
    SlotWrapper { name: "__hash__", present: |s| s.hash.is_some(), func: hash },
    SlotWrapper { name: "__len__", present: |s| s.len.is_some(), func: len },
    SlotWrapper { name: "__getitem__", present: |s| s.getitem.is_some(), func: getitem },
    SlotWrapper { name: "__setitem__", present: |s| s.setitem.is_some(), func: setitem },
    SlotWrapper { name: "__delitem__", present: |s| s.delitem.is_some(), func: delitem },
    SlotWrapper { name: "__contains__", present: |s| s.contains.is_some(), func: contains },
    SlotWrapper { name: "__iter__", present: |s| s.iter.is_some(), func: iter },
    SlotWrapper { name: "__next__", present: |s| s.next.is_some(), func: next },
    SlotWrapper { name: "__call__", present: |s| s.call.is_some(), func: call },
    SlotWrapper { name: "__bool__", present: |s| s.truth.is_some(), func: bool_ },
    SlotWrapper { name: "__neg__", present: |s| s.unary.is_some(), func: neg },
    SlotWrapper { name: "__pos__", present: |s| s.unary.is_some(), func: pos },
    SlotWrapper { name: "__invert__", present: |s| s.unary.is_some(), func: invert },
    SlotWrapper { name: "__add__", present: |s| s.binop.is_some(), func: add },
    SlotWrapper { name: "__radd__", present: |s| s.binop.is_some(), func: radd },
    SlotWrapper { name: "__sub__", present: |s| s.binop.is_some(), func: sub },
    SlotWrapper { name: "__rsub__", present: |s| s.binop.is_some(), func: rsub },
    SlotWrapper { name: "__mul__", present: |s| s.binop.is_some(), func: mul },
    SlotWrapper { name: "__rmul__", present: |s| s.binop.is_some(), func: rmul },
    SlotWrapper { name: "__truediv__", present: |s| s.binop.is_some(), func: truediv },
    SlotWrapper { name: "__rtruediv__", present: |s| s.binop.is_some(), func: rtruediv },
    SlotWrapper { name: "__floordiv__", present: |s| s.binop.is_some(), func: floordiv },
    SlotWrapper { name: "__rfloordiv__", present: |s| s.binop.is_some(), func: rfloordiv },
    SlotWrapper { name: "__mod__", present: |s| s.binop.is_some(), func: modulo },
    SlotWrapper { name: "__rmod__", present: |s| s.binop.is_some(), func: rmodulo },
    SlotWrapper { name: "__pow__", present: |s| s.binop.is_some(), func: power },
    SlotWrapper { name: "__rpow__", present: |s| s.binop.is_some(), func: rpower },
    SlotWrapper { name: "__and__", present: |s| s.binop.is_some(), func: and },
    SlotWrapper { name: "__rand__", present: |s| s.binop.is_some(), func: rand },
    SlotWrapper { name: "__or__", present: |s| s.binop.is_some(), func: or },
    SlotWrapper { name: "__ror__", present: |s| s.binop.is_some(), func: ror },
    SlotWrapper { name: "__xor__", present: |s| s.binop.is_some(), func: xor },
    SlotWrapper { name: "__rxor__", present: |s| s.binop.is_some(), func: rxor },
    SlotWrapper { name: "__lshift__", present: |s| s.binop.is_some(), func: lshift },
    SlotWrapper { name: "__rlshift__", present: |s| s.binop.is_some(), func: rlshift },
    SlotWrapper { name: "__rshift__", present: |s| s.binop.is_some(), func: rshift },
    SlotWrapper { name: "__rrshift__", present: |s| s.binop.is_some(), func: rrshift },
];

/// The wrapper `name` for type `t`, if the type provides that slot.
pub fn find(t: &'static TypeData, name: &str) -> Option<&'static SlotWrapper> {
    if !name.starts_with("__") {
        return None;
    }
    if name == "__name__" {
        return None;
    }
    let w = SLOT_WRAPPERS.iter().find(|w| w.name == name)?;
    if let Some(ops) = t.mro().find_map(container_operators) {
        if is_binop_wrapper(w) && !ops.contains(&name) {
            return None;
        }
        // Their truth comes from `__len__`; CPython gives them no `__bool__`.
        if name == "__bool__" {
            return None;
        }
    }
    t.mro().any(|td| (w.present)(&td.slots)).then_some(w)
}

fn is_binop_wrapper(w: &SlotWrapper) -> bool {
    BINOP_NAMES.contains(&w.name)
}

const BINOP_NAMES: &[&str] = &[
    "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__rtruediv__", "__floordiv__",
    "__rfloordiv__", "__mod__", "__rmod__", "__pow__", "__rpow__", "__and__", "__rand__", "__or__", "__ror__", "__xor__",
    "__rxor__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__",
];

/// The container types share one `binop` slot for the few operators they define, so the
/// slot alone cannot tell which binary dunders exist; these are the ones CPython lists.
fn container_operators(t: &'static TypeData) -> Option<&'static [&'static str]> {
    use crate::builtins as b;
    let is = |other: &'static crate::object::TypeObject| std::ptr::eq(t, &other.body);
    if is(&b::dict::DICT_TYPE) {
        Some(&["__or__", "__ror__"])
    } else if is(&b::list::LIST_TYPE) || is(&b::tuple::TUPLE_TYPE) {
        Some(&["__add__", "__mul__", "__rmul__"])
    } else if is(&b::str::STR_TYPE) {
        Some(&["__add__", "__mod__", "__mul__", "__rmod__", "__rmul__"])
    } else if is(&b::set::SET_TYPE) || is(&b::set::FROZENSET_TYPE) {
        Some(&["__and__", "__or__", "__rand__", "__ror__", "__rsub__", "__rxor__", "__sub__", "__xor__"])
    } else {
        None
    }
}

