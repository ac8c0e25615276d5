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
            ("sinh", sinh),
            ("cosh", cosh),
            ("tanh", tanh),
            ("asin", asin),
            ("acos", acos),
            ("asinh", asinh),
            ("acosh", acosh),
            ("atanh", atanh),
            ("expm1", expm1),
            ("exp2", exp2),
            ("log1p", log1p),
            ("cbrt", cbrt),
            ("copysign", copysign),
            ("fmod", fmod),
            ("ldexp", ldexp),
            ("frexp", frexp),
            ("modf", modf),
            ("degrees", degrees),
            ("radians", radians),
            ("isclose", isclose),
            ("fsum", fsum),
            ("prod", prod),
            ("lcm", lcm),
            ("comb", comb),
            ("perm", perm),
            ("dist", dist),
            ("nextafter", nextafter),
            ("ulp", ulp),
            ("sumprod", sumprod),
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

fn domain_error() -> PyErr {
    PyErr::value_error("math domain error")
}

fn unary(a: &[Value], name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let x = arg_f64(a, 0, name)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(PyErr::overflow_error("math range error"));
    }
    Ok(new_float(r))
}

fn sinh(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    unary(a, "sinh", f64::sinh)
}
fn cosh(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    unary(a, "cosh", f64::cosh)
}
fn tanh(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    unary(a, "tanh", f64::tanh)
}
fn asinh(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    unary(a, "asinh", f64::asinh)
}
fn asin(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let x = arg_f64(a, 0, "asin")?;
    if !(-1.0..=1.0).contains(&x) && !x.is_nan() {
        return Err(PyErr::value_error(format!("expected a number in range from -1 up to 1, got {}", crate::builtins::float::float_repr(x))));
    }
    Ok(new_float(x.asin()))
}
fn acos(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let x = arg_f64(a, 0, "acos")?;
    if !(-1.0..=1.0).contains(&x) && !x.is_nan() {
        return Err(PyErr::value_error(format!("expected a number in range from -1 up to 1, got {}", crate::builtins::float::float_repr(x))));
    }
    Ok(new_float(x.acos()))
}
fn acosh(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let x = arg_f64(a, 0, "acosh")?;
    if x < 1.0 {
        return Err(PyErr::value_error(format!("expected argument value not less than 1, got {}", crate::builtins::float::float_repr(x))));
    }
    Ok(new_float(x.acosh()))
}
fn atanh(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let x = arg_f64(a, 0, "atanh")?;
    if x <= -1.0 || x >= 1.0 {
        return Err(PyErr::value_error(format!("expected a number between -1 and 1, got {}", crate::builtins::float::float_repr(x))));
    }
    Ok(new_float(x.atanh()))
}
fn expm1(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    unary(a, "expm1", f64::exp_m1)
}
fn exp2(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    unary(a, "exp2", f64::exp2)
}
fn log1p(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let x = arg_f64(a, 0, "log1p")?;
    if x <= -1.0 {
        return Err(PyErr::value_error(format!("expected argument value > -1, got {}", crate::builtins::float::float_repr(x))));
    }
    Ok(new_float(x.ln_1p()))
}
fn cbrt(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    unary(a, "cbrt", f64::cbrt)
}
fn copysign(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(new_float(arg_f64(a, 0, "copysign")?.copysign(arg_f64(a, 1, "copysign")?)))
}
fn fmod(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let (x, y) = (arg_f64(a, 0, "fmod")?, arg_f64(a, 1, "fmod")?);
    if y == 0.0 && !x.is_nan() || x.is_infinite() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(new_float(x % y))
}
fn ldexp(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let x = arg_f64(a, 0, "ldexp")?;
    let i = a.get(1).ok_or_else(|| PyErr::type_error("ldexp expected 2 arguments, got 1"))?;
    let e = match as_int(i) {
        Some(n) => n.to_i64().unwrap_or(if num_traits::Signed::is_negative(&n.to_big()) { i64::MIN } else { i64::MAX }),
        None => return Err(PyErr::type_error("Expected an int as second argument to ldexp.")),
    };
    let e = e.clamp(-2200, 2200) as i32;
    // Scale in steps so subnormal results round once, like C's ldexp.
    let mut r = x;
    let mut left = e;
    while left != 0 {
        let step = left.clamp(-1000, 1000);
        r *= 2f64.powi(step);
        left -= step;
    }
    if r.is_infinite() && x.is_finite() {
        return Err(PyErr::overflow_error("math range error"));
    }
    Ok(new_float(r))
}
fn frexp(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let x = arg_f64(a, 0, "frexp")?;
    let (m, e) = crate::builtins::float::frexp(x);
    Ok(crate::builtins::tuple::new_tuple(vec![new_float(m), crate::builtins::int::new_int(i64::from(e))]))
}
fn modf(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let x = arg_f64(a, 0, "modf")?;
    if x.is_infinite() {
        return Ok(crate::builtins::tuple::new_tuple(vec![new_float(0.0f64.copysign(x)), new_float(x)]));
    }
    Ok(crate::builtins::tuple::new_tuple(vec![new_float(x.fract()), new_float(x.trunc())]))
}
fn degrees(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(new_float(arg_f64(a, 0, "degrees")?.to_degrees()))
}
fn radians(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(new_float(arg_f64(a, 0, "radians")?.to_radians()))
}
fn isclose(_vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let npos = a.len() - k.len();
    let (x, y) = (arg_f64(a, 0, "isclose")?, arg_f64(a, 1, "isclose")?);
    let mut rel = 1e-9;
    let mut abs = 0.0;
    for (i, name) in k.iter().enumerate() {
        let v = crate::builtins::float::to_f64(&a[npos + i])?.ok_or_else(|| PyErr::type_error("must be real number"))?;
        match crate::builtins::str::as_str(name) {
            Some("rel_tol") => rel = v,
            Some("abs_tol") => abs = v,
            _ => return Err(PyErr::type_error("isclose() got an unexpected keyword argument")),
        }
    }
    if rel < 0.0 || abs < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(py_bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(py_bool(false));
    }
    let diff = (y - x).abs();
    Ok(py_bool(diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs))
}
fn fsum(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let items = crate::ops::collect_iterable(vm, a.first().ok_or_else(|| PyErr::type_error("fsum() takes exactly one argument (0 given)"))?)?;
    let mut values = Vec::with_capacity(items.len());
    for v in &items {
        values.push(to_f64(v)?.ok_or_else(|| PyErr::type_error(format!("must be real number, not {}", v.ty().body.name)))?);
    }
    Ok(new_float(crate::numeric::fsum::fsum(values)?))
}
fn prod(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let npos = a.len() - k.len();
    let mut acc = if k.len() == 1 { a[npos].clone() } else { crate::builtins::int::new_int(1) };
    let items = crate::ops::collect_iterable(vm, a.first().ok_or_else(|| PyErr::type_error("prod() takes exactly 1 positional argument (0 given)"))?)?;
    for v in items {
        acc = crate::ops::binary(vm, crate::object::BinOp::Mul, &acc, &v)?;
    }
    Ok(acc)
}
fn lcm(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let mut acc = BigInt::from(1);
    for v in a {
        let n = int_arg(v)?;
        if n.is_zero() {
            return Ok(new_bigint(BigInt::zero()));
        }
        acc = acc.lcm(&n);
    }
    Ok(new_bigint(num_traits::Signed::abs(&acc)))
}
fn comb_perm(a: &[Value], name: &str, comb: bool) -> PyResult<Value> {
    let n = int_arg(a.first().ok_or_else(|| PyErr::type_error(format!("{name}() takes at least 1 argument")))?)?;
    if n.is_negative() {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    let k = match a.get(1) {
        Some(v) if !crate::builtins::singletons::is_none(v) => int_arg(v)?,
        _ if !comb => n.clone(),
        _ => return Err(PyErr::type_error("comb() takes exactly 2 arguments (1 given)")),
    };
    if k.is_negative() {
        return Err(PyErr::value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(new_bigint(BigInt::zero()));
    }
    let k_small = num_traits::ToPrimitive::to_u64(&k).ok_or_else(|| PyErr::overflow_error("k too large"))?;
    let k_eff = if comb { k_small.min(num_traits::ToPrimitive::to_u64(&(&n - &k)).unwrap_or(k_small)) } else { k_small };
    let mut acc = BigInt::from(1);
    for i in 0..k_eff {
        acc *= &n - BigInt::from(i);
        if comb {
            acc /= BigInt::from(i + 1);
        }
    }
    Ok(new_bigint(acc))
}
fn comb(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    comb_perm(a, "comb", true)
}
fn perm(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    comb_perm(a, "perm", false)
}
fn dist(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let p = crate::ops::collect_iterable(vm, a.first().ok_or_else(|| PyErr::type_error("dist expected 2 arguments, got 0"))?)?;
    let q = crate::ops::collect_iterable(vm, a.get(1).ok_or_else(|| PyErr::type_error("dist expected 2 arguments, got 1"))?)?;
    if p.len() != q.len() {
        return Err(PyErr::value_error("both points must have the same number of dimensions"));
    }
    let mut acc = 0.0f64;
    for (x, y) in p.iter().zip(&q) {
        let (x, y) = (to_f64(x)?.unwrap_or(f64::NAN), to_f64(y)?.unwrap_or(f64::NAN));
        acc = acc.hypot(x - y);
    }
    Ok(new_float(acc))
}
fn nextafter(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let (x, y) = (arg_f64(a, 0, "nextafter")?, arg_f64(a, 1, "nextafter")?);
    Ok(new_float(if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == y {
        y
    } else if y > x {
        x.next_up()
    } else {
        x.next_down()
    }))
}
fn ulp(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let x = arg_f64(a, 0, "ulp")?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(new_float(x));
    }
    if x == f64::MAX {
        return Ok(new_float(x - x.next_down()));
    }
    Ok(new_float(x.next_up() - x))
}
fn sumprod(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let p = crate::ops::collect_iterable(vm, a.first().ok_or_else(|| PyErr::type_error("sumprod expected 2 arguments, got 0"))?)?;
    let q = crate::ops::collect_iterable(vm, a.get(1).ok_or_else(|| PyErr::type_error("sumprod expected 2 arguments, got 1"))?)?;
    if p.len() != q.len() {
        return Err(PyErr::value_error("Inputs are not the same length"));
    }
    let mut acc = crate::builtins::int::new_int(0);
    for (x, y) in p.iter().zip(&q) {
        let m = crate::ops::binary(vm, crate::object::BinOp::Mul, x, y)?;
        acc = crate::ops::binary(vm, crate::object::BinOp::Add, &acc, &m)?;
    }
    Ok(acc)
}
