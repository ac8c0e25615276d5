//! The numeric built-in functions: `abs`, `divmod`, `pow` (two and three arguments),
//! `round`, `hex`/`oct`/`bin`.
//!
//! They sit apart from the module's `mod.rs` because each dispatches over int, bool, float and
//! complex with its own rules (the three-argument `pow` is int-only, `round` returns an int
//! without `ndigits`, `divmod` is one operation rather than `//` then `%`), and the
//! operations they share with `__abs__`, `__divmod__` and `__pow__` live with those
//! dunders in `builtins::number_dunders` (re-exported here).

use crate::builtins::complex::as_complex;
use crate::builtins::float::{as_float, new_float};
use crate::builtins::int::{as_int, new_bigint, not_an_integer};
use crate::builtins::singletons::is_none;
use crate::builtins::str::{as_str, new_str};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{BinOp, Value};

pub use crate::builtins::number_dunders::{abs_value, divmod_or_not_implemented, pow3};


/// `abs(x)` as a builtin.
pub fn builtin_abs(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = super::exactly_one("abs", args, kwnames)?;
    if let Some(r) = crate::builtins::instances::protocol::call_hook(vm, x, "__abs__", &[])? {
        return Ok(r);
    }
    abs_value(vm, x)
}


/// `divmod(a, b)`.
pub fn builtin_divmod(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("divmod() takes no keyword arguments"));
    }
    let [a, b] = args else {
        return Err(PyErr::type_error(format!("divmod expected 2 arguments, got {}", args.len())));
    };
    let r = divmod_or_not_implemented(vm, a, b)?;
    if !r.is_static(&crate::builtins::singletons::NOT_IMPLEMENTED) {
        return Ok(r);
    }
    // Other objects: their own __divmod__ / __rdivmod__.
    for (obj, other, name) in [(a, b, "__divmod__"), (b, a, "__rdivmod__")] {
        if as_int(obj).is_some() || as_float(obj).is_some() || as_complex(obj).is_some() {
            continue;
        }
        if let Some(f) = crate::ops::getattr_opt(vm, obj, name)? {
            let r = crate::ops::call(vm, &f, std::slice::from_ref(other), &[])?;
            if !r.is_static(&crate::builtins::singletons::NOT_IMPLEMENTED) {
                return Ok(r);
            }
        }
    }
    Err(PyErr::type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        a.ty().body.name,
        b.ty().body.name
    )))
}


/// `pow(base, exp, mod=None)`.
pub fn builtin_pow(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if npos > 3 {
        return Err(PyErr::type_error(format!("pow() takes at most 3 arguments ({npos} given)")));
    }
    let mut slots: [Option<&Value>; 3] = [None, None, None];
    for (slot, v) in slots.iter_mut().zip(&args[..npos]) {
        *slot = Some(v);
    }
    const NAMES: [&str; 3] = ["base", "exp", "mod"];
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let k = as_str(k).unwrap_or("");
        let Some(idx) = NAMES.iter().position(|n| *n == k) else {
            return Err(PyErr::type_error(format!("pow() got an unexpected keyword argument '{k}'")));
        };
        if slots[idx].is_some() {
            return Err(PyErr::type_error(format!("argument for pow() given by name ('{k}') and position ({})", idx + 1)));
        }
        slots[idx] = Some(v);
    }
    let (Some(base), Some(exp)) = (slots[0], slots[1]) else {
        let (missing, pos) = if slots[0].is_none() { ("base", 1) } else { ("exp", 2) };
        return Err(PyErr::type_error(format!("pow() missing required argument '{missing}' (pos {pos})")));
    };
    match slots[2].filter(|m| !is_none(m)) {
        Some(m) => match crate::builtins::instances::protocol::call_hook(vm, base, "__pow__", &[exp.clone(), m.clone()])? {
            Some(r) if !r.is_static(&crate::builtins::singletons::NOT_IMPLEMENTED) => Ok(r),
            _ => pow3(vm, base, exp, m),
        },
        None => crate::ops::binary(vm, BinOp::Pow, base, exp),
    }
}

/// `round(number, ndigits=None)`.
pub fn builtin_round(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if npos > 2 {
        return Err(PyErr::type_error(format!("round() takes at most 2 arguments ({npos} given)")));
    }
    let mut number = args.first().filter(|_| npos >= 1);
    let mut ndigits = args.get(1).filter(|_| npos >= 2);
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        match as_str(k) {
            Some("number") if number.is_none() => number = Some(v),
            Some("ndigits") if ndigits.is_none() => ndigits = Some(v),
            Some(k @ ("number" | "ndigits")) => {
                let pos = if k == "number" { 1 } else { 2 };
                return Err(PyErr::type_error(format!("argument for round() given by name ('{k}') and position ({pos})")));
            }
            other => {
                return Err(PyErr::type_error(format!(
                    "round() got an unexpected keyword argument '{}'",
                    other.unwrap_or("")
                )));
            }
        }
    }
    let Some(x) = number else {
        return Err(PyErr::type_error("round() missing required argument 'number' (pos 1)"));
    };
    let ndigits = ndigits.filter(|v| !is_none(v));
    if let Some(i) = as_int(x) {
        let Some(nd) = ndigits else { return Ok(new_bigint(i.to_big())) };
        let n = as_int(nd).ok_or_else(|| not_an_integer(nd))?;
        // Any ndigits >= 0 leaves an int unchanged; huge negative ones round to zero.
        let n = n.to_i64().unwrap_or(if n.is_negative() { i64::MIN / 2 } else { 0 });
        if n >= 0 {
            return Ok(new_bigint(i.to_big()));
        }
        if n.unsigned_abs() > i.to_big().bits() + 2 {
            return Ok(crate::builtins::int::new_int(0));
        }
        return Ok(new_bigint(crate::numeric::round::round_int(&i.to_big(), n)));
    }
    if let Some(f) = as_float(x) {
        if let Some(nd) = ndigits {
            if let Some(n) = as_int(nd) {
                if n.to_i64().is_none() {
                    // Beyond any float's precision: unchanged, or a signed zero.
                    return Ok(if n.is_negative() { new_float(0.0 * f) } else { new_float(f) });
                }
            }
        }
        return crate::builtins::float_methods::round_float_value(f, ndigits);
    }
    match crate::ops::getattr_opt(vm, x, "__round__")? {
        Some(f) => match ndigits {
            Some(nd) => crate::ops::call(vm, &f, std::slice::from_ref(nd), &[]),
            None => crate::ops::call(vm, &f, &[], &[]),
        },
        None => Err(PyErr::type_error(format!("type {} doesn't define __round__ method", x.ty().body.name))),
    }
}

fn radix(vm: &mut Vm, args: &[Value], kwnames: &[Value], fname: &str, radix: u32) -> PyResult<Value> {
    let x = super::exactly_one(fname, args, kwnames)?;
    let n = match as_int(x) {
        Some(i) => i.to_big(),
        None => match crate::ops::getattr_opt(vm, x, "__index__")? {
            Some(f) => {
                let r = crate::ops::call(vm, &f, &[], &[])?;
                as_int(&r).map(|i| i.to_big()).ok_or_else(|| not_an_integer(x))?
            }
            None => return Err(not_an_integer(x)),
        },
    };
    Ok(new_str(&crate::numeric::int_text::to_prefixed_radix_string(&n, radix)))
}

/// `hex(x)`.
pub fn builtin_hex(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    radix(vm, args, kwnames, "hex", 16)
}

/// `oct(x)`.
pub fn builtin_oct(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    radix(vm, args, kwnames, "oct", 8)
}

/// `bin(x)`.
pub fn builtin_bin(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    radix(vm, args, kwnames, "bin", 2)
}
