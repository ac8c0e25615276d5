//! Opcode family: building, unpacking and formatting values; call-argument spreading;
//! match-statement helpers.

use crate::builtins::dict::{as_dict, new_dict, update_from};
use crate::builtins::list::{as_list, new_list};
use crate::builtins::str::{as_str, new_str_owned};
use crate::builtins::tuple::as_tuple;
use crate::compiler::code::Reg;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::Value;

/// Clones `count` consecutive slots starting at `start`.
///
/// # Safety
/// `slots` is a live frame's slot array and `start..start + count` is in range.
pub unsafe fn collect_slots(slots: *mut Option<Value>, start: Reg, count: u16) -> Vec<Value> {
    (0..count as usize)
        .map(|i| {
            // SAFETY: in range per the contract.
            unsafe { (*slots.add(start as usize + i)).clone().unwrap_or_else(crate::builtins::singletons::none) }
        })
        .collect()
}

/// `{k: v, ...}` from alternating keys and values.
pub fn build_map(vm: &mut Vm, kv: Vec<Value>) -> PyResult<Value> {
    let out = new_dict();
    let d = as_dict(&out).expect("new dict");
    let mut it = kv.into_iter();
    while let (Some(k), Some(v)) = (it.next(), it.next()) {
        d.set(vm, k, v)?;
    }
    Ok(out)
}

/// Concatenates str pieces (f-strings), keeping lone surrogates.
pub fn build_string(parts: &[Value]) -> Value {
    let mut s = String::new();
    for p in parts {
        match crate::builtins::str::as_str_data(p) {
            Some(d) if d.has_surrogates() => return build_string_wtf8(parts),
            Some(d) => s.push_str(d.as_str()),
            None => {}
        }
    }
    new_str_owned(s.into())
}

#[cold]
fn build_string_wtf8(parts: &[Value]) -> Value {
    let pieces: Vec<&[u8]> = parts.iter().filter_map(crate::builtins::str::as_wtf8).collect();
    let chars = parts.iter().filter_map(crate::builtins::str::as_str_data).map(|d| d.char_len()).sum();
    crate::builtins::str::new_str_wtf8_parts(&pieces, chars)
}

/// `{**src}` into `map`.
pub fn dict_update(vm: &mut Vm, map: &Value, src: &Value) -> PyResult<()> {
    let d = as_dict(map).ok_or_else(|| PyErr::type_error("expected dict"))?;
    if as_dict(src).is_none() {
        return Err(PyErr::type_error(format!("'{}' object is not a mapping", src.ty().body.name)));
    }
    update_from(vm, d, src)
}

/// `f(..., **src)` into the keyword dict `map`: a key seen twice is a TypeError naming `f`.
pub fn dict_merge(vm: &mut Vm, map: &Value, src: &Value, f: &Value) -> PyResult<()> {
    let d = as_dict(map).ok_or_else(|| PyErr::type_error("expected dict"))?;
    let Some(s) = as_dict(src) else {
        return Err(PyErr::type_error(format!(
            "{}() argument after ** must be a mapping, not {}",
            callable_name(f),
            src.ty().body.name
        )));
    };
    for (key, value) in s.items() {
        if d.get(vm, &key)?.is_some() {
            let shown = match as_str(&key) {
                Some(k) => k.to_string(),
                None => crate::ops::repr_string(vm, &key)?,
            };
            return Err(PyErr::type_error(format!("{}() got multiple values for keyword argument '{shown}'", callable_name(f))));
        }
        d.set(vm, key, value)?;
    }
    Ok(())
}

/// `f(*args, **kwargs)`: flattens into positional values + keyword names.
pub fn spread_call_args(vm: &mut Vm, f: &Value, args: &Value, kwargs: Option<&Value>) -> PyResult<(Vec<Value>, Vec<Value>)> {
    let mut argv = match as_tuple(args) {
        Some(t) => t.to_vec(),
        None => {
            if args.ty().body.slot(|s| s.iter).is_none() {
                return Err(PyErr::type_error(format!(
                    "{}() argument after * must be an iterable, not {}",
                    callable_name(f),
                    args.ty().body.name
                )));
            }
            crate::ops::collect_iterable(vm, args)?
        }
    };
    let mut kwn = Vec::new();
    if let Some(k) = kwargs {
        let Some(d) = as_dict(k) else {
            return Err(PyErr::type_error(format!(
                "{}() argument after ** must be a mapping, not {}",
                callable_name(f),
                k.ty().body.name
            )));
        };
        for (key, v) in d.items() {
            if as_str(&key).is_none() {
                return Err(PyErr::type_error("keywords must be strings"));
            }
            kwn.push(key);
            argv.push(v);
        }
    }
    Ok((argv, kwn))
}

/// CPython's `_PyObject_FunctionStr`: `module.qualname` for functions (without the
/// module for builtins).
fn callable_name(f: &Value) -> String {
    if let Some(func) = crate::builtins::function::as_function(f) {
        let qual = as_str(&func.qualname.lock(f)).unwrap_or("?").to_string();
        let module = as_dict(&func.globals).and_then(|g| g.get_str("__name__"));
        return match module.as_ref().and_then(as_str) {
            Some(m) if m != "builtins" => format!("{m}.{qual}"),
            _ => qual,
        };
    }
    if let Some(b) = crate::builtins::function::as_builtin(f) {
        return b.name.to_string();
    }
    f.ty().body.name.to_string()
}

/// `a, b = src` into `count` consecutive slots at `out`. An exact tuple or list of the
/// right length is copied straight into the slots (no iterator, no vector); anything else
/// takes the general [`unpack`].
///
/// # Safety
/// `out` points at `count` slots of the running frame.
#[inline]
pub unsafe fn unpack_to_slots(vm: &mut Vm, src: &Value, count: usize, out: *mut Option<Value>) -> PyResult<()> {
    if let Some(items) = crate::builtins::tuple::as_exact_tuple(src) {
        if items.len() == count {
            for (i, v) in items.iter().enumerate() {
                // SAFETY: `i < count` slots per the caller; the tuple (kept alive by
                // `src`) is immutable, so dropping an old slot value cannot change it.
                unsafe { *out.add(i) = Some(v.clone()) };
            }
            return Ok(());
        }
    } else if let Some(list) = crate::builtins::list::as_exact_list(src) {
        const MAX: usize = 8;
        if list.items().len() == count && count <= MAX {
            // Copy out first: dropping the slots' old values may run destructors, which
            // must not see the list borrowed.
            let mut buf: [Option<Value>; MAX] = Default::default();
            for (b, v) in buf.iter_mut().zip(list.items()) {
                *b = Some(v.clone());
            }
            for (i, v) in buf.into_iter().take(count).enumerate() {
                // SAFETY: `i < count` slots per the caller.
                unsafe { *out.add(i) = v };
            }
            return Ok(());
        }
    }
    for (i, v) in unpack(vm, src, count)?.into_iter().enumerate() {
        // SAFETY: `i < count` slots per the caller.
        unsafe { *out.add(i) = Some(v) };
    }
    Ok(())
}

/// `a, b = src`: the `count` values, or CPython's ValueError/TypeError.
pub fn unpack(vm: &mut Vm, src: &Value, count: usize) -> PyResult<Vec<Value>> {
    let exact_len = crate::builtins::tuple::as_exact_tuple(src).map(<[Value]>::len).or_else(|| crate::builtins::list::as_exact_list(src).map(|l| l.items().len()));
    if let Some(n) = exact_len {
        if n == count {
            return crate::ops::collect_iterable(vm, src);
        }
        if n < count {
            return Err(PyErr::value_error(format!("not enough values to unpack (expected {count}, got {n})")));
        }
        return Err(PyErr::value_error(format!("too many values to unpack (expected {count}, got {n})")));
    }
    if src.ty().body.slot(|s| s.iter).is_none() {
        return Err(PyErr::type_error(format!("cannot unpack non-iterable {} object", src.ty().body.name)));
    }
    let it = crate::ops::iter(vm, src)?;
    let mut out = Vec::with_capacity(count);
    while out.len() < count {
        match crate::ops::next(vm, &it)? {
            Some(v) => out.push(v),
            None => {
                return Err(PyErr::value_error(format!("not enough values to unpack (expected {count}, got {})", out.len())));
            }
        }
    }
    if crate::ops::next(vm, &it)?.is_some() {
        let n = as_dict(src).map(|d| d.len());
        return Err(PyErr::value_error(match n {
            Some(n) => format!("too many values to unpack (expected {count}, got {n})"),
            None => format!("too many values to unpack (expected {count})"),
        }));
    }
    Ok(out)
}

/// `a, *b, c = src`.
pub fn unpack_ex(vm: &mut Vm, src: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
    if src.ty().body.slot(|s| s.iter).is_none() {
        return Err(PyErr::type_error(format!("cannot unpack non-iterable {} object", src.ty().body.name)));
    }
    let items = crate::ops::collect_iterable(vm, src)?;
    if items.len() < before + after {
        return Err(PyErr::value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let mut out = Vec::with_capacity(before + after + 1);
    out.extend(items[..before].iter().cloned());
    out.push(new_list(items[before..items.len() - after].to_vec()));
    out.extend(items[items.len() - after..].iter().cloned());
    Ok(out)
}

/// `UnpackToList`: an unpacking assignment with more targets than registers reach;
/// `shape` is `(count,)` or `(before, after)` around a starred target.
pub fn unpack_to_list(vm: &mut Vm, src: &Value, shape: &Value) -> PyResult<Value> {
    let dims: Vec<usize> = as_tuple(shape)
        .map(|t| t.iter().filter_map(Value::as_small_int).map(|n| n as usize).collect())
        .unwrap_or_default();
    let items = match dims[..] {
        [count] => unpack(vm, src, count)?,
        [before, after] => unpack_ex(vm, src, before, after)?,
        _ => return Err(PyErr::runtime_error("bad unpack shape")),
    };
    Ok(new_list(items))
}

/// f-string replacement field.
pub fn format_value(vm: &mut Vm, v: &Value, conv: u8, spec: Option<&Value>) -> PyResult<Value> {
    let converted = match conv {
        1 => crate::ops::str_(vm, v)?,
        2 => crate::ops::repr(vm, v)?,
        3 => {
            let r = crate::ops::repr_string(vm, v)?;
            crate::builtins::str::new_str(&crate::modules::builtins::ascii_escape(&r))
        }
        _ => v.clone(),
    };
    let spec = spec.and_then(as_str).unwrap_or("");
    if spec.is_empty() && crate::builtins::str::as_exact_str_data(&converted).is_some() {
        return Ok(converted);
    }
    crate::builtins::str_format::format_value(vm, &converted, spec)
}

/// Sequence-pattern check: a sequence (not str/bytes/dict) of suitable length.
pub fn match_sequence(vm: &mut Vm, v: &Value, count: usize, at_least: bool) -> PyResult<bool> {
    let is_seq = as_list(v).is_some() || as_tuple(v).is_some() || crate::builtins::range::as_range(v).is_some();
    if !is_seq {
        return Ok(false);
    }
    let n = crate::ops::len(vm, v)?;
    Ok(if at_least { n >= count } else { n == count })
}

/// Mapping pattern: values for `keys`, or None if any is missing.
pub fn match_keys(vm: &mut Vm, v: &Value, keys: &[Value]) -> PyResult<Option<Vec<Value>>> {
    let Some(d) = as_dict(v) else { return Ok(None) };
    let mut out = Vec::with_capacity(keys.len());
    for k in keys {
        match d.get(vm, k)? {
            Some(x) => out.push(x),
            None => return Ok(None),
        }
    }
    Ok(Some(out))
}

/// `**rest` of a mapping pattern.
pub fn copy_dict_without(vm: &mut Vm, v: &Value, keys: &[Value]) -> PyResult<Value> {
    let out = new_dict();
    let d = as_dict(&out).expect("new dict");
    if let Some(src) = as_dict(v) {
        update_from(vm, d, v)?;
        let _ = src;
    }
    for k in keys {
        d.remove(vm, k)?;
    }
    Ok(out)
}

/// Class pattern on built-in types: `int(x)` style single positional captures the
/// subject itself (CPython's `__match_args__`-less self-matching types).
pub fn match_class(vm: &mut Vm, v: &Value, cls: &Value, npos: usize, names: &Value) -> PyResult<Option<Vec<Value>>> {
    let Some(t) = crate::builtins::type_::as_type(cls) else {
        return Err(PyErr::type_error("called match pattern must be a class"));
    };
    if !crate::ops::isinstance(v, t) {
        return Ok(None);
    }
    let mut out = Vec::new();
    let mut seen: Vec<Value> = Vec::new();
    if npos > 0 {
        let self_matching = matches!(
            t.body.kind,
            crate::object::Kind::Bool | crate::object::Kind::Int | crate::object::Kind::Float | crate::object::Kind::Str
                | crate::object::Kind::List | crate::object::Kind::Tuple | crate::object::Kind::Dict | crate::object::Kind::Set
                | crate::object::Kind::FrozenSet | crate::object::Kind::Bytes | crate::object::Kind::ByteArray
        );
        if !self_matching {
            match match_positional_args(vm, v, cls, npos, &mut seen)? {
                Some(found) => out = found,
                None => return Ok(None),
            }
        } else if npos > 1 {
            return Err(PyErr::type_error(format!("{}() accepts 1 positional sub-pattern ({npos} given)", t.body.name)));
        } else {
            out.push(v.clone());
        }
    }
    for n in as_tuple(names).unwrap_or(&[]) {
        let name = as_str(n).unwrap_or("");
        check_seen(&mut seen, n, t, name)?;
        match crate::ops::getattr_opt(vm, v, name)? {
            Some(x) => out.push(x),
            None => return Ok(None),
        }
    }
    Ok(Some(out))
}

/// CPython's error when two sub-patterns of one class pattern name the same attribute
/// (through `__match_args__` and a keyword, or twice in `__match_args__`).
fn check_seen(seen: &mut Vec<Value>, n: &Value, t: &'static crate::object::TypeObject, name: &str) -> PyResult<()> {
    if seen.iter().any(|s| as_str(s) == Some(name)) {
        return Err(PyErr::type_error(format!("{}() got multiple sub-patterns for attribute '{name}'", t.body.name)));
    }
    seen.push(n.clone());
    Ok(())
}

/// Positional sub-patterns through the class's `__match_args__` (a tuple of attribute
/// names); the keyword sub-patterns are then matched by the caller's loop.
fn match_positional_args(vm: &mut Vm, v: &Value, cls: &Value, npos: usize, seen: &mut Vec<Value>) -> PyResult<Option<Vec<Value>>> {
    let tname = crate::builtins::type_::as_type(cls).map_or("?", |t| t.body.name);
    let names = match crate::ops::getattr_opt(vm, cls, "__match_args__")? {
        Some(m) => match as_tuple(&m) {
            Some(items) => items.to_vec(),
            None => return Err(PyErr::type_error(format!("{tname}.__match_args__ must be a tuple (got {})", m.ty().body.name))),
        },
        None => Vec::new(),
    };
    if npos > names.len() {
        let plural = if names.len() == 1 { "" } else { "s" };
        return Err(PyErr::type_error(format!("{tname}() accepts {} positional sub-pattern{plural} ({npos} given)", names.len())));
    }
    let mut out = Vec::with_capacity(npos);
    for n in &names[..npos] {
        let Some(name) = as_str(n) else {
            return Err(PyErr::type_error(format!("__match_args__ elements must be strings (got {})", n.ty().body.name)));
        };
        if let Some(t) = crate::builtins::type_::as_type(cls) {
            check_seen(seen, n, t, name)?;
        }
        match crate::ops::getattr_opt(vm, v, name)? {
            Some(x) => out.push(x),
            None => return Ok(None),
        }
    }
    Ok(Some(out))
}
