//! Formatting: `format(value, spec)`, `str.format`, and `%`-formatting.
//!
//! The rules themselves (format-spec mini-language, printf conversions) live in
//! `crate::numeric`; this file unpacks Python values and drives them.

use crate::builtins::float::as_float;
use crate::builtins::int::as_int;
use crate::builtins::str::{as_str, new_str, new_str_owned};
use crate::builtins::tuple::as_tuple;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;

/// `format(value, spec)` for the built-in types (the mini-language lives in
/// `crate::numeric::format_spec`).
pub fn format_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<Value> {
    if let Some(r) = crate::builtins::instances::protocol::format_hook(vm, v, spec)? {
        return Ok(r);
    }
    if spec.is_empty() {
        return crate::ops::str_(vm, v);
    }
    if let Some(i) = as_int(v) {
        if spec.ends_with('c') {
            if let Some(n) = i.to_i64().filter(|n| (0xD800..=0xDFFF).contains(n)) {
                return format_surrogate_char(n as u32, spec);
            }
        }
        if crate::builtins::singletons::as_bool(v).is_none() || !spec.is_empty() {
            let type_name = v.ty().body.name;
            let text = crate::numeric::format_spec::format_int_of_type(&i.to_big(), spec, crate::builtins::int::max_str_digits(), type_name)?;
            return Ok(new_str_owned(text.into()));
        }
    }
    if let Some(f) = as_float(v) {
        return Ok(new_str_owned(crate::numeric::format_spec::format_float(f, spec)?.into()));
    }
    if let Some(d) = crate::builtins::str::as_str_data(v) {
        if d.has_surrogates() {
            let spec_text = spec.as_bytes();
            return crate::builtins::str_surrogates::map_text(d, &[spec_text], |s| crate::numeric::format_spec::format_str(s, spec))
                .map_err(PyErr::from);
        }
        return Ok(new_str_owned(crate::numeric::format_spec::format_str(d.as_str(), spec)?.into()));
    }
    if let Some(c) = crate::builtins::complex::as_complex(v) {
        return Ok(new_str_owned(crate::numeric::format_spec::format_complex(c.re, c.im, spec)?.into()));
    }
    Err(PyErr::type_error(format!("unsupported format string passed to {}.__format__", v.ty().body.name)))
}

/// `format(cp, spec)` with type `c` for a surrogate `cp`: the int formatting runs on a
/// stand-in code point ([`crate::text::wtf8::ProxyBlock`]), mapped back to the surrogate
/// unless a proxied call is running (its caller maps the result back).
#[cold]
fn format_surrogate_char(cp: u32, spec: &str) -> PyResult<Value> {
    let active = crate::builtins::str_surrogates::active_block();
    let Some(block) = active.or_else(|| crate::text::wtf8::ProxyBlock::choose(&[spec.as_bytes()])) else {
        return Ok(crate::builtins::str::code_point_str(cp));
    };
    let stand_in = num_bigint::BigInt::from(u32::from(block.stand_in(cp)));
    let text = crate::numeric::format_spec::format_int(&stand_in, spec, crate::builtins::int::max_str_digits())?;
    if active.is_some() {
        return Ok(new_str_owned(text.into()));
    }
    // Inside `str.format` the engine reads this result as text: ask for a proxied rerun.
    crate::builtins::str_surrogates::surrogate_char(cp);
    Ok(crate::builtins::str::new_str_wtf8(&block.from_proxy(&text)))
}

/// `fmt % args` (directive parsing and conversions from `crate::numeric::printf`).
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<Value> {
    Ok(new_str_owned(percent_text(vm, fmt, args, false)?.into()))
}

/// `template % args` for bytes and bytearray: the template runs through the same
/// formatter as Latin-1 text, with bytes' rules for `%s`/`%b`, `%r`/`%a` and `%c`.
pub fn bytes_percent_format(vm: &mut Vm, template: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let fmt = crate::builtins::bytes_methods::latin1(template);
    let text = percent_text(vm, &fmt, args, true)?;
    Ok(text.chars().map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?')).collect())
}

fn percent_text(vm: &mut Vm, fmt: &str, args: &Value, is_bytes: bool) -> PyResult<String> {
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
        // A `*` width is a C ssize_t, a `*` precision a C int (CPython's OverflowErrors).
        let star = |v: Value, min: i64, max: i64, c_type: &str| -> PyResult<i64> {
            let i = crate::builtins::int::as_int(&v).ok_or_else(|| PyErr::type_error("* wants int"))?;
            i.to_i64()
                .filter(|n| (min..=max).contains(n))
                .ok_or_else(|| PyErr::overflow_error(format!("Python int too large to convert to C {c_type}")))
        };
        if used_mapping && spec.key.is_none() {
            // After a `%(key)` the arguments are that key's value, already used (CPython):
            // `'%(a)s %s' % {'a': 1}` has nothing left for the `%s`.
            return Err(PyErr::type_error("not enough arguments for format string"));
        }
        let width_arg = if spec.width == Some(Count::FromArg) { Some(star(take(vm)?, i64::MIN, i64::MAX, "ssize_t")?) } else { None };
        let precision_arg = if spec.precision == Some(Count::FromArg) {
            Some(star(take(vm)?, i64::from(i32::MIN), i64::from(i32::MAX), "int")?)
        } else {
            None
        };
        let arg = match &spec.key {
            Some(key) => {
                used_mapping = true;
                if !mapping {
                    return Err(PyErr::type_error("format requires a mapping"));
                }
                let key_value = if is_bytes {
                    crate::builtins::bytes::new_bytes(key.chars().map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?')).collect())
                } else {
                    new_str(key)
                };
                crate::ops::getitem(vm, args, &key_value)?
            }
            None => take(vm)?,
        };
        let r = spec.resolve(width_arg, precision_arg);
        if r.width > crate::builtins::str::MAX_STR_BYTES {
            // No text that wide can be built (a str holds less than 2 GiB).
            return Err(PyErr::bare(&crate::builtins::exceptions::MEMORY_ERROR));
        }
        let text = match spec.conversion {
            's' | 'b' if is_bytes => {
                let b = crate::builtins::bytes_methods::bytes_for_percent(&arg)?;
                printf::format_text(&r, &crate::builtins::bytes_methods::latin1(&b))
            }
            's' => match crate::builtins::str::as_exact_str_data(&arg) {
                Some(d) => printf::format_text(&r, &crate::builtins::str_surrogates::text_for_output(d)),
                None if arg.is_small_int() => printf::format_text(&r, &crate::ops::str_string(vm, &arg)?),
                None => {
                    let s = crate::ops::str_(vm, &arg)?;
                    let d = crate::builtins::str::as_str_data(&s).ok_or_else(|| PyErr::type_error("__str__ returned non-string"))?;
                    printf::format_text(&r, &crate::builtins::str_surrogates::text_for_output(d))
                }
            },
            'r' | 'a' if is_bytes => {
                let s = crate::ops::repr_string(vm, &arg)?;
                printf::format_text(&r, &crate::text::repr::ascii_escape(&s))
            }
            'c' if is_bytes => {
                let byte = if let Some(i) = as_int(&arg) {
                    i.to_i64().and_then(|x| u8::try_from(x).ok()).ok_or_else(|| PyErr::overflow_error("%c arg not in range(256)"))?
                } else if let Some([b]) = crate::builtins::bytes::as_bytes(&arg) {
                    *b
                } else {
                    return Err(PyErr::type_error(format!(
                        "%c requires an integer in range(256) or a single byte, not {}",
                        arg.ty().body.name
                    )));
                };
                printf::format_text(&r, &char::from(byte).to_string())
            }
            'r' | 'a' => {
                let s = crate::ops::repr_string(vm, &arg)?;
                let s = if spec.conversion == 'a' { crate::text::repr::ascii_escape(&s) } else { s };
                printf::format_text(&r, &s)
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = if let Some(i) = as_int(&arg) {
                    i.to_big()
                } else if let (Some(f), true) = (as_float(&arg), matches!(spec.conversion, 'd' | 'i' | 'u')) {
                    let iv = crate::builtins::int::float_to_int(f)?;
                    as_int(&iv).map(|i| i.to_big()).unwrap_or_default()
                } else if matches!(spec.conversion, 'd' | 'i' | 'u') {
                    return Err(PyErr::type_error(format!("%{} format: a real number is required, not {}", spec.conversion, arg.ty().body.name)));
                } else {
                    return Err(PyErr::type_error(format!("%{} format: an integer is required, not {}", spec.conversion, arg.ty().body.name)));
                };
                printf::format_int(&r, &n, crate::builtins::int::max_str_digits())?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = crate::builtins::float::to_f64(&arg)?
                    .ok_or_else(|| PyErr::type_error(format!("must be real number, not {}", arg.ty().body.name)))?;
                printf::format_float(&r, f)
            }
            'c' => {
                let c = if let Some(i) = as_int(&arg) {
                    match i.to_i64() {
                        Some(n) if !is_bytes && (0xD800..=0xDFFF).contains(&n) => crate::builtins::str_surrogates::surrogate_char(n as u32),
                        _ => printf::char_from_int(&i.to_big())?,
                    }
                } else if let Some(d) = crate::builtins::str::as_str_data(&arg).filter(|d| d.char_len() == 1) {
                    crate::builtins::str_surrogates::text_for_output(d).chars().next().unwrap_or('\0')
                } else {
                    return Err(PyErr::type_error(format!("%c requires an int or a unicode character, not {}", arg.ty().body.name)));
                };
                printf::format_text(&r, &c.to_string())
            }
            _ => return Err(printf::unsupported_conversion(&spec).into()),
        };
        out.push_str(&text);
    }
    let kind = if is_bytes { "bytes" } else { "string" };
    if !used_mapping && !mapping && next < items.len() && as_tuple(args).is_some() {
        return Err(PyErr::type_error(format!("not all arguments converted during {kind} formatting")));
    }
    // CPython treats any non-tuple, non-text object with `__getitem__` as a (possibly
    // unused) mapping argument: `'a' % [1]` is `'a'`.
    let text_arg = if is_bytes { crate::builtins::bytes::as_bytes(args).is_some() || crate::builtins::str::as_str_data(args).is_some() } else { crate::builtins::str::as_str_data(args).is_some() };
    let mapping_like = !text_arg && args.ty().body.slot(|s| s.getitem).is_some();
    if !used_mapping && !mapping && !mapping_like && as_tuple(args).is_none() && next == 0 {
        return Err(PyErr::type_error(format!("not all arguments converted during {kind} formatting")));
    }
    Ok(out)
}

/// Where `str.format` finds its named fields.
enum Names<'a> {
    /// `format(**kwargs)`: the keyword names and values.
    Keywords(&'a [Value], &'a [Value]),
    /// `format_map(mapping)`: looked up with `mapping[name]`.
    Mapping(&'a Value),
}

/// The interpreter side of `crate::text::format_template::format`.
struct FormatArgs<'a, 'v> {
    vm: &'v mut Vm,
    positional: &'a [Value],
    names: Names<'a>,
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
        let mut obj = match key {
            FieldKey::Index(i) => match (&self.names, self.positional.get(i)) {
                (_, Some(v)) => v.clone(),
                (Names::Mapping(_), None) => return Err(crate::text::format_template::positional_fields_in_format_map().into()),
                (Names::Keywords(..), None) => {
                    return Err(PyErr::index_error(format!("Replacement index {i} out of range for positional args tuple")))
                }
            },
            FieldKey::Name(name) => match &self.names {
                Names::Keywords(names, values) => match names.iter().position(|k| as_str(k) == Some(name)) {
                    Some(p) => values[p].clone(),
                    None => return Err(PyErr::key_error(new_str(name))),
                },
                Names::Mapping(m) => crate::ops::getitem(self.vm, m, &new_str(name))?,
            },
        };
        for accessor in accessors {
            obj = match accessor? {
                Accessor::Attr(name) => crate::ops::getattr(self.vm, &obj, name)?,
                Accessor::Index(i) => crate::ops::getitem(self.vm, &obj, &crate::builtins::int::new_int(i as i64))?,
                Accessor::Key(k) => crate::ops::getitem(self.vm, &obj, &new_str(k))?,
            };
        }
        Ok(obj)
    }

    fn convert(&mut self, value: Value, conversion: crate::text::format_template::Conversion) -> PyResult<Value> {
        use crate::text::format_template::Conversion;
        match conversion {
            Conversion::Repr => crate::ops::repr(self.vm, &value),
            Conversion::Str => crate::ops::str_(self.vm, &value),
            Conversion::Ascii => {
                let r = crate::ops::repr_string(self.vm, &value)?;
                Ok(new_str_owned(crate::text::repr::ascii_escape(&r).into()))
            }
        }
    }

    fn render(&mut self, value: Value, spec: &str, out: &mut String) -> PyResult<()> {
        if spec.is_empty() {
            if let Some(d) = crate::builtins::str::as_str_data(&value) {
                out.push_str(&crate::builtins::str_surrogates::text_for_output(d));
                return Ok(());
            }
        }
        let piece = format_value(self.vm, &value, spec)?;
        if let Some(d) = crate::builtins::str::as_str_data(&piece) {
            out.push_str(&crate::builtins::str_surrogates::text_for_output(d));
        }
        Ok(())
    }
}

/// `str.format(*args, **kwargs)`.
pub fn str_format_method(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    let template = args[0].clone();
    let fmt = as_str(&template).unwrap_or("");
    let mut host = FormatArgs { vm, positional: &args[1..npos], names: Names::Keywords(kwnames, &args[npos..]) };
    let out = crate::text::format_template::format(fmt, &mut host)?;
    Ok(new_str_owned(out.into()))
}

/// `str.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("str.format_map() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(PyErr::type_error(format!("str.format_map() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let template = args[0].clone();
    let fmt = as_str(&template).unwrap_or("");
    let mut host = FormatArgs { vm, positional: &[], names: Names::Mapping(&args[1]) };
    let out = crate::text::format_template::format(fmt, &mut host)?;
    Ok(new_str_owned(out.into()))
}

/// `str.__format__(spec)`.
pub fn str_dunder_format(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() || args.len() != 2 {
        return Err(PyErr::type_error(format!("__format__() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let spec = as_str(&args[1]).ok_or_else(|| {
        PyErr::type_error(format!("__format__() argument must be str, not {}", args[1].ty().body.name))
    })?;
    format_value(vm, &args[0], spec)
}
