//! Formatting: `format(value, spec)`, `str.format`, and `%`-formatting.
//!
//! The format-spec mini-language is parsed once into [`FormatSpec`] and applied per
//! type. Float presentation follows CPython's rules for `f`, `e`, `g`, `%` and the empty
//! type (repr-like with the given precision).

use crate::builtins::float::{as_f64_exact, float_repr};
use crate::builtins::int::{as_int, int_to_decimal, IntRef};
use crate::builtins::str::{as_str, new_str, new_str_owned};
use crate::builtins::tuple::as_tuple;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Default, Debug)]
pub struct FormatSpec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alternate: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

/// Parses a format spec.
pub fn parse_spec(spec: &str) -> PyResult<FormatSpec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut fs = FormatSpec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if chars.len() >= 2 && is_align(chars[1]) {
        fs.fill = Some(chars[0]);
        fs.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        fs.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        fs.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        fs.alternate = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        fs.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        fs.width = chars[start..i].iter().collect::<String>().parse().unwrap_or(0);
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        fs.grouping = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(PyErr::value_error("Format specifier missing precision"));
        }
        fs.precision = Some(chars[start..i].iter().collect::<String>().parse().unwrap_or(0));
    }
    if i < chars.len() {
        fs.ty = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err(PyErr::value_error("Invalid format specifier"));
    }
    Ok(fs)
}

fn group_digits(digits: &str, sep: char, every: usize) -> String {
    let bytes: Vec<char> = digits.chars().collect();
    let mut out = String::new();
    for (i, c) in bytes.iter().enumerate() {
        if i > 0 && (bytes.len() - i) % every == 0 {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

fn pad(body: String, sign: &str, fs: &FormatSpec, default_align: char) -> String {
    let len = body.chars().count() + sign.chars().count();
    let fill = fs.fill.unwrap_or(if fs.zero && fs.align.is_none() { '0' } else { ' ' });
    let align = fs.align.unwrap_or(if fs.zero && fs.fill.is_none() { '=' } else { default_align });
    if len >= fs.width {
        return format!("{sign}{body}");
    }
    let n = fs.width - len;
    let fill_str = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{sign}{body}{}", fill_str(n)),
        '^' => format!("{}{sign}{body}{}", fill_str(n / 2), fill_str(n - n / 2)),
        '=' => format!("{sign}{}{body}", fill_str(n)),
        _ => format!("{}{sign}{body}", fill_str(n)),
    }
}

fn sign_str(neg: bool, fs: &FormatSpec) -> &'static str {
    if neg {
        "-"
    } else {
        match fs.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// Formats a float with a presentation type and precision (no padding).
pub fn format_float_body(f: f64, ty: Option<char>, precision: Option<usize>, alternate: bool) -> String {
    let a = f.abs();
    if a.is_nan() {
        return if ty.is_some_and(|c| c.is_ascii_uppercase()) { "NAN".into() } else { "nan".into() };
    }
    if a.is_infinite() {
        return if ty.is_some_and(|c| c.is_ascii_uppercase()) { "INF".into() } else { "inf".into() };
    }
    match ty {
        Some('f' | 'F') => format!("{:.*}", precision.unwrap_or(6), a),
        Some('e' | 'E') => {
            let s = fix_exponent(&format!("{:.*e}", precision.unwrap_or(6), a));
            if ty == Some('E') {
                s.to_uppercase()
            } else {
                s
            }
        }
        Some('%') => format!("{:.*}%", precision.unwrap_or(6), a * 100.0),
        Some('g' | 'G') | None if !(ty.is_none() && precision.is_none()) => {
            let p = precision.unwrap_or(6).max(1);
            let exp = if a == 0.0 { 0 } else { format!("{a:.*e}", p - 1).split_once('e').map_or(0, |(_, e)| e.parse::<i32>().unwrap_or(0)) };
            let s = if exp < -4 || exp >= p as i32 {
                let s = format!("{:.*e}", p - 1, a);
                let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
                let m = if alternate { m.to_string() } else { trim_zeros(m) };
                fix_exponent(&format!("{m}e{e}"))
            } else {
                let s = format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, a);
                if alternate { s } else { trim_zeros(&s) }
            };
            let s = if ty.is_none() && !s.contains(['.', 'e', 'n', 'i']) { format!("{s}.0") } else { s };
            if ty == Some('G') {
                s.to_uppercase()
            } else {
                s
            }
        }
        _ => float_repr(a),
    }
}

fn trim_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

fn fix_exponent(s: &str) -> String {
    match s.split_once('e') {
        Some((m, e)) => {
            let (sign, digits) = if let Some(d) = e.strip_prefix('-') { ('-', d) } else { ('+', e) };
            let digits = if digits.len() < 2 { format!("0{digits}") } else { digits.to_string() };
            format!("{m}e{sign}{digits}")
        }
        None => s.to_string(),
    }
}

/// `format(value, spec)` for the built-in types.
pub fn format_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<Value> {
    if spec.is_empty() {
        return crate::ops::str_(vm, v);
    }
    let fs = parse_spec(spec)?;
    if let Some(i) = as_int(v).filter(|_| !matches!(fs.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%'))) {
        let neg = match &i {
            IntRef::Small(x) => *x < 0,
            IntRef::Big(b) => num_traits::Signed::is_negative(*b),
        };
        let mag = i.to_big();
        let mag = if neg { -mag } else { mag };
        let (body, prefix) = match fs.ty {
            None | Some('d' | 'n') => (int_to_decimal(&IntRef::Big(&mag))?, ""),
            Some('x') => (mag.to_str_radix(16), "0x"),
            Some('X') => (mag.to_str_radix(16).to_uppercase(), "0X"),
            Some('o') => (mag.to_str_radix(8), "0o"),
            Some('b') => (mag.to_str_radix(2), "0b"),
            Some('c') => (char::from_u32(num_traits::ToPrimitive::to_u32(&mag).unwrap_or(0)).unwrap_or('\0').to_string(), ""),
            Some(c) => {
                return Err(PyErr::value_error(format!(
                    "Unknown format code '{c}' for object of type '{}'",
                    v.ty().body.name
                )))
            }
        };
        let body = match fs.grouping {
            Some(sep) => group_digits(&body, sep, if matches!(fs.ty, Some('x' | 'X' | 'o' | 'b')) { 4 } else { 3 }),
            None => body,
        };
        let sign = format!("{}{}", sign_str(neg, &fs), if fs.alternate { prefix } else { "" });
        return Ok(new_str_owned(pad(body, &sign, &fs, '>').into()));
    }
    if let Some(f) = as_f64_exact(v).or_else(|| as_int(v).and_then(|i| i.to_i64()).map(|i| i as f64)) {
        if let Some(c) = fs.ty.filter(|c| !matches!(c, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
            return Err(PyErr::value_error(format!("Unknown format code '{c}' for object of type '{}'", v.ty().body.name)));
        }
        let body = format_float_body(f, fs.ty, fs.precision, fs.alternate);
        let body = match fs.grouping {
            Some(sep) => {
                let (int_part, rest) = body.find(|c: char| !c.is_ascii_digit()).map_or((&body[..], ""), |p| body.split_at(p));
                format!("{}{rest}", group_digits(int_part, sep, 3))
            }
            None => body,
        };
        let neg = f.is_sign_negative() && !f.is_nan();
        return Ok(new_str_owned(pad(body, sign_str(neg, &fs), &fs, '>').into()));
    }
    if let Some(s) = as_str(v) {
        if let Some(c) = fs.ty.filter(|&c| c != 's') {
            return Err(PyErr::value_error(format!("Unknown format code '{c}' for object of type 'str'")));
        }
        let body: String = match fs.precision {
            Some(p) => s.chars().take(p).collect(),
            None => s.to_string(),
        };
        return Ok(new_str_owned(pad(body, "", &fs, '<').into()));
    }
    let s = crate::ops::str_(vm, v)?;
    if spec.is_empty() {
        return Ok(s);
    }
    Err(PyErr::type_error(format!("unsupported format string passed to {}.__format__", v.ty().body.name)))
}

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<Value> {
    let items: Vec<Value> = match as_tuple(args) {
        Some(t) => t.to_vec(),
        None => vec![args.clone()],
    };
    let mut next = 0usize;
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut spec = String::new();
        while let Some(&d) = chars.peek() {
            if d.is_ascii_digit() || matches!(d, '-' | '+' | ' ' | '#' | '.' | '0') {
                spec.push(d);
                chars.next();
            } else {
                break;
            }
        }
        let Some(conv) = chars.next() else {
            return Err(PyErr::value_error("incomplete format"));
        };
        if conv == '%' {
            out.push('%');
            continue;
        }
        let Some(arg) = items.get(next) else {
            return Err(PyErr::type_error("not enough arguments for format string"));
        };
        next += 1;
        let (flags, rest): (String, String) = {
            let pos = spec.find(|c: char| !matches!(c, '-' | '+' | ' ' | '#' | '0')).unwrap_or(spec.len());
            (spec[..pos].to_string(), spec[pos..].to_string())
        };
        let mut new_spec = String::new();
        if flags.contains('-') {
            new_spec.push('<');
        }
        if flags.contains('+') {
            new_spec.push('+');
        } else if flags.contains(' ') {
            new_spec.push(' ');
        }
        if flags.contains('0') && !flags.contains('-') && conv != 's' && conv != 'r' {
            new_spec.push('0');
        }
        new_spec.push_str(&rest);
        let piece = match conv {
            's' => {
                let s = crate::ops::str_(vm, arg)?;
                format_value(vm, &s, &new_spec)?
            }
            'r' | 'a' => {
                let s = crate::ops::repr(vm, arg)?;
                format_value(vm, &s, &new_spec)?
            }
            'd' | 'i' | 'u' => {
                let iv = if let Some(f) = as_f64_exact(arg) { crate::builtins::int::float_to_int(f)? } else if as_int(arg).is_some() { arg.clone() } else {
                    return Err(PyErr::type_error(format!("%{conv} format: a real number is required, not {}", arg.ty().body.name)));
                };
                format_value(vm, &iv, &new_spec)?
            }
            'x' | 'X' | 'o' => {
                if as_int(arg).is_none() {
                    return Err(PyErr::type_error(format!("%{conv} format: an integer is required, not {}", arg.ty().body.name)));
                }
                format_value(vm, arg, &format!("{new_spec}{conv}"))?
            }
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                let f = crate::builtins::float::to_f64(arg)?.ok_or_else(|| {
                    PyErr::type_error(format!("must be real number, not {}", arg.ty().body.name))
                })?;
                let spec = if new_spec.contains('.') { format!("{new_spec}{conv}") } else { format!("{new_spec}.6{conv}") };
                format_value(vm, &crate::builtins::float::new_float(f), &spec)?
            }
            'c' => {
                let s = match as_int(arg).and_then(|i| i.to_i64()) {
                    Some(cp) => char::from_u32(cp as u32).map(|c| c.to_string()).unwrap_or_default(),
                    None => as_str(arg).unwrap_or("").to_string(),
                };
                new_str(&s)
            }
            other => {
                return Err(PyErr::value_error(format!(
                    "unsupported format character '{other}' (0x{:x}) at index {}",
                    other as u32,
                    out.len()
                )))
            }
        };
        out.push_str(as_str(&piece).unwrap_or(""));
    }
    if next < items.len() && as_tuple(args).is_some() {
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
