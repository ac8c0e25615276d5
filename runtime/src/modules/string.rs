//! `_string`, the native part of the `string` package, and its `string.templatelib`
//! submodule.
//!
//! `_string` carries the character-class constants and `capwords`; the package itself
//! (`runtime/lib/string/__init__.py`) re-exports them and adds the classes
//! `string.Template` ($-substitution) and `string.Formatter`, which are glue written in
//! Python. `string.templatelib` is native and found in the registry before the package's
//! folder, so `import string.templatelib` binds it as the package's attribute.
//!
//! `string.templatelib` exposes the PEP 750 types (`builtins/string/template.rs`) and
//! `convert`, the conversion helper 3.14 ships there.

use crate::builtins::list::new_list;
use crate::builtins::singletons::is_none;
use crate::builtins::str::{as_str, new_str};
use crate::builtins::template::{INTERPOLATION_TYPE, TEMPLATE_TYPE};
use crate::builtins::type_::type_value;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;

const WHITESPACE: &str = " \t\n\r\x0b\x0c";
const LOWERCASE: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPERCASE: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

/// Builds `_string`.
pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = super::make_module("_string", &[("capwords", capwords)]);
    let letters = format!("{LOWERCASE}{UPPERCASE}");
    let constants = [
        ("whitespace", WHITESPACE.to_string()),
        ("ascii_lowercase", LOWERCASE.to_string()),
        ("ascii_uppercase", UPPERCASE.to_string()),
        ("ascii_letters", letters.clone()),
        ("digits", DIGITS.to_string()),
        ("hexdigits", format!("{DIGITS}abcdefABCDEF")),
        ("octdigits", "01234567".to_string()),
        ("punctuation", PUNCTUATION.to_string()),
        ("printable", format!("{DIGITS}{letters}{PUNCTUATION}{WHITESPACE}")),
    ];
    for (name, value) in constants {
        super::module_set(&m, name, new_str(&value));
    }
    Ok(m)
}

/// Builds `string.templatelib`.
pub fn init_templatelib(_vm: &mut Vm) -> PyResult<Value> {
    let m = super::make_module("string.templatelib", &[("convert", convert)]);
    super::module_set(&m, "Template", type_value(&TEMPLATE_TYPE));
    super::module_set(&m, "Interpolation", type_value(&INTERPOLATION_TYPE));
    Ok(m)
}

/// `capwords(s, sep=None)`: `(sep or ' ').join(w.capitalize() for w in s.split(sep))`,
/// done through the str methods so it behaves exactly as they do.
fn capwords(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    let mut sep = None;
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        match as_str(k) {
            Some("sep") if npos < 2 => sep = Some(v.clone()),
            Some("sep") => return Err(PyErr::type_error("capwords() got multiple values for argument 'sep'")),
            other => return Err(PyErr::type_error(format!("capwords() got an unexpected keyword argument '{}'", other.unwrap_or("")))),
        }
    }
    match npos {
        0 => return Err(PyErr::type_error("capwords() missing 1 required positional argument: 's'")),
        1 => {}
        2 => sep = Some(args[1].clone()),
        n => return Err(PyErr::type_error(format!("capwords() takes from 1 to 2 positional arguments but {n} were given"))),
    }
    let sep = sep.filter(|s| !is_none(s));
    let split = crate::ops::getattr(vm, &args[0], "split")?;
    let words = crate::ops::call(vm, &split, sep.as_slice(), &[])?;
    let mut capitalized = Vec::new();
    for w in crate::ops::collect_iterable(vm, &words)? {
        let cap = crate::ops::getattr(vm, &w, "capitalize")?;
        capitalized.push(crate::ops::call(vm, &cap, &[], &[])?);
    }
    let joiner = match sep {
        Some(s) if crate::ops::truthy(vm, &s)? => s,
        _ => new_str(" "),
    };
    let join = crate::ops::getattr(vm, &joiner, "join")?;
    crate::ops::call(vm, &join, &[new_list(capitalized)], &[])
}

/// `convert(obj, /, conversion)`: applies a t-string conversion (`None`, `'s'`, `'r'`,
/// `'a'`) the way an f-string would.
fn convert(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    let mut conversion = None;
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        match as_str(k) {
            Some("conversion") if npos < 2 => conversion = Some(v.clone()),
            Some("conversion") => return Err(PyErr::type_error("convert() got multiple values for argument 'conversion'")),
            Some("obj") if npos == 0 => {
                return Err(PyErr::type_error("convert() got some positional-only arguments passed as keyword arguments: 'obj'"))
            }
            other => return Err(PyErr::type_error(format!("convert() got an unexpected keyword argument '{}'", other.unwrap_or("")))),
        }
    }
    if npos > 2 {
        return Err(PyErr::type_error(format!("convert() takes 2 positional arguments but {npos} were given")));
    }
    if npos == 2 {
        conversion = Some(args[1].clone());
    }
    let (obj, conversion) = match (args[..npos].first(), conversion) {
        (Some(o), Some(c)) => (o, c),
        (Some(_), None) => return Err(PyErr::type_error("convert() missing 1 required positional argument: 'conversion'")),
        (None, Some(_)) => return Err(PyErr::type_error("convert() missing 1 required positional argument: 'obj'")),
        (None, None) => return Err(PyErr::type_error("convert() missing 2 required positional arguments: 'obj' and 'conversion'")),
    };
    if is_none(&conversion) {
        return Ok(obj.clone());
    }
    let code = match as_str(&conversion) {
        Some("s") => 1,
        Some("r") => 2,
        Some("a") => 3,
        _ => {
            let shown = crate::ops::str_(vm, &conversion)?;
            return Err(PyErr::value_error(format!("invalid conversion specifier: {}", as_str(&shown).unwrap_or(""))));
        }
    };
    crate::interp::op_containers::format_value(vm, obj, code, None)
}
