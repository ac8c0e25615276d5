//! The real-valued distributions and `binomialvariate`, as Lib/random.py computes them.
//!
//! Inner arithmetic on the generator's floats is plain `f64` (the same IEEE operations
//! and the same libm `log`/`exp`/`cos` CPython calls); where the caller's arguments enter
//! (`mu + z * sigma`, `a + (b - a) * random()`, `x * beta`) the Python operators are used,
//! so ints, floats and mixed arguments give exactly CPython's results and errors.

use super::next_f64;
use crate::builtins::float::new_float;
use crate::builtins::int::new_int;
use crate::builtins::singletons::is_none;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::modules::args;
use crate::object::{BinOp, CompareOp, Value};
use std::f64::consts::{E, PI, TAU};

/// `4 * exp(-0.5) / sqrt(2.0)`.
pub(super) const NV_MAGICCONST: f64 = 1.7155277699214135;
/// `1.0 + log(4.5)`.
pub(super) const SG_MAGICCONST: f64 = 2.504077396776274;

fn op(vm: &mut Vm, o: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    crate::ops::binary(vm, o, a, b)
}

fn f(x: f64) -> Value {
    new_float(x)
}

/// `float(v)` for the arguments that enter float math.
fn to_f(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(x) = crate::builtins::float::to_f64(v)? {
        return Ok(x);
    }
    let fv = crate::ops::call(vm, &crate::builtins::type_::type_value(&crate::builtins::float::FLOAT_TYPE), std::slice::from_ref(v), &[])?;
    Ok(crate::builtins::float::as_float(&fv).unwrap_or(f64::NAN))
}

fn cmp(vm: &mut Vm, a: &Value, b: f64, o: CompareOp) -> PyResult<bool> {
    crate::ops::compare_bool(vm, a, &f(b), o)
}

/// `mu + z * sigma`.
fn shift_scale(vm: &mut Vm, mu: &Value, z: f64, sigma: &Value) -> PyResult<Value> {
    let scaled = op(vm, BinOp::Mul, &f(z), sigma)?;
    op(vm, BinOp::Add, mu, &scaled)
}

fn bind(name: &str, args: &[Value], kwnames: &[Value], params: &[&str], min: usize) -> PyResult<Vec<Value>> {
    let a = args::bind_py(name, args, kwnames, params, params.len(), min)?;
    Ok(a.into_iter().map(|x| x.unwrap_or_else(crate::builtins::singletons::none)).collect())
}

/// Parameters with defaults: absent ones are `None` in the bound list and get `d`.
fn with_defaults(args: &[Value], kwnames: &[Value], name: &str, params: &[&str], defaults: &[f64]) -> PyResult<Vec<Value>> {
    let a = args::bind_py(name, args, kwnames, params, params.len(), params.len() - defaults.len())?;
    let first_default = params.len() - defaults.len();
    Ok(a.into_iter()
        .enumerate()
        .map(|(i, x)| match x {
            Some(v) => v,
            None if i >= first_default => f(defaults[i - first_default]),
            None => crate::builtins::singletons::none(),
        })
        .collect())
}

pub(super) fn uniform(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = bind("Random.uniform", args, kwnames, &["self", "a", "b"], 3)?;
    let width = op(vm, BinOp::Sub, &a[2], &a[1])?;
    let r = f(next_f64(&a[0])?);
    let scaled = op(vm, BinOp::Mul, &width, &r)?;
    op(vm, BinOp::Add, &a[1], &scaled)
}

pub(super) fn triangular(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::bind_py("Random.triangular", args, kwnames, &["self", "low", "high", "mode"], 4, 1)?;
    let mut low = a[1].clone().unwrap_or_else(|| f(0.0));
    let mut high = a[2].clone().unwrap_or_else(|| f(1.0));
    let mode = args::given(&a[3]).cloned();
    let mut u = next_f64(&args[0])?;
    let c = match mode {
        None => f(0.5),
        Some(m) => {
            let num = op(vm, BinOp::Sub, &m, &low)?;
            let den = op(vm, BinOp::Sub, &high, &low)?;
            match op(vm, BinOp::TrueDiv, &num, &den) {
                Ok(c) => c,
                Err(e) if e.matches(&crate::builtins::exceptions::ZERO_DIVISION_ERROR) => return Ok(low),
                Err(e) => return Err(e),
            }
        }
    };
    let mut c = to_f(vm, &c)?;
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    let width = op(vm, BinOp::Sub, &high, &low)?;
    let scaled = op(vm, BinOp::Mul, &width, &f((u * c).sqrt()))?;
    op(vm, BinOp::Add, &low, &scaled)
}

fn normal_z(this: &Value) -> PyResult<f64> {
    loop {
        let u1 = next_f64(this)?;
        let u2 = 1.0 - next_f64(this)?;
        let z = NV_MAGICCONST * (u1 - 0.5) / u2;
        if z * z / 4.0 <= -u2.ln() {
            return Ok(z);
        }
    }
}

pub(super) fn normalvariate(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = with_defaults(args, kwnames, "Random.normalvariate", &["self", "mu", "sigma"], &[0.0, 1.0])?;
    let z = normal_z(&a[0])?;
    shift_scale(vm, &a[1], z, &a[2])
}

pub(super) fn gauss(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = with_defaults(args, kwnames, "Random.gauss", &["self", "mu", "sigma"], &[0.0, 1.0])?;
    let this = &a[0];
    let cached = {
        let b = super::body(this)?;
        let mut st = b.state.lock(this);
        std::mem::replace(&mut st.gauss_next, crate::builtins::singletons::none())
    };
    let z = if is_none(&cached) {
        let x2pi = next_f64(this)? * TAU;
        let g2rad = (-2.0 * (1.0 - next_f64(this)?).ln()).sqrt();
        let b = super::body(this)?;
        b.state.lock(this).gauss_next = f(x2pi.sin() * g2rad);
        f(x2pi.cos() * g2rad)
    } else {
        cached
    };
    let scaled = op(vm, BinOp::Mul, &z, &a[2])?;
    op(vm, BinOp::Add, &a[1], &scaled)
}

pub(super) fn lognormvariate(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = bind("Random.lognormvariate", args, kwnames, &["self", "mu", "sigma"], 3)?;
    let z = normal_z(&a[0])?;
    let x = shift_scale(vm, &a[1], z, &a[2])?;
    let r = to_f(vm, &x)?.exp();
    if r.is_infinite() {
        return Err(PyErr::overflow_error("math range error"));
    }
    Ok(f(r))
}

pub(super) fn expovariate(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = with_defaults(args, kwnames, "Random.expovariate", &["self", "lambd"], &[1.0])?;
    let x = -(1.0 - next_f64(&a[0])?).ln();
    op(vm, BinOp::TrueDiv, &f(x), &a[1])
}

pub(super) fn vonmisesvariate(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = bind("Random.vonmisesvariate", args, kwnames, &["self", "mu", "kappa"], 3)?;
    let this = &a[0];
    if cmp(vm, &a[2], 1e-6, CompareOp::Le)? {
        return Ok(f(TAU * next_f64(this)?));
    }
    let kappa = to_f(vm, &a[2])?;
    let s = 0.5 / kappa;
    let r = s + (1.0 + s * s).sqrt();
    let z = loop {
        let u1 = next_f64(this)?;
        let z = (PI * u1).cos();
        let d = z / (r + z);
        let u2 = next_f64(this)?;
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
            break z;
        }
    };
    let q = 1.0 / r;
    let fv = (q + z) / (1.0 + q * z);
    let u3 = next_f64(this)?;
    let theta = if u3 > 0.5 { op(vm, BinOp::Add, &a[1], &f(fv.acos()))? } else { op(vm, BinOp::Sub, &a[1], &f(fv.acos()))? };
    op(vm, BinOp::Mod, &theta, &f(TAU))
}

/// `gammavariate(alpha, beta)`'s draw of x (before scaling by beta).
fn gamma_x(vm: &mut Vm, this: &Value, alpha_v: &Value, beta: &Value) -> PyResult<Value> {
    if cmp(vm, alpha_v, 0.0, CompareOp::Le)? || cmp(vm, beta, 0.0, CompareOp::Le)? {
        return Err(PyErr::value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    let alpha = to_f(vm, alpha_v)?;
    if alpha > 1.0 {
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - 4f64.ln();
        let ccc = alpha + ainv;
        loop {
            let u1 = next_f64(this)?;
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - next_f64(this)?;
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= z.ln() {
                return op(vm, BinOp::Mul, &f(x), beta);
            }
        }
    } else if alpha == 1.0 {
        let x = -(1.0 - next_f64(this)?).ln();
        op(vm, BinOp::Mul, &f(x), beta)
    } else {
        let x = loop {
            let u = next_f64(this)?;
            let b = (E + alpha) / E;
            let p = b * u;
            let x = if p <= 1.0 { p.powf(1.0 / alpha) } else { -((b - p) / alpha).ln() };
            let u1 = next_f64(this)?;
            if p > 1.0 {
                if u1 <= x.powf(alpha - 1.0) {
                    break x;
                }
            } else if u1 <= (-x).exp() {
                break x;
            }
        };
        op(vm, BinOp::Mul, &f(x), beta)
    }
}

pub(super) fn gammavariate(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = bind("Random.gammavariate", args, kwnames, &["self", "alpha", "beta"], 3)?;
    gamma_x(vm, &a[0], &a[1], &a[2])
}

pub(super) fn betavariate(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = bind("Random.betavariate", args, kwnames, &["self", "alpha", "beta"], 3)?;
    let y = gamma_x(vm, &a[0], &a[1], &f(1.0))?;
    if crate::ops::truthy(vm, &y)? {
        let other = gamma_x(vm, &a[0], &a[2], &f(1.0))?;
        let sum = op(vm, BinOp::Add, &y, &other)?;
        return op(vm, BinOp::TrueDiv, &y, &sum);
    }
    Ok(f(0.0))
}

pub(super) fn paretovariate(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = bind("Random.paretovariate", args, kwnames, &["self", "alpha"], 2)?;
    let u = 1.0 - next_f64(&a[0])?;
    let e = op(vm, BinOp::TrueDiv, &f(-1.0), &a[1])?;
    op(vm, BinOp::Pow, &f(u), &e)
}

pub(super) fn weibullvariate(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = bind("Random.weibullvariate", args, kwnames, &["self", "alpha", "beta"], 3)?;
    let u = 1.0 - next_f64(&a[0])?;
    let e = op(vm, BinOp::TrueDiv, &f(1.0), &a[2])?;
    let p = op(vm, BinOp::Pow, &f(-u.ln()), &e)?;
    op(vm, BinOp::Mul, &a[1], &p)
}

fn lgamma(vm: &mut Vm, x: f64) -> PyResult<f64> {
    let math = crate::modules::import_module(vm, "math", None, None, 0)?;
    let func = crate::ops::getattr(vm, &math, "lgamma")?;
    let r = crate::ops::call(vm, &func, &[f(x)], &[])?;
    to_f(vm, &r)
}

pub(super) fn binomialvariate(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::bind_py("Random.binomialvariate", args, kwnames, &["self", "n", "p"], 3, 1)?;
    let this = &args[0];
    let n_v = a[1].clone().unwrap_or_else(|| new_int(1));
    let p_v = a[2].clone().unwrap_or_else(|| f(0.5));
    if crate::ops::compare_bool(vm, &n_v, &new_int(0), CompareOp::Lt)? {
        return Err(PyErr::value_error("n must be non-negative"));
    }
    if cmp(vm, &p_v, 0.0, CompareOp::Le)? || cmp(vm, &p_v, 1.0, CompareOp::Ge)? {
        if cmp(vm, &p_v, 0.0, CompareOp::Eq)? {
            return Ok(new_int(0));
        }
        if cmp(vm, &p_v, 1.0, CompareOp::Eq)? {
            return Ok(n_v);
        }
        return Err(PyErr::value_error("p must be in the range 0.0 <= p <= 1.0"));
    }
    let n = crate::builtins::int::index_i64(&n_v)?;
    let p = to_f(vm, &p_v)?;
    Ok(new_int(binomial(vm, this, n, p)?))
}

fn binomial(vm: &mut Vm, this: &Value, n: i64, p: f64) -> PyResult<i64> {
    if n == 1 {
        return Ok(i64::from(next_f64(this)? < p));
    }
    if p > 0.5 {
        return Ok(n - binomial(vm, this, n, 1.0 - p)?);
    }
    if (n as f64) * p < 10.0 {
        let (mut x, mut y) = (0i64, 0i64);
        let c = (1.0 - p).log2();
        if c == 0.0 {
            return Ok(x);
        }
        loop {
            y += (next_f64(this)?.log2() / c).floor() as i64 + 1;
            if y > n {
                return Ok(x);
            }
            x += 1;
        }
    }
    // BTRS (Hormann's transformed rejection with squeeze).
    let nf = n as f64;
    let spq = (nf * p * (1.0 - p)).sqrt();
    let b = 1.15 + 2.53 * spq;
    let a = -0.0873 + 0.0248 * b + 0.01 * p;
    let c = nf * p + 0.5;
    let vr = 0.92 - 4.2 / b;
    let mut setup: Option<(f64, f64, f64, f64)> = None;
    loop {
        let mut u = next_f64(this)?;
        u -= 0.5;
        let us = 0.5 - u.abs();
        let k = ((2.0 * a / us + b) * u + c).floor();
        if k < 0.0 || k > nf {
            continue;
        }
        let mut v = next_f64(this)?;
        if us >= 0.07 && v <= vr {
            return Ok(k as i64);
        }
        let (alpha, lpq, m, h) = match setup {
            Some(s) => s,
            None => {
                let alpha = (2.83 + 5.1 / b) * spq;
                let lpq = (p / (1.0 - p)).ln();
                let m = ((nf + 1.0) * p).floor();
                let h = lgamma(vm, m + 1.0)? + lgamma(vm, nf - m + 1.0)?;
                setup = Some((alpha, lpq, m, h));
                (alpha, lpq, m, h)
            }
        };
        v *= alpha / (a / (us * us) + b);
        if v.ln() <= h - lgamma(vm, k + 1.0)? - lgamma(vm, nf - k + 1.0)? + (k - m) * lpq {
            return Ok(k as i64);
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn magic_constants_are_cpythons() {
        assert_eq!(super::NV_MAGICCONST, 4.0 * (-0.5f64).exp() / 2f64.sqrt());
        assert_eq!(super::SG_MAGICCONST, 1.0 + 4.5f64.ln());
    }
}
