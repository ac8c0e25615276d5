//! `float`: boxed f64 with CPython's repr, hash, arithmetic and error messages.
//!
//! The interpreter handles `float op float` (and float with small int) inline; this file is
//! the general path and the conversions. The rules (shortest repr, floor signs, `**` special
//! values and complex results, parsing) come from `crate::numeric`. Mixed int/float
//! comparisons are exact, as in CPython: `2**53 + 1 != 2.0**53` even though converting the
//! int to a float would make them equal.

use std::cmp::Ordering;

use crate::builtins::int::{as_int, IntRef};
use crate::builtins::singletons::py_bool;
use crate::builtins::str::{as_str, new_str};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::numeric::float_arith::{self, FloatPow};
use crate::object::{BinOp, CompareOp, Kind, Slots, TypeObject, UnaryOp, Value};

/// The built-in `float` type (its destructor feeds the per-thread free list).
pub static FLOAT_TYPE: TypeObject = crate::object::Obj {
    header: crate::object::Header::immortal(&crate::builtins::type_::TYPE_TYPE),
    body: crate::object::TypeData {
        name: "float",
        kind: Kind::Float,
        base: Some(&crate::builtins::type_::OBJECT_TYPE),
        dealloc: crate::builtins::float_freelist::release,
        slots: Slots {
            repr: Some(float_repr_slot),
            hash: Some(float_hash_slot),
            compare: Some(float_compare),
            binop: Some(float_binop_slot),
            unary: Some(float_unary),
            truth: Some(float_truth),
            getattr: Some(crate::builtins::float_methods::float_getattr),
            new: Some(float_new),
            ..Slots::EMPTY
        },
        methods: crate::builtins::float_methods::FLOAT_METHODS,
        state: crate::object::type_state::TypeState::builtin(),
    },
};

/// A new float object.
#[inline]
pub fn new_float(f: f64) -> Value {
    crate::builtins::float_freelist::new_float(f)
}

/// The f64 of a float object (not ints).
#[inline]
pub fn as_float(v: &Value) -> Option<f64> {
    if !v.is_small_int() && (v.ty().body.kind == Kind::Float || v.ty().body.state.solid_kind() == Some(Kind::Float)) {
        // SAFETY: Kind::Float objects and float subclass instances are Obj<f64>.
        Some(unsafe { *v.body_unchecked::<f64>() })
    } else {
        None
    }
}

/// The f64 of an object of exactly type float (not of a subclass, whose methods may
/// differ): for fast paths that skip the type's slots.
#[inline]
pub fn as_exact_float(v: &Value) -> Option<f64> {
    if !v.is_small_int() && v.ty().body.kind == Kind::Float {
        // SAFETY: Kind::Float objects are Obj<f64>.
        Some(unsafe { *v.body_unchecked::<f64>() })
    } else {
        None
    }
}

/// A float or an int (or bool) converted to f64, as arithmetic operands are; `Ok(None)`
/// for other types. Big ints are rounded correctly and may raise `OverflowError`.
pub fn to_f64(v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = as_float(v) {
        return Ok(Some(f));
    }
    match as_int(v) {
        Some(i) => i.to_f64().map(Some),
        None => Ok(None),
    }
}

/// CPython's `repr(float)` (shortest round-trip digits, CPython's layout rules).
pub fn float_repr(f: f64) -> String {
    crate::numeric::float_repr::repr(f)
}

fn float_repr_slot(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_str(&float_repr(as_float(v).unwrap_or(0.0))))
}

/// `frexp`: f = m * 2**e with 0.5 <= m < 1 (f itself for zero, inf and nan, with e = 0).
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
    Ok(crate::numeric::hash::hash_float(as_float(v).unwrap_or(0.0), v.raw()))
}

/// Exact ordering of an int against a finite or infinite float (`None` for nan).
pub fn cmp_int_float(i: &IntRef<'_>, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if let IntRef::Small(x) = i {
        if x.unsigned_abs() <= (1 << 53) {
            return (*x as f64).partial_cmp(&f);
        }
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    // Compare with floor(f) exactly, then let the fractional part break ties.
    let fl = f.floor();
    let big_floor = crate::builtins::int::bigint_from_f64(fl);
    Some(match i.to_big().cmp(&big_floor) {
        Ordering::Equal if fl != f => Ordering::Less,
        o => o,
    })
}

/// Exact comparison of an int with a float.
pub fn compare_int_float(i: &IntRef<'_>, f: f64, op: CompareOp) -> bool {
    match cmp_int_float(i, f) {
        Some(o) => op.test(o),
        None => op == CompareOp::Ne,
    }
}

/// `x op y` on two floats (IEEE: every comparison with a NaN is false except `!=`);
/// the interpreter's fast path (`interp/fast_arith.rs`) uses it too.
#[inline(always)]
pub fn compare_floats(x: f64, y: f64, op: CompareOp) -> bool {
    match op {
        CompareOp::Lt => x < y,
        CompareOp::Le => x <= y,
        CompareOp::Eq => x == y,
        CompareOp::Ne => x != y,
        CompareOp::Gt => x > y,
        CompareOp::Ge => x >= y,
    }
}

fn float_compare(_vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    let Some(x) = as_float(a) else { return Ok(None) };
    if let Some(y) = as_float(b) {
        return Ok(Some(py_bool(compare_floats(x, y, op))));
    }
    if let Some(i) = as_int(b) {
        return Ok(Some(py_bool(compare_int_float(&i, x, op.swapped()))));
    }
    Ok(None)
}

/// Python float modulo (result has the sign of the divisor); `x % 0.0` is nan here, the
/// callers check for zero first.
pub fn float_mod(x: f64, y: f64) -> f64 {
    float_arith::floor_mod(x, y).unwrap_or(f64::NAN)
}

/// Python float floor division (callers check for a zero divisor).
pub fn float_floordiv(x: f64, y: f64) -> f64 {
    float_arith::floor_div(x, y).unwrap_or(f64::NAN)
}

/// `x ** y` for floats with CPython's errors; a negative base with a non-integral exponent
/// gives a complex.
pub fn float_pow(x: f64, y: f64) -> PyResult<Value> {
    Ok(match float_arith::pow(x, y)? {
        FloatPow::Real(r) => new_float(r),
        FloatPow::Complex(re, im) => crate::builtins::complex::new_complex_parts(re, im),
    })
}

/// The general float (x) float path; `Ok(None)` for operators floats do not have.
pub fn float_binop(op: BinOp, x: f64, y: f64) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => float_arith::true_div(x, y)?,
        BinOp::FloorDiv => float_arith::floor_div(x, y)?,
        BinOp::Mod => float_arith::floor_mod(x, y)?,
        BinOp::Pow => return float_pow(x, y).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(new_float(r)))
}

fn float_binop_slot(_vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    float_binop_values(op, a, b)
}

/// float's binary-operator slot without the interpreter (the compiler folds constants
/// with it): `Ok(None)` unless one operand is a float and the other a float or int.
pub fn float_binop_values(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if as_float(a).is_none() && as_float(b).is_none() {
        return Ok(None);
    }
    if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (to_f64(a)?, to_f64(b)?) else { return Ok(None) };
    float_binop(op, x, y)
}

/// `divmod(x, y)` for floats.
pub fn float_divmod(x: f64, y: f64) -> PyResult<(f64, f64)> {
    Ok(float_arith::divmod(x, y)?)
}

fn float_unary(_vm: &mut Vm, op: UnaryOp, v: &Value) -> PyResult<Option<Value>> {
    float_unary_values(op, v)
}

/// float's unary-operator slot without the interpreter.
pub fn float_unary_values(op: UnaryOp, v: &Value) -> PyResult<Option<Value>> {
    let Some(f) = as_float(v) else { return Ok(None) };
    Ok(match op {
        UnaryOp::Neg => Some(new_float(-f)),
        UnaryOp::Pos => Some(new_float(f)),
        UnaryOp::Invert => None,
    })
}

fn float_truth(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(as_float(v).is_some_and(|f| f != 0.0))
}

/// Parses a float as `float(s)` does (`None` for invalid text).
pub fn parse_float(s: &str) -> Option<f64> {
    crate::numeric::float_parse::parse_float(s)
}

/// `float(x)` for any argument.
pub fn float_from_value(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    if let Some(f) = to_f64(x)? {
        return Ok(f);
    }
    if let Some(s) = as_str(x) {
        return parse_float(s).ok_or_else(|| {
            crate::numeric::float_parse::invalid_float_literal(&crate::builtins::str::repr_str(s)).into()
        });
    }
    let name = x.ty().body.name;
    if name == "bytes" || name == "bytearray" {
        let decode = crate::ops::getattr(vm, x, "decode")?;
        let text = crate::ops::call(vm, &decode, &[new_str("latin-1")], &[])?;
        let bytes: Vec<u8> = as_str(&text).unwrap_or("").chars().map(|c| c as u32 as u8).collect();
        return crate::numeric::float_parse::parse_float_ascii(&bytes).ok_or_else(|| {
            match crate::ops::repr_string(vm, x) {
                Ok(r) => crate::numeric::float_parse::invalid_float_literal(&r).into(),
                Err(e) => e,
            }
        });
    }
    for hook in ["__float__", "__index__"] {
        if let Some(f) = crate::ops::getattr_opt(vm, x, hook)? {
            let r = crate::ops::call(vm, &f, &[], &[])?;
            if let Some(v) = to_f64(&r)? {
                return Ok(v);
            }
            return Err(PyErr::type_error(format!("{}.{hook} returned non-float (type {})", name, r.ty().body.name)));
        }
    }
    Err(PyErr::type_error(format!("float() argument must be a string or a real number, not '{name}'")))
}

fn float_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("float() takes no keyword arguments"));
    }
    match args {
        [] => Ok(new_float(0.0)),
        [x] => {
            if as_exact_float(x).is_some() {
                return Ok(x.clone());
            }
            Ok(new_float(float_from_value(vm, x)?))
        }
        _ => Err(PyErr::type_error(format!("float expected at most 1 argument, got {}", args.len()))),
    }
}
