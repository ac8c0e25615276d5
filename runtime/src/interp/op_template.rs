//! Opcode family: PEP 750 template strings (`t"..."`).
//!
//! A t-string compiles to one `BuildInterpolation` per `{...}` field (its value, format
//! spec and conversion already evaluated into slots, the expression text a constant)
//! and one `BuildTemplate` over the literal strings and interpolations in source
//! order. `BuildTemplate` shares `Template(*args)`'s normalisation, so a literal and
//! the constructor always agree on `strings`.

use crate::builtins::str::{as_str, new_str};
use crate::builtins::template::{conversion_from_code, new_interpolation, template_from_parts};
use crate::error::{PyErr, PyResult};
use crate::object::Value;

/// `Interpolation(value, expression, conversion, format_spec)` for a t-string field.
/// `conv` uses FormatValue's codes (0 none, 1 `s`, 2 `r`, 3 `a`); `spec` is the
/// evaluated format spec, `None` when the field has none.
pub fn build_interpolation(value: Value, expression: &Value, conv: u8, spec: Option<Value>) -> PyResult<Value> {
    if as_str(expression).is_none() {
        return Err(PyErr::type_error("interpolation expression must be a str constant"));
    }
    let spec = spec.unwrap_or_else(|| new_str(""));
    if as_str(&spec).is_none() {
        return Err(PyErr::type_error("interpolation format spec must be a str"));
    }
    Ok(new_interpolation(value, expression.clone(), conversion_from_code(conv), spec))
}

/// The Template for a t-string's parts (str constants and Interpolations, in order).
pub fn build_template(parts: &[Value]) -> PyResult<Value> {
    template_from_parts(parts)
}
