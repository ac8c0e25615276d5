//! The `math` module: every function of CPython 3.14's `math`, with its error rules.
//!
//! Files by concept: [`real`] (elementary functions of floats, `math_1`-style error
//! classification), [`integer`] (exact integer functions and `floor`/`ceil`/`trunc`),
//! [`sums`] (`fsum`, `prod`, `sumprod`, `hypot`, `dist`: the accumulating functions with
//! CPython's extra-precision algorithms), [`special`] (`gamma`, `lgamma`, `erf`, `erfc`).
//!
//! Errors follow 3.14: domain errors of the one-argument functions name the argument
//! (`expected a nonnegative input, got -1.0`), the others keep `math domain error`, and
//! overflow is `math range error`. Elementary functions call the platform's libm through
//! Rust's `f64` methods, as CPython does, so their last bits agree with CPython on the
//! same machine; `gamma`/`lgamma` are CPython's own Lanczos algorithm.

mod integer;
mod libm;
mod real;
mod special;
mod sums;

use crate::builtins::float::{float_from_value, float_repr, new_float};
use crate::builtins::str::as_str;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{NativeFn, Value};

static FUNCTIONS: &[(&str, NativeFn)] = &[
    ("acos", real::acos),
    ("acosh", real::acosh),
    ("asin", real::asin),
    ("asinh", real::asinh),
    ("atan", real::atan),
    ("atan2", real::atan2),
    ("atanh", real::atanh),
    ("cbrt", real::cbrt),
    ("ceil", integer::ceil),
    ("comb", integer::comb),
    ("copysign", real::copysign),
    ("cos", real::cos),
    ("cosh", real::cosh),
    ("degrees", real::degrees),
    ("dist", sums::dist),
    ("erf", special::erf),
    ("erfc", special::erfc),
    ("exp", real::exp),
    ("exp2", real::exp2),
    ("expm1", real::expm1),
    ("fabs", real::fabs),
    ("factorial", integer::factorial),
    ("floor", integer::floor),
    ("fma", real::fma),
    ("fmod", real::fmod),
    ("frexp", real::frexp),
    ("fsum", sums::fsum),
    ("gamma", special::gamma),
    ("gcd", integer::gcd),
    ("hypot", sums::hypot),
    ("isclose", real::isclose),
    ("isfinite", real::isfinite),
    ("isinf", real::isinf),
    ("isnan", real::isnan),
    ("isqrt", integer::isqrt),
    ("lcm", integer::lcm),
    ("ldexp", real::ldexp),
    ("lgamma", special::lgamma),
    ("log", real::log),
    ("log10", real::log10),
    ("log1p", real::log1p),
    ("log2", real::log2),
    ("modf", real::modf),
    ("nextafter", real::nextafter),
    ("perm", integer::perm),
    ("pow", real::pow),
    ("prod", sums::prod),
    ("radians", real::radians),
    ("remainder", real::remainder),
    ("sin", real::sin),
    ("sinh", real::sinh),
    ("sqrt", real::sqrt),
    ("sumprod", sums::sumprod),
    ("tan", real::tan),
    ("tanh", real::tanh),
    ("trunc", integer::trunc),
    ("ulp", real::ulp),
];

/// Builds the module.
pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = super::make_module("math", FUNCTIONS);
    super::module_set(&m, "pi", new_float(std::f64::consts::PI));
    super::module_set(&m, "e", new_float(std::f64::consts::E));
    super::module_set(&m, "tau", new_float(std::f64::consts::TAU));
    super::module_set(&m, "inf", new_float(f64::INFINITY));
    super::module_set(&m, "nan", new_float(f64::NAN));
    Ok(m)
}

/// Checks a positional-only signature: no keywords and exactly `n` arguments.
fn fixed_args<'a>(name: &str, args: &'a [Value], kwnames: &[Value], n: usize) -> PyResult<&'a [Value]> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error(format!("math.{name}() takes no keyword arguments")));
    }
    if args.len() != n {
        return Err(PyErr::type_error(if n == 1 {
            format!("math.{name}() takes exactly one argument ({} given)", args.len())
        } else {
            format!("{name} expected {n} arguments, got {}", args.len())
        }));
    }
    Ok(args)
}

/// A float argument: floats, ints (correctly rounded), and objects with `__float__` or
/// `__index__`; `TypeError: must be real number, not str` otherwise.
fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = crate::builtins::float::to_f64(v)? {
        return Ok(f);
    }
    if as_str(v).is_some() || crate::builtins::complex::as_complex(v).is_some() {
        return Err(not_real(v));
    }
    for hook in ["__float__", "__index__"] {
        if crate::ops::getattr_opt(vm, v, hook)?.is_some() {
            return float_from_value(vm, v);
        }
    }
    Err(not_real(v))
}

fn not_real(v: &Value) -> PyErr {
    PyErr::type_error(format!("must be real number, not {}", v.ty().body.name))
}

/// `ValueError: math domain error`.
fn domain_error() -> PyErr {
    PyErr::value_error("math domain error")
}

/// `OverflowError: math range error`.
fn range_error() -> PyErr {
    PyErr::overflow_error("math range error")
}

/// A 3.14-style domain error naming the argument (`expected ..., got -1.0`); `template`
/// may contain `{}` for the argument's repr.
fn domain_error_for(template: Option<&str>, x: f64) -> PyErr {
    match template {
        Some(t) => PyErr::value_error(t.replace("{}", &float_repr(x))),
        None => domain_error(),
    }
}
