//! `str` methods that map or classify characters: case conversion, the `is*`
//! predicates, `encode`, `translate` and `maketrans`.
//!
//! ASCII text takes the byte-wise fast paths `crate::text::unicode` already has; the
//! results of case maps on ASCII input are built without re-counting code points.

use crate::builtins::dict::{as_dict, new_dict};
use crate::builtins::int::{as_int, new_int};
use crate::builtins::method_args::{bind, Style};
use crate::builtins::singletons::{is_none, py_bool};
use crate::builtins::str::{as_str, new_str, new_str_ascii, new_str_owned};
use crate::builtins::str_methods::this;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;
use crate::text;
use crate::text::translate::Translation;

fn no_args(args: &[Value], kw: &[Value], name: &str) -> PyResult<()> {
    bind(name, args, kw, &[], 0, false, Style::Clinic).map(|_| ())
}

fn case_map(args: &[Value], kw: &[Value], name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    no_args(args, kw, name)?;
    let d = this(args);
    let out = f(d.as_str());
    if out == *d.as_str() {
        return Ok(crate::builtins::str::exact_str(&args[0], d));
    }
    Ok(if d.is_ascii() { new_str_ascii(&out) } else { new_str_owned(out.into()) })
}

/// `str.lower()`.
pub fn str_lower(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_map(args, kw, "lower", text::unicode::lower)
}
/// `str.upper()`.
pub fn str_upper(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_map(args, kw, "upper", text::unicode::upper)
}
/// `str.casefold()`.
pub fn str_casefold(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_map(args, kw, "casefold", text::unicode::casefold)
}
/// `str.title()`.
pub fn str_title(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_map(args, kw, "title", text::unicode::title)
}
/// `str.capitalize()`.
pub fn str_capitalize(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_map(args, kw, "capitalize", text::unicode::capitalize)
}
/// `str.swapcase()`.
pub fn str_swapcase(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_map(args, kw, "swapcase", text::unicode::swapcase)
}

fn predicate(args: &[Value], kw: &[Value], name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    no_args(args, kw, name)?;
    Ok(py_bool(f(this(args).as_str())))
}

/// `str.isdigit()`.
pub fn str_isdigit(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(args, kw, "isdigit", text::unicode::str_is_digit)
}
/// `str.isdecimal()`.
pub fn str_isdecimal(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(args, kw, "isdecimal", text::unicode::str_is_decimal)
}
/// `str.isnumeric()`.
pub fn str_isnumeric(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(args, kw, "isnumeric", text::unicode::str_is_numeric)
}
/// `str.isalpha()`.
pub fn str_isalpha(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(args, kw, "isalpha", text::unicode::str_is_alpha)
}
/// `str.isalnum()`.
pub fn str_isalnum(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(args, kw, "isalnum", text::unicode::str_is_alnum)
}
/// `str.isspace()`.
pub fn str_isspace(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(args, kw, "isspace", text::unicode::str_is_space)
}
/// `str.isprintable()`.
pub fn str_isprintable(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(args, kw, "isprintable", text::unicode::str_is_printable)
}
/// `str.isascii()`.
pub fn str_isascii(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(args, kw, "isascii", text::unicode::str_is_ascii)
}
/// `str.isidentifier()`.
pub fn str_isidentifier(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(args, kw, "isidentifier", text::unicode::str_is_identifier)
}
/// `str.islower()`.
pub fn str_islower(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(args, kw, "islower", text::unicode::str_is_lower)
}
/// `str.isupper()`.
pub fn str_isupper(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(args, kw, "isupper", text::unicode::str_is_upper)
}
/// `str.istitle()`.
pub fn str_istitle(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(args, kw, "istitle", text::unicode::str_is_title)
}

/// A text argument named `name` of function `fname` (`encode() argument 'encoding' must be str, not int`).
pub fn named_str_arg<'a>(v: Option<&'a Value>, fname: &str, name: &str, default: &'a str) -> PyResult<&'a str> {
    match v {
        None => Ok(default),
        Some(v) => as_str(v).ok_or_else(|| {
            PyErr::type_error(format!("{fname}() argument '{name}' must be str, not {}", crate::builtins::method_args::arg_type_name(v)))
        }),
    }
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn str_encode(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("encode", args, kw, &["encoding", "errors"], 0, true, Style::Clinic)?;
    let encoding = named_str_arg(a[0], "encode", "encoding", "utf-8")?;
    let errors = named_str_arg(a[1], "encode", "errors", "strict")?;
    let d = this(args);
    let out = if d.has_surrogates() {
        let cps: Vec<u32> = d.code_points().collect();
        text::codecs::encode_code_points_with(&cps, encoding, errors).map_err(|e| crate::error::codec_error(e, &args[0]))?
    } else if d.is_ascii() && matches!(
        text::codecs::Codec::lookup(encoding),
        Some(text::codecs::Codec::Utf8 | text::codecs::Codec::Ascii | text::codecs::Codec::Latin1)
    ) {
        d.as_str().as_bytes().to_vec()
    } else {
        text::codecs::encode_with(d.as_str(), encoding, errors).map_err(|e| crate::error::codec_error(e, &args[0]))?
    };
    Ok(crate::builtins::bytes::new_bytes(out))
}

/// `str.translate(table)`: looks each code point up with `table[cp]`; a `LookupError`
/// keeps the character.
pub fn str_translate(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind("translate", args, kw, &["table"], 1, false, Style::Clinic)?;
    let table = a[0].unwrap_or(&args[0]).clone();
    let d = this(args);
    if d.has_surrogates() {
        return translate_code_points(vm, &table, d);
    }
    let mut surrogate_output = false;
    let out = text::translate::translate(d.as_str(), |cp| -> PyResult<Translation> {
        match crate::ops::getitem(vm, &table, &new_int(i64::from(cp))) {
            Ok(v) if is_none(&v) => Ok(Translation::Delete),
            Ok(v) => {
                if let Some(i) = as_int(&v) {
                    let i = i.to_i64().unwrap_or(-1);
                    if (0xD800..=0xDFFF).contains(&i) {
                        surrogate_output = true;
                        return Ok(Translation::Keep);
                    }
                    Ok(text::translate::translation_from_int(i)?)
                } else if let Some(s) = crate::builtins::str::as_str_data(&v) {
                    surrogate_output |= s.has_surrogates();
                    Ok(Translation::Text(s.as_str().to_owned()))
                } else {
                    Err(text::translate::bad_translation_value().into())
                }
            }
            Err(e) if e.matches(&crate::builtins::exceptions::LOOKUP_ERROR) => Ok(Translation::Keep),
            Err(e) => Err(e),
        }
    })?;
    if surrogate_output {
        // A table value brought in a lone surrogate: redo the mapping keeping it.
        return translate_code_points(vm, &table, d);
    }
    Ok(new_str_owned(out.into()))
}

/// `str.translate` over code points, for text or table values holding lone surrogates.
#[cold]
fn translate_code_points(vm: &mut Vm, table: &Value, d: &crate::builtins::str::StrData) -> PyResult<Value> {
    let mut out: Vec<u8> = Vec::with_capacity(d.byte_len());
    let mut count = 0usize;
    for cp in d.code_points() {
        match crate::ops::getitem(vm, table, &new_int(i64::from(cp))) {
            Ok(v) if is_none(&v) => {}
            Ok(v) => {
                if let Some(i) = as_int(&v) {
                    let i = i.to_i64().unwrap_or(-1);
                    if !(0..0x11_0000).contains(&i) {
                        return Err(PyErr::value_error("character mapping must be in range(0x110000)"));
                    }
                    text::wtf8::push_code_point(&mut out, i as u32);
                    count += 1;
                } else if let Some(s) = crate::builtins::str::as_str_data(&v) {
                    out.extend_from_slice(s.as_wtf8());
                    count += s.char_len();
                } else {
                    return Err(text::translate::bad_translation_value().into());
                }
            }
            Err(e) if e.matches(&crate::builtins::exceptions::LOOKUP_ERROR) => {
                text::wtf8::push_code_point(&mut out, cp);
                count += 1;
            }
            Err(e) => return Err(e),
        }
    }
    Ok(crate::builtins::str::new_str_wtf8_parts(&[&out], count))
}

/// `str.maketrans(x[, y[, z]])`.
pub fn str_maketrans(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("maketrans() takes no keyword arguments"));
    }
    let out = new_dict();
    let table = as_dict(&out).ok_or_else(|| PyErr::runtime_error("dict allocation"))?;
    match args {
        [x] => {
            let Some(src) = as_dict(x) else {
                return Err(text::translate::maketrans_not_dict().into());
            };
            for (k, v) in src.items() {
                let key = if let Some(s) = crate::builtins::str::as_str_data(&k) {
                    let cp = if s.has_surrogates() && s.char_len() == 1 {
                        s.code_points().next().unwrap_or(0xFFFD)
                    } else {
                        text::translate::maketrans_str_key(s.as_str())?
                    };
                    new_int(i64::from(cp))
                } else if as_int(&k).is_some() {
                    k.clone()
                } else {
                    return Err(text::translate::maketrans_bad_key().into());
                };
                table.set(vm, key, v)?;
            }
        }
        [x, y] | [x, y, _] => {
            let xs = as_str(x).ok_or_else(|| {
                PyErr::type_error(format!("maketrans() argument 1 must be str, not {}", crate::builtins::method_args::arg_type_name(x)))
            })?;
            let ys = as_str(y).ok_or_else(|| {
                PyErr::type_error(format!("maketrans() argument 2 must be str, not {}", crate::builtins::method_args::arg_type_name(y)))
            })?;
            let zs = match args.get(2) {
                Some(z) => Some(as_str(z).ok_or_else(|| {
                    PyErr::type_error(format!("maketrans() argument 3 must be str, not {}", crate::builtins::method_args::arg_type_name(z)))
                })?),
                None => None,
            };
            if args.len() == 2 && xs.chars().count() != ys.chars().count() {
                return Err(PyErr::value_error("the first two maketrans arguments must have equal length"));
            }
            let pairs = if crate::builtins::str_surrogates::involves_surrogates(args) {
                code_point_pairs(args)
            } else {
                text::translate::maketrans_pairs(xs, ys, zs)?
            };
            for (k, v) in pairs {
                let value = match v {
                    Some(cp) => new_int(i64::from(cp)),
                    None => crate::builtins::singletons::none(),
                };
                table.set(vm, new_int(i64::from(k)), value)?;
            }
        }
        [] => return Err(PyErr::type_error("maketrans expected at least 1 argument, got 0")),
        _ => return Err(PyErr::type_error(format!("maketrans expected at most 3 arguments, got {}", args.len()))),
    }
    Ok(out)
}

/// `maketrans(x, y[, z])` pairs over code points (surrogates kept); the lengths of `x`
/// and `y` were checked equal.
#[cold]
fn code_point_pairs(args: &[Value]) -> Vec<(u32, Option<u32>)> {
    let cps = |v: &Value| crate::builtins::str::as_str_data(v).map(|d| d.code_points().collect::<Vec<u32>>()).unwrap_or_default();
    let mut pairs: Vec<(u32, Option<u32>)> = cps(&args[0]).into_iter().zip(cps(&args[1]).into_iter().map(Some)).collect();
    if let Some(z) = args.get(2) {
        pairs.extend(cps(z).into_iter().map(|c| (c, None)));
    }
    pairs
}

/// A one-char str value (used by iteration and indexing).
pub fn char_str(c: char) -> Value {
    let mut buf = [0u8; 4];
    let s: &str = c.encode_utf8(&mut buf);
    if c.is_ascii() {
        new_str_ascii(s)
    } else {
        new_str(s)
    }
}
