//! `complex`: a boxed pair of f64 with CPython's repr, hash, arithmetic and constructor.
//!
//! The algorithms (scaled division, integer powers by squaring, `complex(str)` parsing,
//! repr) are in `crate::numeric::complex`. Mixed arithmetic with a real operand follows
//! the 3.14 rules: `complex + real`, `complex - real`, `real - complex`, `complex * real`
//! and `complex / real` act on the components directly instead of first promoting the
//! real to `complex(x, 0.0)`, which keeps signed zeros and avoids `inf * 0` nans
//! (`complex(1e300, 1e300) * 10` has no nan part). `real / complex` and `**` promote.

use crate::builtin_type;
use crate::builtins::float::{as_float, compare_int_float, new_float, to_f64};
use crate::builtins::int::as_int;
use crate::builtins::singletons::py_bool;
use crate::builtins::str::{as_str, new_str_owned};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::numeric::complex::Complex;
use crate::object::{BinOp, CompareOp, Kind, MethodDef, Slots, TypeObject, UnaryOp, Value};

builtin_type!(
    COMPLEX_TYPE,
    "complex",
    Kind::Complex,
    Complex,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(complex_repr),
        hash: Some(complex_hash),
        compare: Some(complex_compare),
        binop: Some(complex_binop),
        unary: Some(complex_unary),
        truth: Some(complex_truth),
        getattr: Some(complex_getattr),
        new: Some(complex_new),
        ..Slots::EMPTY
    },
    crate::number_methods!(
        MethodDef::method("conjugate", complex_conjugate),
        MethodDef::method("__complex__", complex_same),
    )
);

/// A new complex object.
pub fn new_complex(c: Complex) -> Value {
    crate::object::alloc(&COMPLEX_TYPE, c)
}

/// A new complex object from its parts.
pub fn new_complex_parts(re: f64, im: f64) -> Value {
    new_complex(Complex::new(re, im))
}

/// A complex, float or int as a complex operand.
pub fn to_complex(v: &Value) -> PyResult<Option<Complex>> {
    if let Some(c) = as_complex(v) {
        return Ok(Some(c));
    }
    Ok(to_f64(v)?.map(Complex::from_real))
}

/// The value of a complex object.
pub fn as_complex(v: &Value) -> Option<Complex> {
    if !v.is_small_int() && (v.ty().body.kind == Kind::Complex || v.ty().body.state.solid_kind() == Some(Kind::Complex)) {
        // SAFETY: Kind::Complex objects and complex subclass instances are Obj<Complex>.
        Some(unsafe { *v.body_unchecked::<Complex>() })
    } else {
        None
    }
}

fn from_complex(c: Complex) -> Value {
    new_complex(c)
}

fn complex_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = as_complex(v).ok_or_else(|| PyErr::type_error("expected complex"))?;
    Ok(new_str_owned(c.repr().into()))
}

fn complex_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let c = as_complex(v).unwrap_or(Complex::new(0.0, 0.0));
    Ok(crate::numeric::hash::hash_complex(c.re, c.im, v.raw()))
}

fn complex_truth(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(as_complex(v).is_some_and(|c| c.re != 0.0 || c.im != 0.0))
}

fn complex_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(c) = as_complex(v) else { return Ok(None) };
    Ok(match name {
        "real" => Some(new_float(c.re)),
        "imag" => Some(new_float(c.im)),
        _ => None,
    })
}

fn complex_conjugate(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::builtins::iterators::no_arguments("complex.conjugate", args, kw)?;
    let c = args.first().and_then(as_complex).ok_or_else(|| PyErr::type_error("conjugate() needs a complex"))?;
    Ok(new_complex_parts(c.re, -c.im))
}

fn complex_same(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = args.first().and_then(as_complex).ok_or_else(|| PyErr::type_error("__complex__() needs a complex"))?;
    Ok(from_complex(c))
}

/// Equality of a complex with another number (ordering is not defined).
fn complex_compare(_vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    let Some(x) = as_complex(a) else { return Ok(None) };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(None);
    }
    let equal = if let Some(y) = as_complex(b) {
        x.re == y.re && x.im == y.im
    } else if let Some(f) = as_float(b) {
        x.im == 0.0 && x.re == f
    } else if let Some(i) = as_int(b) {
        x.im == 0.0 && compare_int_float(&i, x.re, CompareOp::Eq)
    } else {
        return Ok(None);
    };
    Ok(Some(py_bool(equal == (op == CompareOp::Eq))))
}

/// An operand of complex arithmetic: a complex, or a real (int, bool, float).
enum Operand {
    Complex(Complex),
    Real(f64),
}

fn operand(v: &Value) -> PyResult<Option<Operand>> {
    if let Some(c) = as_complex(v) {
        return Ok(Some(Operand::Complex(c)));
    }
    Ok(to_f64(v)?.map(Operand::Real))
}

fn complex_binop(_vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    complex_binop_values(op, a, b)
}

/// complex's binary-operator slot without the interpreter (the compiler folds constants
/// with it): `Ok(None)` unless one operand is a complex and the other a number.
pub fn complex_binop_values(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if as_complex(a).is_none() && as_complex(b).is_none() {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (operand(a)?, operand(b)?) else { return Ok(None) };
    complex_arith(op, x, y).map(|r| r.map(from_complex))
}

fn complex_arith(op: BinOp, x: Operand, y: Operand) -> PyResult<Option<Complex>> {
    use Operand::{Complex as C, Real as R};
    let promote = |o: &Operand| match *o {
        C(c) => c,
        R(r) => Complex::from_real(r),
    };
    Ok(Some(match (op, &x, &y) {
        (BinOp::Add, C(a), C(b)) => *a + *b,
        (BinOp::Add, C(a), R(r)) | (BinOp::Add, R(r), C(a)) => Complex::new(a.re + r, a.im),
        (BinOp::Sub, C(a), C(b)) => *a - *b,
        (BinOp::Sub, C(a), R(r)) => Complex::new(a.re - r, a.im),
        (BinOp::Sub, R(r), C(a)) => Complex::new(r - a.re, -a.im),
        (BinOp::Mul, C(a), C(b)) => *a * *b,
        (BinOp::Mul, C(a), R(r)) | (BinOp::Mul, R(r), C(a)) => Complex::new(a.re * r, a.im * r),
        (BinOp::TrueDiv, C(a), R(r)) => {
            if *r == 0.0 {
                return Err(PyErr::zero_division());
            }
            Complex::new(a.re / r, a.im / r)
        }
        (BinOp::TrueDiv, _, _) => promote(&x).checked_div(promote(&y))?,
        (BinOp::Pow, _, _) => promote(&x).pow(promote(&y))?,
        _ => return Ok(None),
    }))
}

/// `pow(a, b, m)` with a complex operand.
pub fn complex_modulo_error() -> PyErr {
    PyErr::value_error("complex modulo")
}

fn complex_unary(_vm: &mut Vm, op: UnaryOp, v: &Value) -> PyResult<Option<Value>> {
    complex_unary_values(op, v)
}

/// complex's unary-operator slot without the interpreter.
pub fn complex_unary_values(op: UnaryOp, v: &Value) -> PyResult<Option<Value>> {
    let Some(c) = as_complex(v) else { return Ok(None) };
    Ok(match op {
        UnaryOp::Neg => Some(new_complex_parts(-c.re, -c.im)),
        UnaryOp::Pos => Some(from_complex(c)),
        UnaryOp::Invert => None,
    })
}

/// `abs(z)`, or `None` when `v` is not a complex.
pub fn complex_abs(v: &Value) -> PyResult<Option<Value>> {
    match as_complex(v) {
        Some(c) => Ok(Some(new_float(c.abs()?))),
        None => Ok(None),
    }
}

/// `format(c, spec)`.
pub fn format_complex_value(c: Complex, spec: &str) -> PyResult<Value> {
    Ok(new_str_owned(crate::numeric::format_spec::format_complex(c.re, c.im, spec)?.into()))
}

/// A constructor argument as a complex (via `__complex__`, `__float__`, `__index__` for
/// other objects); `None` when it is not a number.
fn number_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<Complex>> {
    if let Some(c) = as_complex(v) {
        return Ok(Some(c));
    }
    if let Some(f) = to_f64(v)? {
        return Ok(Some(Complex::from_real(f)));
    }
    if as_str(v).is_some() {
        return Ok(None);
    }
    if let Some(f) = crate::ops::getattr_opt(vm, v, "__complex__")? {
        let r = crate::ops::call(vm, &f, &[], &[])?;
        return match as_complex(&r) {
            Some(c) => Ok(Some(c)),
            None => Err(PyErr::type_error(format!(
                "__complex__ returned non-complex (type {})",
                r.ty().body.name
            ))),
        };
    }
    for hook in ["__float__", "__index__"] {
        if crate::ops::getattr_opt(vm, v, hook)?.is_some() {
            return Ok(Some(Complex::from_real(crate::builtins::float::float_from_value(vm, v)?)));
        }
    }
    Ok(None)
}

fn complex_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if npos > 2 {
        return Err(PyErr::type_error(format!("complex() takes at most 2 arguments ({npos} given)")));
    }
    let mut real: Option<&Value> = args.first().filter(|_| npos >= 1);
    let mut imag: Option<&Value> = args.get(1).filter(|_| npos >= 2);
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let slot = match as_str(k) {
            Some("real") => &mut real,
            Some("imag") => &mut imag,
            Some(other) => {
                return Err(PyErr::type_error(format!("complex() got an unexpected keyword argument '{other}'")));
            }
            None => return Err(PyErr::type_error("keywords must be strings")),
        };
        if slot.is_some() {
            let (name, pos) = if as_str(k) == Some("real") { ("real", 1) } else { ("imag", 2) };
            return Err(PyErr::type_error(format!("argument for complex() given by name ('{name}') and position ({pos})")));
        }
        *slot = Some(v);
    }
    if let Some(s) = real.and_then(as_str) {
        if imag.is_some() {
            return Err(PyErr::type_error("complex() can't take second arg if first is a string"));
        }
        let c = crate::numeric::complex::parse(s)
            .map_err(|e| PyErr::from(e.into_num_error(&crate::builtins::str::repr_str(s))))?;
        return Ok(from_complex(c));
    }
    if let Some(i) = imag {
        if as_str(i).is_some() {
            return Err(PyErr::type_error("complex() second arg can't be a string"));
        }
    }
    let r = match real {
        None => Complex::new(0.0, 0.0),
        Some(v) => {
            if imag.is_none() && as_complex(v).is_some() {
                return Ok(v.clone());
            }
            number_arg(vm, v)?.ok_or_else(|| {
                PyErr::type_error(format!(
                    "complex() first argument must be a string or a number, not '{}'",
                    v.ty().body.name
                ))
            })?
        }
    };
    let Some(iv) = imag else { return Ok(from_complex(r)) };
    let i = number_arg(vm, iv)?.ok_or_else(|| {
        PyErr::type_error(format!("complex() second argument must be a number, not '{}'", iv.ty().body.name))
    })?;
    // complex(a, b) == a + b*1j; parts that are not complex are used as they are, so
    // complex(0, -0.0) keeps its negative zero.
    let re = if as_complex(iv).is_some() { r.re - i.im } else { r.re };
    let im = if real.is_some_and(|v| as_complex(v).is_some()) { i.re + r.im } else { i.re };
    Ok(new_complex_parts(re, im))
}
