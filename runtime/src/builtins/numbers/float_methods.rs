//! The methods and attributes of `float`: `hex`/`fromhex`, `as_integer_ratio`,
//! `is_integer`, `.real`/`.imag`, and the `__trunc__`/`__floor__`/`__ceil__`/`__round__`
//! family that `math` and `round()` call.
//!
//! Arithmetic lives in `float.rs`; the exact algorithms (hex digits, correctly rounded
//! `round(x, n)`, exact integer ratios) are in `crate::numeric`.

use crate::builtins::float::{as_float, new_float};
use crate::builtins::int::{float_to_int, index_i64, new_bigint};
use crate::builtins::singletons::{is_none, py_bool};
use crate::builtins::str::{as_str, new_str};
use crate::builtins::tuple::new_tuple;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::numeric::{float_hex, round};
use crate::object::{MethodDef, Value};

/// `float`'s method table.
pub static FLOAT_METHODS: &[MethodDef] = crate::real_methods!(
    MethodDef::method("is_integer", float_is_integer),
    MethodDef::method("conjugate", float_same),
    MethodDef::method("__float__", float_same),
    MethodDef::method("hex", float_hex_method),
    MethodDef::static_fn("fromhex", float_fromhex),
    MethodDef::method("as_integer_ratio", float_as_integer_ratio),
    MethodDef::method("__int__", float_trunc),
    MethodDef::method("__trunc__", float_trunc),
    MethodDef::method("__floor__", float_floor),
    MethodDef::method("__ceil__", float_ceil),
    MethodDef::method("__round__", float_round),
);

fn this(args: &[Value], name: &str) -> PyResult<f64> {
    match args.first() {
        Some(v) => as_float(v).ok_or_else(|| {
            PyErr::type_error(format!(
                "descriptor '{name}' for 'float' objects doesn't apply to a '{}' object",
                v.ty().body.name
            ))
        }),
        None => Err(PyErr::type_error(format!("unbound method float.{name}() needs an argument"))),
    }
}

fn no_args(args: &[Value], kw: &[Value], name: &str) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!("float.{name}() takes no keyword arguments")));
    }
    if args.len() > 1 {
        return Err(PyErr::type_error(format!("float.{name}() takes no arguments ({} given)", args.len() - 1)));
    }
    Ok(())
}

/// `.real` and `.imag` of a float.
pub fn float_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(f) = as_float(v) else { return Ok(None) };
    Ok(match name {
        "real" => Some(new_float(f)),
        "imag" => Some(new_float(0.0)),
        _ => None,
    })
}

fn float_same(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = this(args, "conjugate")?;
    no_args(args, kw, "conjugate")?;
    Ok(new_float(f))
}

fn float_is_integer(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = this(args, "is_integer")?;
    no_args(args, kw, "is_integer")?;
    Ok(py_bool(round::is_integer(f)))
}

fn float_hex_method(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = this(args, "hex")?;
    no_args(args, kw, "hex")?;
    Ok(new_str(&float_hex::to_hex(f)))
}

fn float_fromhex(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    // `float.fromhex(s)` arrives without self; `(1.0).fromhex(s)` too (class-level function).
    if !kw.is_empty() {
        return Err(PyErr::type_error("float.fromhex() takes no keyword arguments"));
    }
    let [s] = args else {
        return Err(PyErr::type_error(format!("float.fromhex() takes exactly one argument ({} given)", args.len())));
    };
    let text = as_str(s).ok_or_else(|| {
        PyErr::type_error(format!("float.fromhex() argument must be str, not {}", s.ty().body.name))
    })?;
    Ok(new_float(float_hex::from_hex(text)?))
}

fn float_as_integer_ratio(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = this(args, "as_integer_ratio")?;
    no_args(args, kw, "as_integer_ratio")?;
    let (n, d) = round::as_integer_ratio(f)?;
    Ok(new_tuple(vec![new_bigint(n), new_bigint(d)]))
}

fn float_trunc(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = this(args, "__trunc__")?;
    no_args(args, kw, "__trunc__")?;
    float_to_int(f)
}

fn float_floor(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = this(args, "__floor__")?;
    no_args(args, kw, "__floor__")?;
    float_to_int(f.floor())
}

fn float_ceil(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = this(args, "__ceil__")?;
    no_args(args, kw, "__ceil__")?;
    float_to_int(f.ceil())
}

/// `round(x)` / `round(x, n)` for a float.
pub fn round_float_value(f: f64, ndigits: Option<&Value>) -> PyResult<Value> {
    match ndigits.filter(|v| !is_none(v)) {
        None => Ok(new_bigint(round::round_to_int(f)?)),
        Some(nd) => Ok(new_float(round::round_float(f, index_i64(nd)?)?)),
    }
}

fn float_round(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = this(args, "__round__")?;
    if !kw.is_empty() || args.len() > 2 {
        return Err(PyErr::type_error(format!("__round__ expected at most 1 argument, got {}", args.len() - 1)));
    }
    round_float_value(f, args.get(1))
}
