//! `int.to_bytes` and `int.from_bytes`: the object-model side of
//! `crate::numeric::bigint::{to_bytes, from_bytes}` (argument binding and the bytes
//! objects), kept apart from `int.rs` because it belongs with the bytes types.

use crate::builtins::bytes::{as_bytes, new_bytes};
use crate::builtins::int::{as_int, new_bigint};
use crate::builtins::method_args::{bind, int_arg, Style};
use crate::builtins::str::as_str;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;

fn byteorder(v: Option<&Value>, fname: &str) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => match as_str(v) {
            Some("little") => Ok(true),
            Some("big") => Ok(false),
            Some(_) => Err(PyErr::value_error("byteorder must be either 'little' or 'big'")),
            None => Err(PyErr::type_error(format!(
                "{fname}() argument 'byteorder' must be str, not {}",
                v.ty().body.name
            ))),
        },
    }
}

fn signed_flag(vm: &mut Vm, v: Option<&Value>) -> PyResult<bool> {
    v.map_or(Ok(false), |v| crate::ops::truthy(vm, v))
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
pub fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len() - 1;
    if npos > 2 {
        return Err(PyErr::type_error(format!("to_bytes() takes at most 2 positional arguments ({npos} given)")));
    }
    let a = bind("to_bytes", args, kw, &["length", "byteorder", "signed"], 0, true, Style::Clinic)?;
    let length = a[0].map_or(Ok(1), int_arg)?;
    let little = byteorder(a[1], "to_bytes")?;
    let signed = signed_flag(vm, a[2])?;
    let n = as_int(&args[0]).ok_or_else(|| PyErr::type_error("descriptor 'to_bytes' requires an 'int' object"))?;
    Ok(new_bytes(crate::numeric::bigint::to_bytes(&n.to_big(), length, little, signed)?))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
pub fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    // Called as a static function: there is no receiver in args[0], so bind against a
    // shifted view with a placeholder receiver slot.
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(crate::builtins::singletons::none());
    full.extend(args.iter().cloned());
    let a = bind("from_bytes", &full, kw, &["bytes", "byteorder", "signed"], 1, true, Style::Clinic)?;
    let source = a[0].unwrap_or(&full[0]);
    let data = match as_bytes(source) {
        Some(b) => b.to_vec(),
        None => {
            let items = crate::ops::collect_iterable(vm, source).map_err(|_| {
                PyErr::type_error(format!("cannot convert '{}' object to bytes", source.ty().body.name))
            })?;
            items.iter().map(crate::builtins::bytes::byte_value).collect::<PyResult<Vec<u8>>>()?
        }
    };
    let little = byteorder(a[1], "from_bytes")?;
    let signed = signed_flag(vm, a[2])?;
    Ok(new_bigint(crate::numeric::bigint::from_bytes(&data, little, signed)))
}
