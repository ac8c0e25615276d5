//! The methods and attributes of `int` and `bool` (`bit_length`, `to_bytes`,
//! `as_integer_ratio`, `.real`, `__floor__` ...), and bool's own operators.
//!
//! Arithmetic lives in `int.rs`; this file is the public method surface. `bytes` objects
//! are produced and consumed through the `bytes` built-in and the iteration protocol
//! rather than the bytes type's internals, so this file does not depend on its layout.

use num_bigint::BigInt;

use crate::builtins::float::new_float;
use crate::builtins::int::{
    as_int, index_i64, int_to_decimal, new_bigint, new_int, not_an_integer, IntRef, INT_TYPE,
};
use crate::builtins::singletons::{is_none, py_bool, BOOL_TYPE};
use crate::builtins::str::{as_str, new_str_owned};
use crate::builtins::tuple::new_tuple;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::numeric::bigint;
use crate::object::{MethodDef, Value};

/// `int`'s method table.
pub static INT_METHODS: &[MethodDef] = crate::real_methods!(
    MethodDef::method("bit_length", int_bit_length),
    MethodDef::method("bit_count", int_bit_count),
    MethodDef::method("to_bytes", int_to_bytes),
    MethodDef::static_fn("from_bytes", int_from_bytes),
    MethodDef::method("as_integer_ratio", int_as_integer_ratio),
    MethodDef::method("is_integer", int_is_integer),
    MethodDef::method("conjugate", int_same),
    MethodDef::method("__index__", int_same),
    MethodDef::method("__int__", int_same),
    MethodDef::method("__trunc__", int_same),
    MethodDef::method("__floor__", int_same),
    MethodDef::method("__ceil__", int_same),
    MethodDef::method("__float__", int_float),
    MethodDef::method("__round__", int_round),
);

fn this<'a>(args: &'a [Value], name: &str) -> PyResult<IntRef<'a>> {
    match args.first() {
        Some(v) => as_int(v).ok_or_else(|| {
            PyErr::type_error(format!("descriptor '{name}' for 'int' objects doesn't apply to a '{}' object", v.ty().body.name))
        }),
        None => Err(PyErr::type_error(format!("unbound method int.{name}() needs an argument"))),
    }
}

fn no_args(args: &[Value], kw: &[Value], name: &str) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!("int.{name}() takes no keyword arguments")));
    }
    if args.len() > 1 {
        return Err(PyErr::type_error(format!("int.{name}() takes no arguments ({} given)", args.len() - 1)));
    }
    Ok(())
}

/// `.real`, `.imag`, `.numerator`, `.denominator` of an int (a plain int for bools too).
pub fn int_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(i) = as_int(v) else { return Ok(None) };
    Ok(match name {
        "real" | "numerator" => Some(plain_int(&i)),
        "imag" => Some(new_int(0)),
        "denominator" => Some(new_int(1)),
        _ => None,
    })
}

/// The value as an exact `int` (bools become 0/1).
fn plain_int(i: &IntRef<'_>) -> Value {
    match i {
        IntRef::Small(v) => new_int(*v),
        IntRef::Big(b) => new_bigint((*b).clone()),
    }
}

fn int_same(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let i = this(args, "conjugate")?;
    no_args(args, kw, "conjugate")?;
    Ok(plain_int(&i))
}

fn int_float(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let i = this(args, "__float__")?;
    no_args(args, kw, "__float__")?;
    Ok(new_float(i.to_f64()?))
}

fn int_round(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let i = this(args, "__round__")?;
    if !kw.is_empty() || args.len() > 2 {
        return Err(PyErr::type_error(format!("__round__ expected at most 1 argument, got {}", args.len() - 1)));
    }
    match args.get(1).filter(|v| !is_none(v)) {
        None => Ok(plain_int(&i)),
        Some(nd) => Ok(new_bigint(crate::numeric::round::round_int(&i.to_big(), index_i64(nd)?))),
    }
}

fn int_bit_length(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let i = this(args, "bit_length")?;
    no_args(args, kw, "bit_length")?;
    Ok(new_int(match i {
        IntRef::Small(x) => i64::from(64 - x.unsigned_abs().leading_zeros()),
        IntRef::Big(b) => bigint::bit_length(b) as i64,
    }))
}

fn int_bit_count(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let i = this(args, "bit_count")?;
    no_args(args, kw, "bit_count")?;
    Ok(new_int(match i {
        IntRef::Small(x) => i64::from(x.unsigned_abs().count_ones()),
        IntRef::Big(b) => bigint::bit_count(b) as i64,
    }))
}

fn int_as_integer_ratio(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let i = this(args, "as_integer_ratio")?;
    no_args(args, kw, "as_integer_ratio")?;
    Ok(new_tuple(vec![plain_int(&i), new_int(1)]))
}

fn int_is_integer(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(args, "is_integer")?;
    no_args(args, kw, "is_integer")?;
    Ok(py_bool(true))
}

/// Binds `(length, byteorder, *, signed)`-style arguments: `names` are the positional
/// parameters in order, `kwonly` the keyword-only ones. Returns one slot per name.
fn bind<'a>(
    fname: &str,
    args: &'a [Value],
    kwnames: &[Value],
    names: &[&str],
    kwonly: &[&str],
) -> PyResult<Vec<Option<&'a Value>>> {
    let npos = args.len() - kwnames.len();
    if npos > names.len() {
        return Err(PyErr::type_error(format!(
            "{fname}() takes at most {} positional arguments ({npos} given)",
            names.len()
        )));
    }
    let mut out: Vec<Option<&Value>> = vec![None; names.len() + kwonly.len()];
    for (slot, v) in out.iter_mut().zip(&args[..npos]) {
        *slot = Some(v);
    }
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let k = as_str(k).unwrap_or("");
        let Some(idx) = names.iter().chain(kwonly).position(|n| *n == k) else {
            return Err(PyErr::type_error(format!("{fname}() got an unexpected keyword argument '{k}'")));
        };
        if out[idx].is_some() {
            return Err(PyErr::type_error(format!(
                "argument for {fname}() given by name ('{k}') and position ({})",
                idx + 1
            )));
        }
        out[idx] = Some(v);
    }
    Ok(out)
}

fn byteorder_is_little(v: Option<&Value>, fname: &str) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    match as_str(v) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(PyErr::value_error("byteorder must be either 'little' or 'big'")),
        None => Err(PyErr::type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            v.ty().body.name
        ))),
    }
}

fn signed_flag(vm: &mut Vm, v: Option<&Value>) -> PyResult<bool> {
    match v {
        Some(v) => crate::ops::truthy(vm, v),
        None => Ok(false),
    }
}

/// A `bytes` object holding `data`, built through the `bytes` built-in.
pub fn make_bytes(vm: &mut Vm, data: &[u8]) -> PyResult<Value> {
    let ctor = vm
        .builtins()
        .and_then(crate::builtins::dict::as_dict)
        .and_then(|d| d.get_str("bytes"))
        .ok_or_else(|| PyErr::runtime_error("the bytes type is not available"))?;
    let items: Vec<Value> = data.iter().map(|b| new_int(i64::from(*b))).collect();
    crate::ops::call(vm, &ctor, &[crate::builtins::list::new_list(items)], &[])
}

fn int_to_bytes(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let i = this(args, "to_bytes")?;
    let n = i.to_big();
    let bound = bind("to_bytes", &args[1..], kwnames, &["length", "byteorder"], &["signed"])?;
    let length = match bound[0] {
        Some(v) => index_i64(v).map_err(|e| match e.matches(&crate::builtins::exceptions::INDEX_ERROR) {
            true => PyErr::overflow_error("Python int too large to convert to C ssize_t"),
            false => e,
        })?,
        None => 1,
    };
    let little = byteorder_is_little(bound[1], "to_bytes")?;
    let signed = signed_flag(vm, bound[2])?;
    if length > 0 {
        crate::builtins::binary::bytes::bytes_size_check(length as u64)?;
    }
    if length > 0 && crate::alloc_tuning::too_big(length as usize) {
        return Err(PyErr::bare(&crate::builtins::exceptions::MEMORY_ERROR));
    }
    let data = bigint::to_bytes(&n, length, little, signed)?;
    make_bytes(vm, &data)
}

fn int_from_bytes(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    // Reached as `int.from_bytes(...)` (no self) or `(5).from_bytes(...)` (also no self:
    // the method is stored as a class-level function).
    let bound = bind("from_bytes", args, kwnames, &["bytes", "byteorder"], &["signed"])?;
    let Some(source) = bound[0] else {
        return Err(PyErr::type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let little = byteorder_is_little(bound[1], "from_bytes")?;
    let signed = signed_flag(vm, bound[2])?;
    let cannot_convert = || PyErr::type_error(format!("cannot convert '{}' object to bytes", source.ty().body.name));
    if as_str(source).is_some() {
        return Err(cannot_convert());
    }
    let iterator = crate::ops::iter(vm, source).map_err(|_| cannot_convert())?;
    let items = crate::ops::collect_iterable(vm, &iterator)?;
    let mut data = Vec::with_capacity(items.len());
    for item in &items {
        let b = as_int(item).ok_or_else(|| not_an_integer(item))?;
        match b.to_i64() {
            Some(x @ 0..=255) => data.push(x as u8),
            _ => return Err(PyErr::value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(new_bigint(bigint::from_bytes(&data, little, signed)))
}

/// `str(n)` for an int as a Python string (used by `bool` subclass checks and others).
pub fn int_str_value(i: &IntRef<'_>) -> PyResult<Value> {
    Ok(new_str_owned(int_to_decimal(i)?.into()))
}

/// True when `v`'s type is exactly `int` or `bool`.
pub fn is_exact_int_or_bool(v: &Value) -> bool {
    v.is_small_int() || std::ptr::eq(v.ty(), &INT_TYPE) || std::ptr::eq(v.ty(), &BOOL_TYPE)
}

/// A BigInt argument (for the `math` module and friends).
pub fn big_arg(v: &Value) -> PyResult<BigInt> {
    as_int(v).map(|i| i.to_big()).ok_or_else(|| not_an_integer(v))
}
