//! Formatting: `format(value, spec)`, `str.format`, and `%`-formatting.
//!
//! The rules themselves (format-spec mini-language, printf conversions) live in
//! `crate::numeric`; this file unpacks Python values and drives them.

use crate::builtins::float::as_f64_exact;
use crate::builtins::int::as_int;
use crate::builtins::str::{as_str, new_str, new_str_owned};
use crate::builtins::tuple::as_tuple;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;

/// `format(value, spec)` for the built-in types (the mini-language lives in
/// `crate::numeric::format_spec`).
pub fn format_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<Value> {
    if spec.is_empty() {
        return crate::ops::str_(vm, v);
    }
    if let Some(i) = as_int(v) {
        if crate::builtins::singletons::as_bool(v).is_none() || !spec.is_empty() {
            return Ok(new_str_owned(crate::numeric::format_spec::format_int(&i.to_big(), spec, crate::builtins::int::MAX_STR_DIGITS)?.into()));
        }
    }
    if let Some(f) = as_f64_exact(v) {
        return Ok(new_str_owned(crate::numeric::format_spec::format_float(f, spec)?.into()));
    }
    if let Some(s) = as_str(v) {
        return Ok(new_str_owned(crate::numeric::format_spec::format_str(s, spec)?.into()));
    }
    Err(PyErr::type_error(format!("unsupported format string passed to {}.__format__", v.ty().body.name)))
}

/// `fmt % args` (directive parsing and conversions from `crate::numeric::printf`).
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<Value> {
    use crate::numeric::printf::{self, Count, Piece};
    let pieces = printf::parse(fmt)?;
    let mapping = crate::builtins::dict::as_dict(args).is_some();
    let items: Vec<Value> = match as_tuple(args) {
        Some(t) => t.to_vec(),
        None => vec![args.clone()],
    };
    let mut next = 0usize;
    let mut take = |vm: &mut Vm| -> PyResult<Value> {
        let _ = vm;
        let v = items.get(next).cloned().ok_or_else(|| PyErr::type_error("not enough arguments for format string"))?;
        next += 1;
        Ok(v)
    };
    let mut out = String::new();
    let mut used_mapping = false;
    for piece in pieces {
        let spec = match piece {
            Piece::Literal(text) => {
                out.push_str(&text);
                continue;
            }
            Piece::Spec(spec) => spec,
        };
        let star = |v: Value| -> PyResult<i64> {
            crate::builtins::int::as_int(&v).and_then(|i| i.to_i64()).ok_or_else(|| PyErr::type_error("* wants int"))
        };
        let width_arg = if spec.width == Some(Count::FromArg) { Some(star(take(vm)?)?) } else { None };
        let precision_arg = if spec.precision == Some(Count::FromArg) { Some(star(take(vm)?)?) } else { None };
        let arg = match &spec.key {
            Some(key) => {
                used_mapping = true;
                if !mapping {
                    return Err(PyErr::type_error("format requires a mapping"));
                }
                crate::ops::getitem(vm, args, &new_str(key))?
            }
            None => take(vm)?,
        };
        let r = spec.resolve(width_arg, precision_arg);
        let text = match spec.conversion {
            's' => {
                let s = crate::ops::str_string(vm, &arg)?;
                printf::format_text(&r, &s)
            }
            'r' | 'a' => {
                let s = crate::ops::repr_string(vm, &arg)?;
                let s = if spec.conversion == 'a' { crate::modules::builtins::ascii_escape(&s) } else { s };
                printf::format_text(&r, &s)
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = if let Some(i) = as_int(&arg) {
                    i.to_big()
                } else if let (Some(f), true) = (as_f64_exact(&arg), matches!(spec.conversion, 'd' | 'i' | 'u')) {
                    let iv = crate::builtins::int::float_to_int(f)?;
                    as_int(&iv).map(|i| i.to_big()).unwrap_or_default()
                } else if matches!(spec.conversion, 'd' | 'i' | 'u') {
                    return Err(PyErr::type_error(format!("%{} format: a real number is required, not {}", spec.conversion, arg.ty().body.name)));
                } else {
                    return Err(PyErr::type_error(format!("%{} format: an integer is required, not {}", spec.conversion, arg.ty().body.name)));
                };
                printf::format_int(&r, &n, crate::builtins::int::MAX_STR_DIGITS)?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = crate::builtins::float::to_f64(&arg)?
                    .ok_or_else(|| PyErr::type_error(format!("must be real number, not {}", arg.ty().body.name)))?;
                printf::format_float(&r, f)
            }
            'c' => {
                let c = if let Some(i) = as_int(&arg) {
                    printf::char_from_int(&i.to_big())?
                } else if let Some(s) = as_str(&arg).filter(|s| s.chars().count() == 1) {
                    s.chars().next().unwrap_or('\0')
                } else {
                    return Err(PyErr::type_error(format!("%c requires an int or a unicode character, not {}", arg.ty().body.name)));
                };
                printf::format_text(&r, &c.to_string())
            }
            _ => return Err(printf::unsupported_conversion(&spec).into()),
        };
        out.push_str(&text);
    }
    if !used_mapping && !mapping && next < items.len() && as_tuple(args).is_some() {
        return Err(PyErr::type_error("not all arguments converted during string formatting"));
    }
    if !used_mapping && !mapping && as_tuple(args).is_none() && next == 0 {
        return Err(PyErr::type_error("not all arguments converted during string formatting"));
    }
    Ok(new_str_owned(out.into()))
}

/// `str.format(*args, **kwargs)`.
pub fn str_format_method(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let fmt = as_str(&args[0]).unwrap_or("").to_string();
    let npos = args.len() - kwnames.len();
    let pos = &args[1..npos];
    let kw: Vec<(&str, &Value)> = kwnames.iter().zip(&args[npos..]).map(|(k, v)| (as_str(k).unwrap_or(""), v)).collect();
    let mut out = String::new();
    let mut auto = 0usize;
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            let mut j = i + 1;
            let mut depth = 1;
            while j < chars.len() {
                if chars[j] == '{' {
                    depth += 1;
                } else if chars[j] == '}' {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(PyErr::value_error("Single '{' encountered in format string"));
            }
            let field: String = chars[i + 1..j].iter().collect();
            let (name_conv, spec) = field.split_once(':').map_or((field.as_str(), ""), |(a, b)| (a, b));
            let (name, conv) = name_conv.split_once('!').map_or((name_conv, None), |(a, b)| (a, Some(b)));
            let value = if name.is_empty() {
                let v = pos.get(auto).ok_or_else(|| PyErr::index_error(format!("Replacement index {auto} out of range for positional args tuple")))?;
                auto += 1;
                v.clone()
            } else if let Ok(k) = name.parse::<usize>() {
                pos.get(k).ok_or_else(|| PyErr::index_error(format!("Replacement index {k} out of range for positional args tuple")))?.clone()
            } else {
                kw.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).clone()).ok_or_else(|| PyErr::key_error(new_str(name)))?
            };
            let value = match conv {
                Some("r") => crate::ops::repr(vm, &value)?,
                Some("s") => crate::ops::str_(vm, &value)?,
                _ => value,
            };
            let piece = format_value(vm, &value, spec)?;
            out.push_str(as_str(&piece).unwrap_or(""));
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(PyErr::value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(new_str_owned(out.into()))
}
