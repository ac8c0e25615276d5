//! `complex`: a pair of f64 with CPython's arithmetic, repr, hash and parsing (the rules
//! are in `crate::numeric::complex`; this file boxes values and dispatches operators).

use crate::builtin_type;
use crate::builtins::float::{new_float, to_f64};
use crate::builtins::singletons::py_bool;
use crate::builtins::str::{as_str, new_str};
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
    &[MethodDef::method("conjugate", complex_conjugate)]
);

/// A new complex value.
pub fn new_complex(c: Complex) -> Value {
    crate::object::alloc(&COMPLEX_TYPE, c)
}

/// The complex value, if `v` is a complex.
pub fn as_complex_exact(v: &Value) -> Option<Complex> {
    if !v.is_small_int() && v.ty().body.kind == Kind::Complex {
        // SAFETY: Kind::Complex objects are Obj<Complex>.
        Some(unsafe { *v.body_unchecked::<Complex>() })
    } else {
        None
    }
}

/// A complex, float or int as a complex operand.
pub fn to_complex(v: &Value) -> PyResult<Option<Complex>> {
    if let Some(c) = as_complex_exact(v) {
        return Ok(Some(c));
    }
    Ok(to_f64(v)?.map(Complex::from_real))
}

fn complex_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = as_complex_exact(v).unwrap_or(Complex::new(0.0, 0.0));
    Ok(new_str(&c.repr()))
}

fn complex_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let c = as_complex_exact(v).unwrap_or(Complex::new(0.0, 0.0));
    Ok(crate::numeric::hash::hash_complex(c.re, c.im, v.raw()))
}

fn complex_compare(_vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (to_complex(a)?, to_complex(b)?) else { return Ok(None) };
    match op {
        CompareOp::Eq => Ok(Some(py_bool(x.re == y.re && x.im == y.im))),
        CompareOp::Ne => Ok(Some(py_bool(!(x.re == y.re && x.im == y.im)))),
        _ => Ok(None),
    }
}

fn complex_binop(_vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if as_complex_exact(a).is_none() && as_complex_exact(b).is_none() {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (to_complex(a)?, to_complex(b)?) else { return Ok(None) };
    Ok(Some(new_complex(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => x.checked_div(y)?,
        BinOp::Pow => x.pow(y)?,
        _ => return Ok(None),
    })))
}

fn complex_unary(_vm: &mut Vm, op: UnaryOp, v: &Value) -> PyResult<Option<Value>> {
    let Some(c) = as_complex_exact(v) else { return Ok(None) };
    Ok(match op {
        UnaryOp::Neg => Some(new_complex(-c)),
        UnaryOp::Pos => Some(new_complex(c)),
        UnaryOp::Invert => None,
    })
}

fn complex_truth(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(as_complex_exact(v).is_some_and(|c| c.re != 0.0 || c.im != 0.0))
}

fn complex_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(c) = as_complex_exact(v) else { return Ok(None) };
    Ok(match name {
        "real" => Some(new_float(c.re)),
        "imag" => Some(new_float(c.im)),
        _ => None,
    })
}

fn complex_conjugate(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = as_complex_exact(&args[0]).unwrap_or(Complex::new(0.0, 0.0));
    Ok(new_complex(Complex::new(c.re, -c.im)))
}

/// `abs(z)`.
pub fn complex_abs(v: &Value) -> PyResult<Option<Value>> {
    match as_complex_exact(v) {
        Some(c) => Ok(Some(new_float(c.abs()?))),
        None => Ok(None),
    }
}

fn complex_new(_vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    let mut real: Option<&Value> = args.first().filter(|_| npos > 0);
    let mut imag: Option<&Value> = args.get(1).filter(|_| npos > 1);
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        match as_str(k) {
            Some("real") => real = Some(v),
            Some("imag") => imag = Some(v),
            _ => return Err(PyErr::type_error(format!("complex() got an unexpected keyword argument '{}'", as_str(k).unwrap_or("?")))),
        }
    }
    if let Some(r) = real {
        if let Some(s) = as_str(r) {
            if imag.is_some() {
                return Err(PyErr::type_error("complex() can't take second arg if first is a string"));
            }
            let repr = crate::builtins::str::repr_str(s);
            return crate::numeric::complex::parse(s).map(new_complex).map_err(|e| e.into_num_error(&repr).into());
        }
    }
    let part = |v: Option<&Value>, which: &str| -> PyResult<Complex> {
        match v {
            None => Ok(Complex::new(0.0, 0.0)),
            Some(v) => to_complex(v)?.ok_or_else(|| {
                PyErr::type_error(format!("complex() argument '{which}' must be a real number, not {}", v.ty().body.name))
            }),
        }
    };
    let r = part(real, "real")?;
    let i = part(imag, "imag")?;
    // complex(a, b) = a + b*1j, with complex a or b allowed.
    Ok(new_complex(Complex::new(r.re - i.im, r.im + i.re)))
}

