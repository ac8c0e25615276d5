//! The numeric `__dunder__` methods that are not plain views of one slot: `__abs__`,
//! `__divmod__`/`__rdivmod__` (one operation, not `//` then `%`) and `__pow__` with its
//! optional modulus. The one-slot dunders (`__add__`, `__lt__`, `__repr__` ...) come from
//! `slot_wrappers` for every type. These are shared by int, bool, float and complex.
//!
//! The operations behind them ([`abs_value`], [`divmod_or_not_implemented`], [`pow3`]) are
//! here too, and the `abs`, `divmod` and `pow` built-in functions call them from
//! `modules::builtins_numeric`: the types own their arithmetic, the module only adds the
//! argument parsing and the fallback to user `__abs__`/`__divmod__`.

use crate::builtins::complex::{as_complex, complex_abs, complex_modulo_error};
use crate::builtins::float::{as_float, new_float, to_f64};
use crate::builtins::int::{as_int, int_abs, int_divmod, int_pow_mod};
use crate::builtins::singletons::not_implemented;
use crate::builtins::tuple::new_tuple;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{BinOp, Value};

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

/// `__pow__(other, mod=None)`.
pub fn pow(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() == 3 && kw.is_empty() && !crate::builtins::singletons::is_none(&args[2]) {
        return pow3(vm, &args[0], &args[1], &args[2]);
    }
    let args = if args.len() == 3 { &args[..2] } else { args };
    let other = &positional("__pow__", args, kw, 1)?[0];
    match args[0].ty().body.slot(|s| s.binop) {
        Some(f) => Ok(f(vm, BinOp::Pow, &args[0], other)?.unwrap_or_else(crate::builtins::singletons::not_implemented)),
        None => Ok(crate::builtins::singletons::not_implemented()),
    }
}

/// `__rpow__(other, mod=None)`.
pub fn rpow(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = if args.len() == 3 { &args[..2] } else { args };
    let other = &positional("__rpow__", args, kw, 1)?[0];
    match args[0].ty().body.slot(|s| s.binop) {
        Some(f) => Ok(f(vm, BinOp::Pow, other, &args[0])?.unwrap_or_else(crate::builtins::singletons::not_implemented)),
        None => Ok(crate::builtins::singletons::not_implemented()),
    }
}

/// `__divmod__(other)`.
pub fn divmod(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = &positional("__divmod__", args, kw, 1)?[0];
    divmod_or_not_implemented(vm, &args[0], other)
}

/// `__rdivmod__(other)`.
pub fn rdivmod(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = &positional("__rdivmod__", args, kw, 1)?[0];
    divmod_or_not_implemented(vm, other, &args[0])
}

/// `__abs__()`.
pub fn abs(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional("__abs__", args, kw, 0)?;
    abs_value(vm, &args[0])
}

/// `__getnewargs__()` (pickling support: the value itself).
pub fn getnewargs(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional("__getnewargs__", args, kw, 0)?;
    Ok(crate::builtins::tuple::new_tuple(vec![args[0].clone()]))
}

/// The entries of [`number_methods!`]: the dunders every numeric type shares.
#[macro_export]
macro_rules! number_methods {
    ($($extra:expr),* $(,)?) => {
        &[
            $($extra,)*
            $crate::object::MethodDef::method("__pow__", $crate::builtins::number_dunders::pow),
            $crate::object::MethodDef::method("__rpow__", $crate::builtins::number_dunders::rpow),
            $crate::object::MethodDef::method("__abs__", $crate::builtins::number_dunders::abs),
            $crate::object::MethodDef::method("__getnewargs__", $crate::builtins::number_dunders::getnewargs),
        ]
    };
}

/// [`number_methods!`] plus `__divmod__`/`__rdivmod__`, for int and float.
#[macro_export]
macro_rules! real_methods {
    ($($extra:expr),* $(,)?) => {
        $crate::number_methods!(
            $($extra,)*
            $crate::object::MethodDef::method("__divmod__", $crate::builtins::number_dunders::divmod),
            $crate::object::MethodDef::method("__rdivmod__", $crate::builtins::number_dunders::rdivmod),
        )
    };
}

/// `abs(x)`.
pub fn abs_value(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    if let Some(i) = as_int(x) {
        return Ok(int_abs(&i));
    }
    if let Some(f) = as_float(x) {
        return Ok(new_float(f.abs()));
    }
    if let Some(r) = complex_abs(x)? {
        return Ok(r);
    }
    if let Some(f) = crate::ops::getattr_opt(vm, x, "__abs__")? {
        return crate::ops::call(vm, &f, &[], &[]);
    }
    Err(PyErr::type_error(format!("bad operand type for abs(): '{}'", x.ty().body.name)))
}

/// `divmod(a, b)` for numbers, or `NotImplemented` when neither operand supports it.
pub fn divmod_or_not_implemented(_vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        let (q, r) = int_divmod(&x, &y)?;
        return Ok(new_tuple(vec![q, r]));
    }
    let a_real = as_int(a).is_some() || as_float(a).is_some();
    let b_real = as_int(b).is_some() || as_float(b).is_some();
    if a_real && b_real {
        if let (Some(x), Some(y)) = (to_f64(a)?, to_f64(b)?) {
            let (q, r) = crate::builtins::float::float_divmod(x, y)?;
            return Ok(new_tuple(vec![new_float(q), new_float(r)]));
        }
    }
    Ok(not_implemented())
}

/// Three-argument `pow(base, exp, mod)`.
pub fn pow3(vm: &mut Vm, base: &Value, exp: &Value, modulus: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y), Some(z)) = (as_int(base), as_int(exp), as_int(modulus)) {
        return int_pow_mod(&x, &y, &z);
    }
    if [base, exp, modulus].iter().any(|v| as_complex(v).is_some()) {
        return Err(complex_modulo_error());
    }
    let all_numbers = [base, exp, modulus].iter().all(|v| as_int(v).is_some() || as_float(v).is_some());
    if all_numbers {
        return Err(PyErr::type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    let _ = vm;
    Err(PyErr::type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        base.ty().body.name,
        exp.ty().body.name,
        modulus.ty().body.name
    )))
}
