//! `float`: boxed f64 with CPython's repr, hash, arithmetic and error messages.
//!
//! The interpreter handles `float op float` inline; this file is the general path and
//! the conversions. `repr` is the shortest string that round-trips (Rust's formatter
//! finds the digits; [`float_repr`] lays them out with CPython's rules: scientific when
//! the exponent is < -4 or >= 16, otherwise positional with at least one fractional digit).

use crate::builtin_type;
use crate::builtins::int::{as_int, bigint_from_f64, IntRef};
use crate::builtins::singletons::py_bool;
use crate::builtins::str::{as_str, new_str};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{BinOp, CompareOp, Kind, MethodDef, Slots, TypeObject, UnaryOp, Value};
use num_traits::ToPrimitive;

builtin_type!(
    FLOAT_TYPE,
    "float",
    Kind::Float,
    f64,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(float_repr_slot),
        hash: Some(float_hash_slot),
        compare: Some(float_compare),
        binop: Some(float_binop_slot),
        unary: Some(float_unary),
        truth: Some(float_truth),
        new: Some(float_new),
        ..Slots::EMPTY
    },
    &[
        MethodDef::method("is_integer", float_is_integer),
        MethodDef::method("conjugate", float_conjugate),
        MethodDef::method("hex", float_hex),
        MethodDef::method("as_integer_ratio", float_as_integer_ratio),
        MethodDef::static_fn("fromhex", float_fromhex),
    ]
);

/// A new float object.
#[inline]
pub fn new_float(f: f64) -> Value {
    crate::object::alloc(&FLOAT_TYPE, f)
}

/// The f64 of a float object (not ints).
#[inline]
pub fn as_f64_exact(v: &Value) -> Option<f64> {
    if !v.is_small_int() && v.ty().body.kind == Kind::Float {
        // SAFETY: Kind::Float objects are Obj<f64>.
        Some(unsafe { *v.body_unchecked::<f64>() })
    } else {
        None
    }
}

/// A float or an int (or bool) converted to f64, as arithmetic operands are.
pub fn to_f64(v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = as_f64_exact(v) {
        return Ok(Some(f));
    }
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(Some(i as f64)),
        Some(IntRef::Big(b)) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(Some(f)),
            _ => Err(PyErr::overflow_error("int too large to convert to float")),
        },
        None => Ok(None),
    }
}

/// CPython's `repr(float)` (shortest round-trip digits, CPython's layout rules).
pub fn float_repr(f: f64) -> String {
    crate::numeric::float_repr::repr(f)
}

fn float_repr_slot(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_str(&float_repr(as_f64_exact(v).unwrap_or(0.0))))
}

/// `frexp`: f = m * 2**e with 0.5 <= m < 1.
pub fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(f * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn float_hash_slot(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(crate::numeric::hash::hash_float(as_f64_exact(v).unwrap_or(0.0), v.raw()))
}

/// Exact comparison of an int with a float.
pub fn compare_int_float(i: &IntRef<'_>, f: f64, op: CompareOp) -> bool {
    if f.is_nan() {
        return op == CompareOp::Ne;
    }
    let ord = match i {
        IntRef::Small(x) if x.unsigned_abs() < (1 << 53) => (*x as f64).partial_cmp(&f),
        _ => {
            if f.is_infinite() {
                Some(if f > 0.0 { std::cmp::Ordering::Less } else { std::cmp::Ordering::Greater })
            } else {
                // Compare exactly: floor of f as a big int, then the fractional part.
                let fl = f.floor();
                let big_floor = bigint_from_f64(fl);
                let ib = i.to_big();
                match ib.cmp(&big_floor) {
                    std::cmp::Ordering::Equal if fl != f => Some(std::cmp::Ordering::Less),
                    o => Some(o),
                }
            }
        }
    };
    ord.is_some_and(|o| op.test(o))
}

fn float_compare(_vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    let Some(x) = as_f64_exact(a) else { return Ok(None) };
    if let Some(y) = as_f64_exact(b) {
        return Ok(Some(py_bool(match op {
            CompareOp::Lt => x < y,
            CompareOp::Le => x <= y,
            CompareOp::Eq => x == y,
            CompareOp::Ne => x != y,
            CompareOp::Gt => x > y,
            CompareOp::Ge => x >= y,
        })));
    }
    if let Some(i) = as_int(b) {
        return Ok(Some(py_bool(compare_int_float(&i, x, op.swapped()))));
    }
    Ok(None)
}

/// Python float modulo (result has the sign of the divisor).
pub fn float_mod(x: f64, y: f64) -> f64 {
    let mut m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    m
}

/// Python float floor division.
pub fn float_floordiv(x: f64, y: f64) -> f64 {
    let m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 && ((y < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let fl = div.floor();
        if div - fl > 0.5 {
            fl + 1.0
        } else {
            fl
        }
    } else {
        0.0f64.copysign(x / y)
    }
}

/// `x ** y` for floats with CPython's errors.
pub fn float_pow(x: f64, y: f64) -> PyResult<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(PyErr::new(&crate::builtins::exceptions::ZERO_DIVISION_ERROR, "zero to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        // A negative base to a fractional power gives a complex result.
        let c = crate::numeric::complex::Complex::from_real(x).pow(crate::numeric::complex::Complex::from_real(y))?;
        return Ok(crate::builtins::complex::new_complex(c));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(PyErr::overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(new_float(r))
}

/// The general float (x) float path.
pub fn float_binop(op: BinOp, x: f64, y: f64) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(PyErr::zero_division());
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(PyErr::zero_division());
            }
            float_floordiv(x, y)
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(PyErr::zero_division());
            }
            float_mod(x, y)
        }
        BinOp::Pow => return float_pow(x, y).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(new_float(r)))
}

fn float_binop_slot(_vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if as_f64_exact(a).is_none() && as_f64_exact(b).is_none() {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (to_f64(a)?, to_f64(b)?) else { return Ok(None) };
    float_binop(op, x, y)
}

fn float_unary(_vm: &mut Vm, op: UnaryOp, v: &Value) -> PyResult<Option<Value>> {
    let Some(f) = as_f64_exact(v) else { return Ok(None) };
    Ok(match op {
        UnaryOp::Neg => Some(new_float(-f)),
        UnaryOp::Pos => Some(new_float(f)),
        UnaryOp::Invert => None,
    })
}

fn float_truth(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(as_f64_exact(v).is_some_and(|f| f != 0.0))
}

fn float_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("float() takes no keyword arguments"));
    }
    let _ = vm;
    match args {
        [] => Ok(new_float(0.0)),
        [x] => {
            if let Some(f) = to_f64(x)? {
                return Ok(new_float(f));
            }
            if let Some(s) = as_str(x) {
                return crate::numeric::float_parse::parse_float(s).map(new_float).ok_or_else(|| {
                    PyErr::value_error(format!("could not convert string to float: {}", crate::builtins::str::repr_str(s)))
                });
            }
            Err(PyErr::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                x.ty().body.name
            )))
        }
        _ => Err(PyErr::type_error(format!("float expected at most 1 argument, got {}", args.len()))),
    }
}

fn float_is_integer(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = as_f64_exact(&args[0]).unwrap_or(0.0);
    Ok(py_bool(f.is_finite() && f.fract() == 0.0))
}

fn float_conjugate(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_float(as_f64_exact(&args[0]).unwrap_or(0.0)))
}

fn float_hex(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_str(&crate::numeric::float_hex::to_hex(as_f64_exact(&args[0]).unwrap_or(0.0))))
}

fn float_fromhex(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = args.first().and_then(as_str).ok_or_else(|| PyErr::type_error("fromhex() argument must be str"))?;
    Ok(new_float(crate::numeric::float_hex::from_hex(s)?))
}

fn float_as_integer_ratio(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (n, d) = crate::numeric::round::as_integer_ratio(as_f64_exact(&args[0]).unwrap_or(0.0))?;
    Ok(crate::builtins::tuple::new_tuple(vec![crate::builtins::int::new_bigint(n), crate::builtins::int::new_bigint(d)]))
}
