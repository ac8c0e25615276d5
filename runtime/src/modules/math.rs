//! The `math` module (core functions; the rest arrive with the numeric library).

use num_integer::Integer;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use crate::builtins::float::{new_float, to_f64};
use crate::builtins::int::{as_int, float_to_int, new_bigint};
use crate::builtins::singletons::py_bool;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;

/// Builds the module.
pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = super::make_module(
        "math",
        &[
            ("sqrt", sqrt),
            ("sin", sin),
            ("cos", cos),
            ("tan", tan),
            ("atan", atan),
            ("atan2", atan2),
            ("exp", exp),
            ("log", log),
            ("log2", log2),
            ("log10", log10),
            ("fabs", fabs),
            ("floor", floor),
            ("ceil", ceil),
            ("trunc", trunc),
            ("pow", pow),
            ("hypot", hypot),
            ("isnan", isnan),
            ("isinf", isinf),
            ("isfinite", isfinite),
            ("gcd", gcd),
            ("isqrt", isqrt),
            ("factorial", factorial),
        ],
    );
    super::module_set(&m, "pi", new_float(std::f64::consts::PI));
    super::module_set(&m, "e", new_float(std::f64::consts::E));
    super::module_set(&m, "tau", new_float(std::f64::consts::TAU));
    super::module_set(&m, "inf", new_float(f64::INFINITY));
    super::module_set(&m, "nan", new_float(f64::NAN));
    Ok(m)
}

fn arg_f64(args: &[Value], i: usize, fname: &str) -> PyResult<f64> {
    let v = args.get(i).ok_or_else(|| PyErr::type_error(format!("math.{fname}() takes exactly one argument ({} given)", args.len())))?;
    to_f64(v)?.ok_or_else(|| PyErr::type_error(format!("must be real number, not {}", v.ty().body.name)))
}

fn domain(msg: String) -> PyErr {
    PyErr::value_error(msg)
}

fn sqrt(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let x = arg_f64(a, 0, "sqrt")?;
    if x < 0.0 {
        return Err(domain(format!("expected a nonnegative input, got {}", crate::builtins::float::float_repr(x))));
    }
    Ok(new_float(x.sqrt()))
}
fn trig(a: &[Value], name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let x = arg_f64(a, 0, name)?;
    if x.is_infinite() {
        return Err(domain(format!("expected a finite input, got {}", crate::builtins::float::float_repr(x))));
    }
    Ok(new_float(f(x)))
}
fn sin(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    trig(a, "sin", f64::sin)
}
fn cos(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    trig(a, "cos", f64::cos)
}
fn tan(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    trig(a, "tan", f64::tan)
}
fn atan(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(new_float(arg_f64(a, 0, "atan")?.atan()))
}
fn atan2(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(new_float(arg_f64(a, 0, "atan2")?.atan2(arg_f64(a, 1, "atan2")?)))
}
fn exp(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let r = arg_f64(a, 0, "exp")?.exp();
    if r.is_infinite() && arg_f64(a, 0, "exp")?.is_finite() {
        return Err(PyErr::overflow_error("math range error"));
    }
    Ok(new_float(r))
}
fn positive(a: &[Value], name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let x = arg_f64(a, 0, name)?;
    if x <= 0.0 {
        return Err(domain("expected a positive input".into()));
    }
    Ok(new_float(f(x)))
}
fn log(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if a.len() == 2 {
        let x = arg_f64(a, 0, "log")?;
        let b = arg_f64(a, 1, "log")?;
        if x <= 0.0 || b <= 0.0 {
            return Err(domain("expected a positive input".into()));
        }
        let d = b.ln();
        if d == 0.0 {
            return Err(PyErr::zero_division());
        }
        return Ok(new_float(x.ln() / d));
    }
    if let Some(crate::builtins::int::IntRef::Big(b)) = a.first().and_then(as_int) {
        if b.is_positive() {
            let bits = b.bits();
            let shift = bits.saturating_sub(60);
            let top: f64 = num_traits::ToPrimitive::to_f64(&(b >> shift as usize)).unwrap_or(1.0);
            return Ok(new_float(top.ln() + shift as f64 * std::f64::consts::LN_2));
        }
    }
    positive(a, "log", f64::ln)
}
fn log2(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    positive(a, "log2", f64::log2)
}
fn log10(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    positive(a, "log10", f64::log10)
}
fn fabs(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(new_float(arg_f64(a, 0, "fabs")?.abs()))
}
fn int_round(a: &[Value], name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    if let Some(i) = a.first().and_then(as_int) {
        return Ok(new_bigint(i.to_big()));
    }
    float_to_int(f(arg_f64(a, 0, name)?))
}
fn floor(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    int_round(a, "floor", f64::floor)
}
fn ceil(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    int_round(a, "ceil", f64::ceil)
}
fn trunc(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    int_round(a, "trunc", f64::trunc)
}
fn pow(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let x = arg_f64(a, 0, "pow")?;
    let y = arg_f64(a, 1, "pow")?;
    if x == 0.0 && y < 0.0 || x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(domain("math domain error".into()));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(PyErr::overflow_error("math range error"));
    }
    Ok(new_float(r))
}
fn hypot(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for i in 0..a.len() {
        acc = acc.hypot(arg_f64(a, i, "hypot")?);
    }
    Ok(new_float(acc))
}
fn isnan(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(py_bool(arg_f64(a, 0, "isnan")?.is_nan()))
}
fn isinf(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(py_bool(arg_f64(a, 0, "isinf")?.is_infinite()))
}
fn isfinite(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(py_bool(arg_f64(a, 0, "isfinite")?.is_finite()))
}
fn int_arg(v: &Value) -> PyResult<BigInt> {
    as_int(v).map(|i| i.to_big()).ok_or_else(|| PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().body.name)))
}
fn gcd(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for v in a {
        g = g.gcd(&int_arg(v)?);
    }
    Ok(new_bigint(g))
}
fn isqrt(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let n = int_arg(a.first().ok_or_else(|| PyErr::type_error("isqrt() takes exactly one argument (0 given)"))?)?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(new_bigint(n.sqrt()))
}
fn factorial(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let n = int_arg(a.first().ok_or_else(|| PyErr::type_error("factorial() takes exactly one argument (0 given)"))?)?;
    if n.is_negative() {
        return Err(PyErr::value_error("factorial() not defined for negative values"));
    }
    let n: u64 = num_traits::ToPrimitive::to_u64(&n).ok_or_else(|| PyErr::overflow_error("factorial() argument should not exceed 9223372036854775807"))?;
    let mut acc = BigInt::from(1);
    for i in 2..=n {
        acc *= i;
    }
    Ok(new_bigint(acc))
}
