//! Integer-valued `math` functions: `floor`, `ceil`, `trunc` (ints out, any size) and the
//! exact integer functions `factorial`, `comb`, `perm`, `gcd`, `lcm`, `isqrt`, whose
//! algorithms and messages are in `crate::numeric::int_math`.

use num_bigint::BigInt;

use super::{fixed_args, float_arg};
use crate::builtins::float::as_float;
use crate::builtins::int::{as_int, float_to_int, new_bigint, not_an_integer};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::numeric::int_math;
use crate::object::Value;

fn rounding(vm: &mut Vm, name: &str, hook: &str, args: &[Value], kw: &[Value], f: fn(f64) -> f64) -> PyResult<Value> {
    let a = fixed_args(name, args, kw, 1)?;
    let x = &a[0];
    if let Some(v) = as_float(x) {
        return float_to_int(f(v));
    }
    if let Some(i) = as_int(x) {
        return Ok(new_bigint(i.to_big()));
    }
    if let Some(m) = crate::ops::getattr_opt(vm, x, hook)? {
        return crate::ops::call(vm, &m, &[], &[]);
    }
    float_to_int(f(float_arg(vm, x)?))
}

/// `math.floor(x)`.
pub fn floor(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    rounding(vm, "floor", "__floor__", args, kw, f64::floor)
}

/// `math.ceil(x)`.
pub fn ceil(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    rounding(vm, "ceil", "__ceil__", args, kw, f64::ceil)
}

/// `math.trunc(x)`: only through the type's `__trunc__` (no float fallback).
pub fn trunc(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = fixed_args("trunc", args, kw, 1)?;
    let x = &a[0];
    if let Some(v) = as_float(x) {
        return float_to_int(v.trunc());
    }
    if let Some(i) = as_int(x) {
        return Ok(new_bigint(i.to_big()));
    }
    match crate::ops::getattr_opt(vm, x, "__trunc__")? {
        Some(m) => crate::ops::call(vm, &m, &[], &[]),
        None => Err(PyErr::type_error(format!("type {} doesn't define __trunc__ method", x.ty().body.name))),
    }
}

fn int_value(v: &Value) -> PyResult<BigInt> {
    as_int(v).map(|i| i.to_big()).ok_or_else(|| not_an_integer(v))
}

/// `math.factorial(n)`.
pub fn factorial(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = fixed_args("factorial", args, kw, 1)?;
    Ok(new_bigint(int_math::factorial(&int_value(&a[0])?)?))
}

/// `math.isqrt(n)`.
pub fn isqrt(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = fixed_args("isqrt", args, kw, 1)?;
    Ok(new_bigint(int_math::isqrt(&int_value(&a[0])?)?))
}

/// `math.comb(n, k)`.
pub fn comb(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = fixed_args("comb", args, kw, 2)?;
    let (n, k) = (int_value(&a[0])?, int_value(&a[1])?);
    Ok(new_bigint(int_math::comb(&n, &k)?))
}

/// `math.perm(n, k=None)`.
pub fn perm(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("math.perm() takes no keyword arguments"));
    }
    let n = match args.first() {
        Some(v) => int_value(v)?,
        None => return Err(PyErr::type_error("perm expected at least 1 argument, got 0")),
    };
    if args.len() > 2 {
        return Err(PyErr::type_error(format!("perm expected at most 2 arguments, got {}", args.len())));
    }
    let k = match args.get(1).filter(|v| !crate::builtins::singletons::is_none(v)) {
        Some(v) => Some(int_value(v)?),
        None => None,
    };
    Ok(new_bigint(int_math::perm(&n, k.as_ref())?))
}

fn int_values(args: &[Value], kw: &[Value], name: &str) -> PyResult<Vec<BigInt>> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!("math.{name}() takes no keyword arguments")));
    }
    args.iter().map(int_value).collect()
}

/// `math.gcd(*integers)` (objects with `__index__` count as their int).
pub fn gcd(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = crate::builtins::instances::protocol::index_values(vm, args)?;
    Ok(new_bigint(int_math::gcd(&int_values(&args, kw, "gcd")?)))
}

/// `math.lcm(*integers)` (objects with `__index__` count as their int).
pub fn lcm(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = crate::builtins::instances::protocol::index_values(vm, args)?;
    Ok(new_bigint(int_math::lcm(&int_values(&args, kw, "lcm")?)))
}
