//! The accumulating `math` functions: `fsum`, `prod`, `sumprod`, `hypot`, `dist`.
//!
//! `hypot` and `dist` use CPython's `vector_norm`: scale by a power of two so the largest
//! coordinate is in `[0.5, 1)`, square and add each coordinate losslessly as a double-length
//! value (with `fma`), take the square root and apply one differential correction. That
//! makes `hypot(*range(10))` agree with CPython to the last bit, which a plain
//! `sqrt(sum(x*x))` does not. `sumprod` of ints is exact; with floats it adds the exact
//! double-length products with `fsum`'s exactly rounded summation.

use super::{fixed_args, float_arg};
use crate::builtins::float::{as_float, new_float};
use crate::builtins::int::{as_int, new_int};
use crate::builtins::str::as_str;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::numeric::fsum::Fsum;
use crate::object::{BinOp, Value};

/// `math.fsum(iterable)`.
pub fn fsum(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = fixed_args("fsum", args, kw, 1)?;
    let it = crate::ops::iter(vm, &a[0])?;
    let mut sum = Fsum::new();
    while let Some(x) = crate::ops::next(vm, &it)? {
        sum.add(float_arg(vm, &x)?)?;
    }
    Ok(new_float(sum.finish()?))
}

/// `math.prod(iterable, *, start=1)`.
pub fn prod(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    if npos != 1 {
        return Err(PyErr::type_error(format!("prod() takes exactly 1 positional argument ({npos} given)")));
    }
    let mut acc = new_int(1);
    for (k, v) in kw.iter().zip(&args[npos..]) {
        match as_str(k) {
            Some("start") => acc = v.clone(),
            other => {
                return Err(PyErr::type_error(format!(
                    "prod() got an unexpected keyword argument '{}'",
                    other.unwrap_or("")
                )));
            }
        }
    }
    let it = crate::ops::iter(vm, &args[0])?;
    while let Some(x) = crate::ops::next(vm, &it)? {
        acc = crate::ops::binary(vm, BinOp::Mul, &acc, &x)?;
    }
    Ok(acc)
}

/// `x * y` as an unevaluated sum `hi + lo`, exactly.
fn two_product(x: f64, y: f64) -> (f64, f64) {
    let hi = x * y;
    (hi, x.mul_add(y, -hi))
}

/// `a + b` as `hi + lo` exactly, for `|a| >= |b|`.
fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let hi = a + b;
    (hi, (a - hi) + b)
}

/// `math.sumprod(p, q)`.
pub fn sumprod(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = fixed_args("sumprod", args, kw, 2)?;
    let p = crate::ops::collect_iterable(vm, &a[0])?;
    let q = crate::ops::collect_iterable(vm, &a[1])?;
    if p.len() != q.len() {
        return Err(PyErr::value_error("Inputs are not the same length"));
    }
    let is_real = |v: &Value| as_int(v).is_some() || as_float(v).is_some();
    let all_int = p.iter().chain(&q).all(|v| as_int(v).is_some());
    let all_real = p.iter().chain(&q).all(is_real);
    if all_real && !all_int {
        let mut sum = Fsum::new();
        for (x, y) in p.iter().zip(&q) {
            let (x, y) = (float_arg(vm, x)?, float_arg(vm, y)?);
            let (hi, lo) = two_product(x, y);
            sum.add(hi)?;
            if lo != 0.0 && hi.is_finite() {
                sum.add(lo)?;
            }
        }
        return Ok(new_float(sum.finish()?));
    }
    let mut total = new_int(0);
    for (x, y) in p.iter().zip(&q) {
        let prod = crate::ops::binary(vm, BinOp::Mul, x, y)?;
        total = crate::ops::binary(vm, BinOp::Add, &total, &prod)?;
    }
    Ok(total)
}

/// CPython's `vector_norm` over non-negative coordinates with their maximum.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = crate::builtins::float::frexp(max);
    if max_e < -1023 {
        // Scaling by 2**-max_e would overflow: lift subnormals to normals first.
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = super::real::ldexp_f64(1.0, -i64::from(max_e));
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &v in vec.iter() {
        let x = v * scale;
        let (hi, lo) = two_product(x, x);
        let (s, e) = fast_two_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += e;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = two_product(-h, h);
    let (s, e) = fast_two_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += e;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// `math.hypot(*coordinates)`.
pub fn hypot(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("hypot() takes no keyword arguments"));
    }
    let mut coords = Vec::with_capacity(args.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for v in args {
        let x = float_arg(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(new_float(vector_norm(&mut coords, max, found_nan)))
}

/// `math.dist(p, q)`.
pub fn dist(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = fixed_args("dist", args, kw, 2)?;
    let p = crate::ops::collect_iterable(vm, &a[0])?;
    let q = crate::ops::collect_iterable(vm, &a[1])?;
    if p.len() != q.len() {
        return Err(PyErr::value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (x, y) in p.iter().zip(&q) {
        let d = (float_arg(vm, x)? - float_arg(vm, y)?).abs();
        found_nan |= d.is_nan();
        if d > max {
            max = d;
        }
        diffs.push(d);
    }
    Ok(new_float(vector_norm(&mut diffs, max, found_nan)))
}

#[cfg(test)]
mod tests {
    use super::vector_norm;
    use crate::numeric::float_repr::repr;
    use crate::numeric::pytest::python_lines;

    #[test]
    fn hypot_matches_cpython_bit_for_bit() {
        let cases: Vec<Vec<f64>> = vec![
            (0..10).map(f64::from).collect(),
            vec![3.0, 4.0],
            vec![1e308, 1e308],
            vec![1e-320, 3e-320],
            vec![0.1, 0.2, 0.3, 0.4],
            vec![1.0, 1e-16, 1e-16],
            (1..40).map(|i| f64::from(i).sqrt()).collect(),
        ];
        let ours: Vec<String> = cases
            .iter()
            .map(|c| {
                let mut v: Vec<f64> = c.iter().map(|x| x.abs()).collect();
                let max = v.iter().copied().fold(0.0, f64::max);
                repr(vector_norm(&mut v, max, false))
            })
            .collect();
        let py_cases: Vec<String> = cases
            .iter()
            .map(|c| format!("[{}]", c.iter().map(|x| format!("float('{}')", repr(*x))).collect::<Vec<_>>().join(",")))
            .collect();
        let theirs = python_lines(&format!("import math\nfor c in [{}]:\n  print(repr(math.hypot(*c)))", py_cases.join(",")));
        assert_eq!(ours, theirs);
    }
}
