//! Argument unpacking for the native library modules (itertools, operator, heapq,
//! bisect, random, _functools, _collections).
//!
//! CPython's C modules check their arguments in two styles, and scripts see the texts:
//! functions declared positional-only check the count with `_PyArg_CheckPositional`
//! (`heappush expected 2 arguments, got 1`), while Argument Clinic functions that take
//! keywords go through `_PyArg_UnpackKeywords` (`bisect_left() missing required argument
//! 'a' (pos 1)`, `takes at most 5 arguments (6 given)`). [`positional`] and [`bind`] are
//! those two checks, so each module function reads its parameters by position and the
//! error texts live in one place.

use crate::builtins::str::as_str;
use crate::error::{PyErr, PyResult};
use crate::object::Value;

fn plural(n: usize) -> &'static str {
    if n == 1 {
        "argument"
    } else {
        "arguments"
    }
}

/// The number of positional arguments in vectorcall layout.
pub fn npos(args: &[Value], kwnames: &[Value]) -> usize {
    args.len() - kwnames.len()
}

/// Refuses keyword arguments: `name() takes no keyword arguments`.
pub fn no_keywords(name: &str, kwnames: &[Value]) -> PyResult<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// `_PyArg_CheckPositional`: no keywords, between `min` and `max` positional arguments.
pub fn positional<'a>(name: &str, args: &'a [Value], kwnames: &[Value], min: usize, max: usize) -> PyResult<&'a [Value]> {
    no_keywords(name, kwnames)?;
    count(name, args, min, max)
}

/// The count half of [`positional`] (for callers whose keyword error names the function
/// differently, as `_operator.add() takes no keyword arguments`).
pub fn count<'a>(name: &str, args: &'a [Value], min: usize, max: usize) -> PyResult<&'a [Value]> {
    let n = args.len();
    if n < min || n > max {
        let msg = if min == max {
            format!("{name} expected {min} {}, got {n}", plural(min))
        } else if n < min {
            format!("{name} expected at least {min} {}, got {n}", plural(min))
        } else {
            format!("{name} expected at most {max} {}, got {n}", plural(max))
        };
        return Err(PyErr::type_error(msg));
    }
    Ok(args)
}

/// A METH_O function's check: exactly one positional argument and no keywords.
pub fn one_arg<'a>(qualname: &str, args: &'a [Value], kwnames: &[Value]) -> PyResult<&'a Value> {
    no_keywords(qualname, kwnames)?;
    match args {
        [x] => Ok(x),
        _ => Err(PyErr::type_error(format!("{qualname}() takes exactly one argument ({} given)", args.len()))),
    }
}

/// `_PyArg_UnpackKeywords`: binds `params` (the first `maxpos` may be positional, the rest
/// are keyword-only; the first `npos_only` cannot be named), `min` of them required.
pub fn bind(name: &str, args: &[Value], kwnames: &[Value], params: &[&str], npos_only: usize, maxpos: usize, min: usize) -> PyResult<Vec<Option<Value>>> {
    let n = npos(args, kwnames);
    let mut out: Vec<Option<Value>> = vec![None; params.len()];
    if args.len() > params.len() {
        let how = if min < params.len() { "at most" } else { "exactly" };
        let keyword = if n == 0 { "keyword " } else { "" };
        return Err(PyErr::type_error(format!("{name}() takes {how} {} {keyword}{} ({} given)", params.len(), plural(params.len()), args.len())));
    }
    if n > maxpos {
        let how = if min < maxpos { "at most" } else { "exactly" };
        let msg = if maxpos == 0 {
            format!("{name}() takes no positional arguments")
        } else {
            format!("{name}() takes {how} {maxpos} positional {} ({n} given)", plural(maxpos))
        };
        return Err(PyErr::type_error(msg));
    }
    let min_pos_only = npos_only.min(min);
    if n < min_pos_only {
        let how = if min_pos_only < maxpos { "at least" } else { "exactly" };
        return Err(PyErr::type_error(format!("{name}() takes {how} {min_pos_only} positional {} ({n} given)", plural(min_pos_only))));
    }
    for (slot, v) in out.iter_mut().zip(&args[..n]) {
        *slot = Some(v.clone());
    }
    for (k, v) in kwnames.iter().zip(&args[n..]) {
        let key = as_str(k).unwrap_or("");
        match params.iter().position(|p| *p == key).filter(|&p| p >= npos_only) {
            Some(p) if out[p].is_none() => out[p] = Some(v.clone()),
            Some(p) => return Err(PyErr::type_error(format!("argument for {name}() given by name ('{key}') and position ({})", p + 1))),
            None => return Err(PyErr::type_error(format!("{name}() got an unexpected keyword argument '{key}'"))),
        }
    }
    if let Some(missing) = out.iter().take(min).position(Option::is_none) {
        return Err(PyErr::type_error(format!("{name}() missing required argument '{}' (pos {})", params[missing], missing + 1)));
    }
    Ok(out)
}

/// An argument that is absent or None.
pub fn given(v: &Option<Value>) -> Option<&Value> {
    v.as_ref().filter(|x| !crate::builtins::singletons::is_none(x))
}

fn quoted_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

/// Binds arguments the way a Python `def name(params..., *, kwonly...)` would, with the
/// interpreter's messages: for the library functions CPython writes in Python
/// (`heapq.nlargest`, `random.choices` ...). The first `maxpos` params may be positional;
/// the first `min` are required.
pub fn bind_py(name: &str, args: &[Value], kwnames: &[Value], params: &[&str], maxpos: usize, min: usize) -> PyResult<Vec<Option<Value>>> {
    let n = npos(args, kwnames);
    if n > maxpos {
        let takes = if min.min(maxpos) == maxpos { format!("{maxpos}") } else { format!("from {} to {maxpos}", min.min(maxpos)) };
        let was = if n == 1 { "was" } else { "were" };
        return Err(PyErr::type_error(format!("{name}() takes {takes} positional {} but {n} {was} given", if maxpos == 1 && takes == "1" { "argument" } else { "arguments" })));
    }
    let mut out: Vec<Option<Value>> = vec![None; params.len()];
    for (slot, v) in out.iter_mut().zip(&args[..n]) {
        *slot = Some(v.clone());
    }
    for (k, v) in kwnames.iter().zip(&args[n..]) {
        let key = as_str(k).unwrap_or("");
        match params.iter().position(|p| *p == key) {
            Some(p) if out[p].is_none() => out[p] = Some(v.clone()),
            Some(_) => return Err(PyErr::type_error(format!("{name}() got multiple values for argument '{key}'"))),
            None => return Err(PyErr::type_error(format!("{name}() got an unexpected keyword argument '{key}'"))),
        }
    }
    let missing: Vec<&str> = (0..min).filter(|&i| out[i].is_none()).map(|i| params[i]).collect();
    if !missing.is_empty() {
        let what = if missing.len() == 1 { "argument" } else { "arguments" };
        let kind = if min <= maxpos { "positional" } else { "keyword-only" };
        return Err(PyErr::type_error(format!("{name}() missing {} required {kind} {what}: {}", missing.len(), quoted_list(&missing))));
    }
    Ok(out)
}
