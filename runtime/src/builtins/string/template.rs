//! PEP 750 template strings: `string.templatelib.Template`, `Interpolation` and the
//! template iterator, with Python 3.14's semantics and messages.
//!
//! A template is two tuples, exactly as CPython stores it: `strings` (always one
//! longer than `interpolations`, empty strings included) and `interpolations`. Keeping
//! the tuples themselves (rather than a Rust vector) makes the attributes free to read
//! and lets `t.strings is t.strings` hold. Both t-string literals (the
//! `BuildTemplate` instruction) and `Template(*args)` go through [`template_from_parts`],
//! which merges adjacent strings and puts `''` between adjacent interpolations, so the
//! two paths cannot disagree.
//!
//! The type names are CPython's `tp_name` (`string.templatelib.Template`): error
//! messages and `repr(type)` show the dotted name, while `__name__` and the template's
//! own repr use the last component (`type.__name__` strips the module prefix).


use crate::builtin_type;
use crate::builtins::singletons::{is_none, none};
use crate::builtins::str::{as_str, new_str};
use crate::builtins::tuple::{as_tuple, new_tuple};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{BinOp, Kind, Slots, TypeData, TypeObject, Value};

/// A template: the static strings and the interpolations between them.
pub struct TemplateData {
    /// Tuple of str, `len(interpolations) + 1` items.
    pub strings: Value,
    /// Tuple of Interpolation objects.
    pub interpolations: Value,
}

/// One `{value!conversion:format_spec}` field of a template.
pub struct InterpolationData {
    /// The evaluated expression.
    pub value: Value,
    /// The expression's source text.
    pub expression: Value,
    /// `None` or one of `'s'`, `'r'`, `'a'`.
    pub conversion: Value,
    /// The (already evaluated) format spec, a str.
    pub format_spec: Value,
}

/// Walks a template's parts: strings (non-empty only) and interpolations in order.
pub struct TemplateIterData {
    strings: Value,
    interpolations: Value,
    /// Index into the interleaved sequence string0, interp0, string1, ...
    pos: crate::object::WordUsize,
}

builtin_type!(
    TEMPLATE_TYPE,
    "string.templatelib.Template",
    Kind::Object,
    TemplateData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(template_repr),
        hash: Some(crate::builtins::type_::identity_hash),
        binop: Some(template_binop),
        iter: Some(template_iter),
        getattr: Some(template_getattr),
        setattr: Some(template_setattr),
        new: Some(template_new),
        ..Slots::EMPTY
    },
    &[]
);

builtin_type!(
    INTERPOLATION_TYPE,
    "string.templatelib.Interpolation",
    Kind::Object,
    InterpolationData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(interpolation_repr),
        hash: Some(crate::builtins::type_::identity_hash),
        getattr: Some(interpolation_getattr),
        setattr: Some(interpolation_setattr),
        new: Some(interpolation_new),
        ..Slots::EMPTY
    },
    &[]
);

builtin_type!(
    TEMPLATE_ITER_TYPE,
    "string.templatelib.TemplateIter",
    Kind::Object,
    TemplateIterData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        hash: Some(crate::builtins::type_::identity_hash),
        iter: Some(template_iter_self),
        next: Some(template_iter_next),
        ..Slots::EMPTY
    },
    &[]
);

const INTERPOLATION_FIELDS: [&str; 4] = ["value", "expression", "conversion", "format_spec"];

/// The template body, if `v` is a Template.
pub fn as_template(v: &Value) -> Option<&TemplateData> {
    if !v.is_small_int() && std::ptr::eq(v.ty(), &TEMPLATE_TYPE) {
        // SAFETY: objects of TEMPLATE_TYPE are Obj<TemplateData>.
        Some(unsafe { v.body_unchecked::<TemplateData>() })
    } else {
        None
    }
}

/// The interpolation body, if `v` is an Interpolation.
pub fn as_interpolation(v: &Value) -> Option<&InterpolationData> {
    if !v.is_small_int() && std::ptr::eq(v.ty(), &INTERPOLATION_TYPE) {
        // SAFETY: objects of INTERPOLATION_TYPE are Obj<InterpolationData>.
        Some(unsafe { v.body_unchecked::<InterpolationData>() })
    } else {
        None
    }
}

fn as_template_iter(v: &Value) -> Option<&TemplateIterData> {
    if !v.is_small_int() && std::ptr::eq(v.ty(), &TEMPLATE_ITER_TYPE) {
        // SAFETY: objects of TEMPLATE_ITER_TYPE are Obj<TemplateIterData>.
        Some(unsafe { v.body_unchecked::<TemplateIterData>() })
    } else {
        None
    }
}

/// The last component of a dotted type name (CPython's `_PyType_Name`).
pub fn short_type_name(t: &TypeData) -> &'static str {
    t.name.rsplit('.').next().unwrap_or(t.name)
}

/// A new Interpolation. `conversion` is None or a one-letter str (checked by callers).
pub fn new_interpolation(value: Value, expression: Value, conversion: Value, format_spec: Value) -> Value {
    crate::object::alloc(&INTERPOLATION_TYPE, InterpolationData { value, expression, conversion, format_spec })
}

/// The conversion value for the compiler's code (0 none, 1 `s`, 2 `r`, 3 `a`).
pub fn conversion_from_code(conv: u8) -> Value {
    match conv {
        1 => new_str("s"),
        2 => new_str("r"),
        3 => new_str("a"),
        _ => none(),
    }
}

fn new_template(strings: Vec<Value>, interpolations: Vec<Value>) -> Value {
    crate::object::alloc(&TEMPLATE_TYPE, TemplateData { strings: new_tuple(strings), interpolations: new_tuple(interpolations) })
}

/// Builds a template from str and Interpolation parts in order: adjacent strings are
/// joined and `''` separates adjacent interpolations (and pads both ends), as
/// `Template(*parts)` does.
pub fn template_from_parts(parts: &[Value]) -> PyResult<Value> {
    let mut strings: Vec<Value> = Vec::new();
    let mut interpolations = Vec::new();
    // Canonical text (lone surrogates kept).
    let mut pending: Option<Vec<u8>> = None;
    for p in parts {
        if let Some(s) = crate::builtins::str::as_wtf8(p) {
            pending.get_or_insert_with(Vec::new).extend_from_slice(s);
        } else if as_interpolation(p).is_some() {
            strings.push(crate::builtins::str::new_str_wtf8(&pending.take().unwrap_or_default()));
            interpolations.push(p.clone());
        } else {
            return Err(PyErr::type_error(format!(
                "Template.__new__ *args need to be of type 'str' or 'Interpolation', got {}",
                p.ty().body.name
            )));
        }
    }
    strings.push(crate::builtins::str::new_str_wtf8(&pending.take().unwrap_or_default()));
    Ok(new_template(strings, interpolations))
}

fn template_new(_vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("Template.__new__ only accepts *args arguments"));
    }
    template_from_parts(args)
}

fn template_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = as_template(v).ok_or_else(|| PyErr::type_error("expected Template"))?;
    let strings = crate::ops::repr_string(vm, &t.strings)?;
    let interpolations = crate::ops::repr_string(vm, &t.interpolations)?;
    Ok(new_str(&format!("{}(strings={strings}, interpolations={interpolations})", short_type_name(&v.ty().body))))
}

fn template_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(t) = as_template(v) else { return Ok(None) };
    Ok(match name {
        "strings" => Some(t.strings.clone()),
        "interpolations" => Some(t.interpolations.clone()),
        "values" => {
            let values = as_tuple(&t.interpolations)
                .unwrap_or(&[])
                .iter()
                .map(|i| as_interpolation(i).map_or_else(none, |d| d.value.clone()))
                .collect();
            Some(new_tuple(values))
        }
        _ => None,
    })
}

fn template_setattr(_vm: &mut Vm, v: &Value, name: &str, _value: Option<Value>) -> PyResult<()> {
    Err(match name {
        "strings" | "interpolations" => PyErr::attribute_error("readonly attribute"),
        "values" => PyErr::attribute_error(format!("attribute 'values' of '{}' objects is not writable", v.ty().body.name)),
        _ => no_new_attributes(v, name),
    })
}

fn no_new_attributes(v: &Value, name: &str) -> PyErr {
    PyErr::attribute_error(format!("'{}' object has no attribute '{name}' and no __dict__ for setting new attributes", v.ty().body.name))
}

/// Concatenates two templates: the last string of `a` joins the first of `b`.
fn concat_templates(a: &TemplateData, b: &TemplateData) -> Value {
    let sa = as_tuple(&a.strings).unwrap_or(&[]);
    let sb = as_tuple(&b.strings).unwrap_or(&[]);
    let mut strings: Vec<Value> = Vec::with_capacity(sa.len() + sb.len());
    strings.extend(sa.iter().take(sa.len().saturating_sub(1)).cloned());
    let mut joint = sa.last().and_then(crate::builtins::str::as_wtf8).unwrap_or(b"").to_vec();
    joint.extend_from_slice(sb.first().and_then(crate::builtins::str::as_wtf8).unwrap_or(b""));
    strings.push(crate::builtins::str::new_str_wtf8(&joint));
    strings.extend(sb.iter().skip(1).cloned());
    let mut interpolations = as_tuple(&a.interpolations).unwrap_or(&[]).to_vec();
    interpolations.extend(as_tuple(&b.interpolations).unwrap_or(&[]).iter().cloned());
    new_template(strings, interpolations)
}

/// `Template + Template`. CPython implements it as a sequence concat slot, so only a
/// template on the left gets here; anything else on the right is a TypeError naming it.
fn template_binop(_vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if op != BinOp::Add {
        return Ok(None);
    }
    let Some(left) = as_template(a) else { return Ok(None) };
    match as_template(b) {
        Some(right) => Ok(Some(concat_templates(left, right))),
        None => Err(PyErr::type_error(format!(
            "can only concatenate {} (not \"{}\") to {}",
            TEMPLATE_TYPE.body.name,
            b.ty().body.name,
            TEMPLATE_TYPE.body.name
        ))),
    }
}

fn template_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = as_template(v).ok_or_else(|| PyErr::type_error("expected Template"))?;
    Ok(crate::object::alloc(
        &TEMPLATE_ITER_TYPE,
        TemplateIterData { strings: t.strings.clone(), interpolations: t.interpolations.clone(), pos: crate::object::WordUsize::new(0) },
    ))
}

fn template_iter_self(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn template_iter_next(_vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let it = as_template_iter(v).ok_or_else(|| PyErr::type_error("expected template iterator"))?;
    let strings = as_tuple(&it.strings).unwrap_or(&[]);
    let interpolations = as_tuple(&it.interpolations).unwrap_or(&[]);
    loop {
        let pos = it.pos.get();
        let item = if pos % 2 == 0 { strings.get(pos / 2) } else { interpolations.get(pos / 2) };
        let Some(item) = item else { return Ok(None) };
        it.pos.set(pos + 1);
        if pos % 2 == 0 && as_str(item).is_some_and(str::is_empty) {
            continue;
        }
        return Ok(Some(item.clone()));
    }
}

fn interpolation_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let i = as_interpolation(v).ok_or_else(|| PyErr::type_error("expected Interpolation"))?;
    let mut s = format!("{}(", short_type_name(&v.ty().body));
    for (n, part) in [&i.value, &i.expression, &i.conversion, &i.format_spec].into_iter().enumerate() {
        if n > 0 {
            s.push_str(", ");
        }
        s.push_str(&crate::ops::repr_string(vm, part)?);
    }
    s.push(')');
    Ok(new_str(&s))
}

/// `Interpolation.__match_args__`.
fn match_args() -> Value {
    new_tuple(INTERPOLATION_FIELDS.iter().map(|n| new_str(n)).collect())
}

/// Class attributes of the template types that are not methods (read through the type
/// object: `Interpolation.__match_args__`).
pub fn class_attr(t: &TypeData, name: &str) -> Option<Value> {
    (std::ptr::eq(t, &INTERPOLATION_TYPE.body) && name == "__match_args__").then(match_args)
}

fn interpolation_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(i) = as_interpolation(v) else { return Ok(None) };
    Ok(match name {
        "value" => Some(i.value.clone()),
        "expression" => Some(i.expression.clone()),
        "conversion" => Some(i.conversion.clone()),
        "format_spec" => Some(i.format_spec.clone()),
        "__match_args__" => Some(match_args()),
        _ => None,
    })
}

fn interpolation_setattr(_vm: &mut Vm, v: &Value, name: &str, _value: Option<Value>) -> PyResult<()> {
    if INTERPOLATION_FIELDS.contains(&name) {
        return Err(PyErr::attribute_error("readonly attribute"));
    }
    Err(no_new_attributes(v, name))
}

/// `Interpolation(value, expression='', conversion=None, format_spec='')`.
fn interpolation_new(_vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    const F: &str = "Interpolation()";
    let npos = args.len() - kwnames.len();
    if args.len() > INTERPOLATION_FIELDS.len() {
        return Err(PyErr::type_error(format!("{F} takes at most 4 arguments ({} given)", args.len())));
    }
    let mut bound: [Option<Value>; 4] = [None, None, None, None];
    for (slot, a) in bound.iter_mut().zip(&args[..npos]) {
        *slot = Some(a.clone());
    }
    for (k, a) in kwnames.iter().zip(&args[npos..]) {
        let key = as_str(k).unwrap_or("");
        let Some(idx) = INTERPOLATION_FIELDS.iter().position(|n| *n == key) else {
            return Err(PyErr::type_error(format!("{F} got an unexpected keyword argument '{key}'")));
        };
        if bound[idx].is_some() {
            return Err(PyErr::type_error(format!("argument for {F} given by name ('{key}') and position ({})", idx + 1)));
        }
        bound[idx] = Some(a.clone());
    }
    let [value, expression, conversion, format_spec] = bound;
    let value = value.ok_or_else(|| PyErr::type_error(format!("{F} missing required argument 'value' (pos 1)")))?;
    let expression = expression.unwrap_or_else(|| new_str(""));
    if as_str(&expression).is_none() {
        return Err(PyErr::type_error(format!("{F} argument 'expression' must be str, not {}", expression.ty().body.name)));
    }
    let conversion = conversion.unwrap_or_else(none);
    if !is_none(&conversion) {
        let Some(c) = as_str(&conversion) else {
            return Err(PyErr::type_error(format!("{F} argument 'conversion' must be str, not {}", conversion.ty().body.name)));
        };
        if !matches!(c, "s" | "r" | "a") {
            return Err(PyErr::value_error(format!("{F} argument 'conversion' must be one of 's', 'a' or 'r'")));
        }
    }
    let format_spec = format_spec.unwrap_or_else(|| new_str(""));
    if as_str(&format_spec).is_none() {
        return Err(PyErr::type_error(format!("{F} argument 'format_spec' must be str, not {}", format_spec.ty().body.name)));
    }
    Ok(new_interpolation(value, expression, conversion, format_spec))
}
