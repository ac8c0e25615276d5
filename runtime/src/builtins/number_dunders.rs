//! The `__dunder__` methods of the numeric types (`(5).__add__(3)`, `int.__repr__(5)`,
//! `(1.5).__lt__(2)`).
//!
//! Built-in types implement operators through their slot tables; these methods are thin
//! views of the same slots, so `x.__add__(y)` and `x + y` can never disagree. Each method
//! calls the slot of `self`'s type directly (not the full `ops::binary` protocol) and returns
//! `NotImplemented` where the slot declines, exactly like CPython's slot wrappers. They are
//! generic over the type, so int, bool, float and complex share them through
//! [`number_methods!`](crate::number_methods).

use crate::builtins::singletons::{not_implemented, py_bool};
use crate::builtins::str::{as_str, new_str};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{BinOp, CompareOp, UnaryOp, Value};

fn positional<'a>(name: &str, args: &'a [Value], kwnames: &[Value], n: usize) -> PyResult<&'a [Value]> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.len() != n + 1 {
        let given = args.len().saturating_sub(1);
        return Err(PyErr::type_error(match n {
            0 => format!("{name}() takes no arguments ({given} given)"),
            1 => format!("expected 1 argument, got {given}"),
            _ => format!("{name}() takes exactly {n} arguments ({given} given)"),
        }));
    }
    Ok(&args[1..])
}

fn binop_call(vm: &mut Vm, op: BinOp, reflected: bool, name: &str, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = &positional(name, args, kw, 1)?[0];
    let me = &args[0];
    let Some(slot) = me.ty().body.slot(|s| s.binop) else { return Ok(not_implemented()) };
    let r = if reflected { slot(vm, op, other, me)? } else { slot(vm, op, me, other)? };
    Ok(r.unwrap_or_else(not_implemented))
}

fn compare_call(vm: &mut Vm, op: CompareOp, name: &str, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = &positional(name, args, kw, 1)?[0];
    let me = &args[0];
    let Some(slot) = me.ty().body.slot(|s| s.compare) else { return Ok(not_implemented()) };
    Ok(slot(vm, me, other, op)?.unwrap_or_else(not_implemented))
}

fn unary_call(vm: &mut Vm, op: UnaryOp, name: &str, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional(name, args, kw, 0)?;
    crate::ops::unary(vm, op, &args[0])
}

macro_rules! binop_dunders {
    ($($fname:ident, $rname:ident, $op:expr, $dname:literal, $rdname:literal;)*) => {
        $(
            /// The forward operator method.
            pub fn $fname(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
                binop_call(vm, $op, false, $dname, args, kw)
            }
            /// The reflected operator method.
            pub fn $rname(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
                binop_call(vm, $op, true, $rdname, args, kw)
            }
        )*
    };
}

binop_dunders! {
    add, radd, BinOp::Add, "__add__", "__radd__";
    sub, rsub, BinOp::Sub, "__sub__", "__rsub__";
    mul, rmul, BinOp::Mul, "__mul__", "__rmul__";
    truediv, rtruediv, BinOp::TrueDiv, "__truediv__", "__rtruediv__";
    floordiv, rfloordiv, BinOp::FloorDiv, "__floordiv__", "__rfloordiv__";
    mod_, rmod, BinOp::Mod, "__mod__", "__rmod__";
    and, rand, BinOp::And, "__and__", "__rand__";
    or, ror, BinOp::Or, "__or__", "__ror__";
    xor, rxor, BinOp::Xor, "__xor__", "__rxor__";
    lshift, rlshift, BinOp::LShift, "__lshift__", "__rlshift__";
    rshift, rrshift, BinOp::RShift, "__rshift__", "__rrshift__";
}

/// `__pow__(other, mod=None)`.
pub fn pow(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() == 3 && kw.is_empty() && !crate::builtins::singletons::is_none(&args[2]) {
        return crate::modules::builtins_numeric::pow3(vm, &args[0], &args[1], &args[2]);
    }
    let args = if args.len() == 3 { &args[..2] } else { args };
    binop_call(vm, BinOp::Pow, false, "__pow__", args, kw)
}

/// `__rpow__(other, mod=None)`.
pub fn rpow(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = if args.len() == 3 { &args[..2] } else { args };
    binop_call(vm, BinOp::Pow, true, "__rpow__", args, kw)
}

/// `__divmod__(other)`.
pub fn divmod(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = &positional("__divmod__", args, kw, 1)?[0];
    crate::modules::builtins_numeric::divmod_or_not_implemented(vm, &args[0], other)
}

/// `__rdivmod__(other)`.
pub fn rdivmod(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = &positional("__rdivmod__", args, kw, 1)?[0];
    crate::modules::builtins_numeric::divmod_or_not_implemented(vm, other, &args[0])
}

macro_rules! compare_dunders {
    ($($fname:ident, $op:expr, $dname:literal;)*) => {
        $(
            /// A rich comparison method.
            pub fn $fname(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
                compare_call(vm, $op, $dname, args, kw)
            }
        )*
    };
}

compare_dunders! {
    lt, CompareOp::Lt, "__lt__";
    le, CompareOp::Le, "__le__";
    eq, CompareOp::Eq, "__eq__";
    ne, CompareOp::Ne, "__ne__";
    gt, CompareOp::Gt, "__gt__";
    ge, CompareOp::Ge, "__ge__";
}

/// `__neg__()`.
pub fn neg(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    unary_call(vm, UnaryOp::Neg, "__neg__", args, kw)
}

/// `__pos__()`.
pub fn pos(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    unary_call(vm, UnaryOp::Pos, "__pos__", args, kw)
}

/// `__invert__()`.
pub fn invert(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    unary_call(vm, UnaryOp::Invert, "__invert__", args, kw)
}

/// `__abs__()`.
pub fn abs(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional("__abs__", args, kw, 0)?;
    crate::modules::builtins_numeric::abs_value(vm, &args[0])
}

/// `__bool__()`.
pub fn bool_(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional("__bool__", args, kw, 0)?;
    Ok(py_bool(crate::ops::truthy(vm, &args[0])?))
}

/// `__hash__()`.
pub fn hash(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional("__hash__", args, kw, 0)?;
    Ok(crate::builtins::int::new_int(crate::ops::hash(vm, &args[0])?))
}

/// `__repr__()`.
pub fn repr(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional("__repr__", args, kw, 0)?;
    crate::ops::repr(vm, &args[0])
}

/// `__str__()`.
pub fn str_(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional("__str__", args, kw, 0)?;
    crate::ops::str_(vm, &args[0])
}

/// `__format__(spec)`.
pub fn format(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let spec = &positional("__format__", args, kw, 1)?[0];
    let Some(spec) = as_str(spec) else {
        return Err(PyErr::type_error(format!("__format__() argument must be str, not {}", spec.ty().body.name)));
    };
    if spec.is_empty() {
        return crate::ops::str_(vm, &args[0]);
    }
    crate::builtins::str_format::format_value(vm, &args[0], spec)
}

/// `__getnewargs__()` (pickling support: the value itself).
pub fn getnewargs(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional("__getnewargs__", args, kw, 0)?;
    Ok(crate::builtins::tuple::new_tuple(vec![args[0].clone()]))
}

/// `__sizeof__()`: the size CPython reports is layout-specific; braid reports its own.
pub fn sizeof(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional("__sizeof__", args, kw, 0)?;
    let words = if args[0].is_small_int() { 1 } else { 4 };
    Ok(crate::builtins::int::new_int(words * 8))
}

/// A type name as a str value (helper for the per-type method files).
pub fn type_name(v: &Value) -> Value {
    new_str(v.ty().body.name)
}

/// The method table entries every numeric type shares, followed by the type's own.
#[macro_export]
macro_rules! number_methods {
    ($($extra:expr),* $(,)?) => {
        &[
            $($extra,)*
            $crate::object::MethodDef::method("__add__", $crate::builtins::number_dunders::add),
            $crate::object::MethodDef::method("__radd__", $crate::builtins::number_dunders::radd),
            $crate::object::MethodDef::method("__sub__", $crate::builtins::number_dunders::sub),
            $crate::object::MethodDef::method("__rsub__", $crate::builtins::number_dunders::rsub),
            $crate::object::MethodDef::method("__mul__", $crate::builtins::number_dunders::mul),
            $crate::object::MethodDef::method("__rmul__", $crate::builtins::number_dunders::rmul),
            $crate::object::MethodDef::method("__truediv__", $crate::builtins::number_dunders::truediv),
            $crate::object::MethodDef::method("__rtruediv__", $crate::builtins::number_dunders::rtruediv),
            $crate::object::MethodDef::method("__pow__", $crate::builtins::number_dunders::pow),
            $crate::object::MethodDef::method("__rpow__", $crate::builtins::number_dunders::rpow),
            $crate::object::MethodDef::method("__neg__", $crate::builtins::number_dunders::neg),
            $crate::object::MethodDef::method("__pos__", $crate::builtins::number_dunders::pos),
            $crate::object::MethodDef::method("__abs__", $crate::builtins::number_dunders::abs),
            $crate::object::MethodDef::method("__bool__", $crate::builtins::number_dunders::bool_),
            $crate::object::MethodDef::method("__hash__", $crate::builtins::number_dunders::hash),
            $crate::object::MethodDef::method("__repr__", $crate::builtins::number_dunders::repr),
            $crate::object::MethodDef::method("__str__", $crate::builtins::number_dunders::str_),
            $crate::object::MethodDef::method("__format__", $crate::builtins::number_dunders::format),
            $crate::object::MethodDef::method("__eq__", $crate::builtins::number_dunders::eq),
            $crate::object::MethodDef::method("__ne__", $crate::builtins::number_dunders::ne),
            $crate::object::MethodDef::method("__lt__", $crate::builtins::number_dunders::lt),
            $crate::object::MethodDef::method("__le__", $crate::builtins::number_dunders::le),
            $crate::object::MethodDef::method("__gt__", $crate::builtins::number_dunders::gt),
            $crate::object::MethodDef::method("__ge__", $crate::builtins::number_dunders::ge),
            $crate::object::MethodDef::method("__getnewargs__", $crate::builtins::number_dunders::getnewargs),
            $crate::object::MethodDef::method("__sizeof__", $crate::builtins::number_dunders::sizeof),
        ]
    };
}

/// The real-number methods int and float share on top of [`number_methods!`].
#[macro_export]
macro_rules! real_methods {
    ($($extra:expr),* $(,)?) => {
        $crate::number_methods!(
            $($extra,)*
            $crate::object::MethodDef::method("__floordiv__", $crate::builtins::number_dunders::floordiv),
            $crate::object::MethodDef::method("__rfloordiv__", $crate::builtins::number_dunders::rfloordiv),
            $crate::object::MethodDef::method("__mod__", $crate::builtins::number_dunders::mod_),
            $crate::object::MethodDef::method("__rmod__", $crate::builtins::number_dunders::rmod),
            $crate::object::MethodDef::method("__divmod__", $crate::builtins::number_dunders::divmod),
            $crate::object::MethodDef::method("__rdivmod__", $crate::builtins::number_dunders::rdivmod),
        )
    };
}
