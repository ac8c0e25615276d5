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
    if let Some(c) = crate::builtins::complex::as_complex_exact(v) {
        return Ok(new_str_owned(crate::numeric::format_spec::format_complex(c.re, c.im, spec)?.into()));
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

/// Resolves `str.format` fields against the call's arguments (template parsing, auto
/// numbering and nested specs are `crate::text::format_template`'s job).
struct FormatArgs<'a, 'v> {
    vm: &'v mut Vm,
    positional: &'a [Value],
    keywords: Vec<(&'a str, &'a Value)>,
    mapping: Option<&'a Value>,
}

impl crate::text::format_template::FormatHost for FormatArgs<'_, '_> {
    type Value = Value;
    type Error = PyErr;

    fn lookup(
        &mut self,
        key: crate::text::format_template::FieldKey<'_>,
        accessors: crate::text::format_template::Accessors<'_>,
    ) -> PyResult<Value> {
        use crate::text::format_template::{Accessor, FieldKey};
        let mut value = match key {
            FieldKey::Index(i) => self.positional.get(i).cloned().ok_or_else(|| {
                PyErr::index_error(format!("Replacement index {i} out of range for positional args tuple"))
            })?,
            FieldKey::Name(name) => match self.mapping {
                Some(m) => crate::ops::getitem(self.vm, m, &new_str(name))?,
                None => self
                    .keywords
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| (*v).clone())
                    .ok_or_else(|| PyErr::key_error(new_str(name)))?,
            },
        };
        for accessor in accessors {
            value = match accessor? {
                Accessor::Attr(a) => crate::ops::getattr(self.vm, &value, a)?,
                Accessor::Index(i) => crate::ops::getitem(self.vm, &value, &crate::builtins::int::new_int(i as i64))?,
                Accessor::Key(k) => crate::ops::getitem(self.vm, &value, &new_str(k))?,
            };
        }
        Ok(value)
    }

    fn convert(&mut self, value: Value, conversion: crate::text::format_template::Conversion) -> PyResult<Value> {
        use crate::text::format_template::Conversion;
        match conversion {
            Conversion::Repr => crate::ops::repr(self.vm, &value),
            Conversion::Str => crate::ops::str_(self.vm, &value),
            Conversion::Ascii => {
                let r = crate::ops::repr_string(self.vm, &value)?;
                Ok(new_str(&crate::modules::builtins::ascii_escape(&r)))
            }
        }
    }

    fn render(&mut self, value: Value, spec: &str, out: &mut String) -> PyResult<()> {
        let piece = format_value(self.vm, &value, spec)?;
        out.push_str(as_str(&piece).unwrap_or(""));
        Ok(())
    }
}

/// `str.format(*args, **kwargs)`.
pub fn str_format_method(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let template = as_str(&args[0]).unwrap_or("").to_string();
    let npos = args.len() - kwnames.len();
    let keywords = kwnames.iter().zip(&args[npos..]).map(|(k, v)| (as_str(k).unwrap_or(""), v)).collect();
    let mut host = FormatArgs { vm, positional: &args[1..npos], keywords, mapping: None };
    let out = crate::text::format_template::format(&template, &mut host)?;
    Ok(new_str_owned(out.into()))
}

/// `str.format_map(mapping)`.
pub fn str_format_map_method(vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let template = as_str(&args[0]).unwrap_or("").to_string();
    let mapping = args.get(1).ok_or_else(|| PyErr::type_error("format_map() takes exactly one argument (0 given)"))?;
    let mut host = FormatArgs { vm, positional: &[], keywords: Vec::new(), mapping: Some(mapping) };
    let out = crate::text::format_template::format(&template, &mut host)?;
    Ok(new_str_owned(out.into()))
}
