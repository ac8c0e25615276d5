//! Argument unpacking shared by the `str`, `bytes` and `bytearray` methods.
//!
//! Native methods receive CPython's vectorcall layout (`args[0]` is self, then the
//! positionals, then keyword values named by `kwnames`). Most text methods take a few
//! optional parameters, some of them keyword-capable; [`bind`] maps both forms onto a
//! fixed list of parameter slots with CPython's error texts, so each method reads its
//! arguments by position without re-implementing the checks.

use crate::builtins::int::{as_int, IntRef};
use crate::builtins::singletons::is_none;
use crate::builtins::str::as_str;
use crate::error::{PyErr, PyResult};
use crate::object::Value;

/// How a method reports a wrong argument count (CPython has two styles).
#[derive(Clone, Copy)]
pub enum Style {
    /// Argument-clinic methods: `split() takes at most 2 arguments (3 given)`.
    Clinic,
    /// Older methods: `find expected at most 3 arguments, got 4`.
    Expected,
}

/// Most parameters a method bound with [`bind`] may declare.
pub const MAX_PARAMS: usize = 4;

/// Bound arguments by parameter position (`None`: not given); slots past the method's
/// parameter count stay `None`.
pub type Bound<'a> = [Option<&'a Value>; MAX_PARAMS];

/// Binds the arguments of method `name` to `params` (positional-or-keyword names; those
/// listed after `npos_only` positions may be given by keyword). `min` is the number of
/// required parameters.
pub fn bind<'a>(
    name: &str,
    args: &'a [Value],
    kwnames: &[Value],
    params: &[&str],
    min: usize,
    kw_ok: bool,
    style: Style,
) -> PyResult<Bound<'a>> {
    let npos = args.len() - kwnames.len() - 1;
    let mut out: Bound<'a> = [None; MAX_PARAMS];
    if params.len() > MAX_PARAMS {
        return Err(PyErr::runtime_error(format!("{name}(): too many parameters for method_args::bind")));
    }
    if !kwnames.is_empty() && !kw_ok {
        return Err(PyErr::type_error(format!("{}.{name}() takes no keyword arguments", args[0].ty().body.name)));
    }
    if npos > params.len() {
        return Err(PyErr::type_error(count_message(&args[0], name, params.len(), min, npos, style)));
    }
    for (slot, v) in out.iter_mut().zip(&args[1..=npos]) {
        *slot = Some(v);
    }
    for (i, k) in kwnames.iter().enumerate() {
        let key = as_str(k).unwrap_or("");
        match params.iter().position(|p| *p == key) {
            Some(p) if out[p].is_none() => out[p] = Some(&args[1 + npos + i]),
            Some(p) => {
                return Err(PyErr::type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    p + 1
                )))
            }
            None => return Err(PyErr::type_error(format!("{name}() got an unexpected keyword argument '{key}'"))),
        }
    }
    if let Some(missing) = out.iter().take(min).position(Option::is_none) {
        if npos < min && kwnames.is_empty() {
            return Err(PyErr::type_error(count_message(&args[0], name, params.len(), min, npos, style)));
        }
        return Err(PyErr::type_error(format!(
            "{name}() missing required argument '{}' (pos {})",
            params[missing],
            missing + 1
        )));
    }
    Ok(out)
}

fn count_message(receiver: &Value, name: &str, max: usize, min: usize, given: usize, style: Style) -> String {
    let plural = |n: usize| if n == 1 { "argument" } else { "arguments" };
    let type_name = receiver.ty().body.name;
    match style {
        _ if max == 0 => format!("{type_name}.{name}() takes no arguments ({given} given)"),
        Style::Clinic if min == 1 && max == 1 => format!("{type_name}.{name}() takes exactly one argument ({given} given)"),
        Style::Clinic if given > max => format!("{name}() takes at most {max} {} ({given} given)", plural(max)),
        Style::Clinic => format!("{name}() takes at least {min} positional {} ({given} given)", plural(min)),
        Style::Expected if given > max => format!("{name} expected at most {max} {}, got {given}", plural(max)),
        Style::Expected => format!("{name} expected at least {min} {}, got {given}", plural(min)),
    }
}

/// A `start`/`end` argument: None or an object with `__index__`, clamped like CPython's
/// `_PyEval_SliceIndex` (huge values saturate).
pub fn slice_bound(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if is_none(v) => Ok(None),
        Some(v) => match as_int(v) {
            Some(IntRef::Small(i)) => Ok(Some(i)),
            Some(IntRef::Big(b)) => Ok(Some(if num_traits::Signed::is_negative(b) { i64::MIN / 2 } else { i64::MAX / 2 })),
            None => Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method")),
        },
    }
}

/// The type name argument-conversion errors show for `v`: CPython 3.13+ writes `None`
/// rather than `NoneType` (`find() argument 1 must be str, not None`).
pub fn arg_type_name(v: &Value) -> &'static str {
    if is_none(v) {
        "None"
    } else {
        v.ty().body.name
    }
}

/// An integer argument (`__index__`), with CPython's message for other types.
pub fn int_arg(v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(i),
        Some(IntRef::Big(b)) => {
            num_traits::ToPrimitive::to_i64(b).ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t"))
        }
        None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().body.name))),
    }
}

/// An optional integer argument, defaulting when absent.
pub fn int_or(v: Option<&Value>, default: i64) -> PyResult<i64> {
    v.map_or(Ok(default), int_arg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::int::new_int;
    use crate::builtins::str::new_str;

    fn message(r: PyResult<Bound<'_>>) -> String {
        match r {
            Ok(_) => "ok".to_owned(),
            Err(e) => crate::builtins::exceptions::exception_str(&e.exc),
        }
    }

    #[test]
    fn binds_positional_and_keyword_arguments() {
        let args = [new_str("a b"), new_str(" "), new_int(1), new_str("x")];
        let kw = [new_str("maxsplit")];
        let bound = bind("split", &args[..3], &[], &["sep", "maxsplit"], 0, true, Style::Clinic).ok();
        assert!(bound.is_some_and(|b| b[0].is_some() && b[1].is_some()));
        let args2 = [args[0].clone(), args[2].clone()];
        let bound = bind("split", &args2, &kw, &["sep", "maxsplit"], 0, true, Style::Clinic).ok();
        assert!(bound.is_some_and(|b| b[0].is_none() && b[1].is_some()));
    }

    #[test]
    fn count_errors_use_each_style() {
        let s = new_str("abc");
        let one = [s.clone(), new_int(1)];
        assert_eq!(message(bind("lower", &one, &[], &[], 0, false, Style::Clinic)), "str.lower() takes no arguments (1 given)");
        assert_eq!(message(bind("zfill", std::slice::from_ref(&s), &[], &["width"], 1, false, Style::Clinic)), "str.zfill() takes exactly one argument (0 given)");
        assert_eq!(message(bind("center", std::slice::from_ref(&s), &[], &["width", "fillchar"], 1, false, Style::Expected)), "center expected at least 1 argument, got 0");
        let four = [s.clone(), new_int(1), new_int(2), new_int(3)];
        assert_eq!(message(bind("split", &four, &[], &["sep", "maxsplit"], 0, true, Style::Clinic)), "split() takes at most 2 arguments (3 given)");
        assert_eq!(message(bind("strip", &one, &[new_str("chars")], &["chars"], 0, false, Style::Expected)), "str.strip() takes no keyword arguments");
        let kw_args = [s.clone(), new_int(1)];
        assert_eq!(message(bind("split", &kw_args, &[new_str("nope")], &["sep", "maxsplit"], 0, true, Style::Clinic)), "split() got an unexpected keyword argument 'nope'");
    }

    #[test]
    fn slice_bounds_saturate_and_reject_non_integers() {
        assert_eq!(slice_bound(None).ok(), Some(None));
        assert_eq!(slice_bound(Some(&new_int(-3))).ok(), Some(Some(-3)));
        assert!(slice_bound(Some(&new_str("x"))).is_err());
    }
}
