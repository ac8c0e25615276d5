//! `_functools`: the native core of `functools` (`reduce`, `partial`, `cmp_to_key`).
//!
//! In CPython, `Lib/functools.py` imports these from `_functools` and adds the rest
//! (wraps, lru_cache, total_ordering, singledispatch ...) in Python. The same split is
//! kept here so a `functools` written on top of classes can import them; until then
//! `functools` is registered natively with these three names.
//!
//! `partial` objects are immutable after construction except for their `keywords` dict,
//! which is an ordinary dict (CPython lets scripts mutate it); a call merges that dict
//! with the call's keywords in dict-update order. A partial of a partial is flattened
//! at construction, as CPython does, so `partial(partial(f, 1), 2).args == (1, 2)`.

use crate::builtin_type;
use crate::builtins::dict::{as_dict, new_dict};
use crate::builtins::singletons::none;
use crate::builtins::str::{as_str, new_str, new_str_owned};
use crate::builtins::tuple::{as_tuple, new_tuple};
use crate::builtins::type_::{type_value, OBJECT_TYPE};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::modules::args;
use crate::object::{CompareOp, Kind, Slots, TypeObject, Value};

/// `reduce(function, iterable, /, initial)`.
fn reduce(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::bind("reduce", args, kwnames, &["function", "iterable", "initial"], 2, 3, 2)?;
    let func = a[0].clone().expect("required");
    let seq = a[1].as_ref().expect("required");
    let it = crate::ops::iter(vm, seq).map_err(|e| {
        if e.matches(&crate::builtins::exceptions::TYPE_ERROR) {
            PyErr::type_error("reduce() arg 2 must support iteration")
        } else {
            e
        }
    })?;
    let mut acc = a[2].clone();
    while let Some(x) = crate::ops::next(vm, &it)? {
        acc = Some(match acc {
            None => x,
            Some(r) => crate::ops::call(vm, &func, &[r, x], &[])?,
        });
    }
    acc.ok_or_else(|| PyErr::type_error("reduce() of empty iterable with no initial value"))
}

/// A `functools.partial` object.
pub struct Partial {
    func: Value,
    args: Value,
    keywords: Value,
}

builtin_type!(
    PARTIAL_TYPE,
    "functools.partial",
    Kind::Object,
    Partial,
    Some(&OBJECT_TYPE),
    Slots {
        new: Some(partial_new),
        call: Some(partial_call),
        repr: Some(partial_repr),
        getattr: Some(partial_getattr),
        setattr: Some(partial_setattr),
        traverse: Some(partial_traverse),
        ..Slots::EMPTY
    },
    &[]
);

fn partial_of(v: &Value) -> PyResult<&Partial> {
    if v.is_small_int() || !std::ptr::eq(v.ty(), &PARTIAL_TYPE) {
        return Err(PyErr::new(
            &crate::builtins::exceptions::NOT_IMPLEMENTED_ERROR,
            format!("instances of subclasses of functools.partial are not supported yet ('{}')", v.ty().body.name),
        ));
    }
    // SAFETY: PARTIAL_TYPE's instances are made by `partial_new` with a Partial body.
    Ok(unsafe { v.body_unchecked::<Partial>() })
}

fn partial_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    let Ok(p) = partial_of(v) else { return };
    visit(&p.func);
    visit(&p.args);
    visit(&p.keywords);
}

fn partial_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args::npos(args, kwnames);
    if npos == 0 {
        return Err(PyErr::type_error("type 'partial' takes at least one argument"));
    }
    let mut func = args[0].clone();
    if !crate::ops::callable(&func) {
        return Err(PyErr::type_error("the first argument must be callable"));
    }
    let mut pos: Vec<Value> = Vec::new();
    let keywords = new_dict();
    let kw = as_dict(&keywords).expect("new dict");
    if std::ptr::eq(func.ty(), &PARTIAL_TYPE) {
        let inner = partial_of(&func)?;
        pos.extend(as_tuple(&inner.args).unwrap_or(&[]).iter().cloned());
        if let Some(d) = as_dict(&inner.keywords) {
            for (k, v) in d.items() {
                kw.set(vm, k, v)?;
            }
        }
        func = inner.func.clone();
    }
    pos.extend(args[1..npos].iter().cloned());
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        kw.set(vm, k.clone(), v.clone())?;
    }
    Ok(crate::object::alloc(&PARTIAL_TYPE, Partial { func, args: new_tuple(pos), keywords }))
}

fn partial_call(vm: &mut Vm, f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let p = partial_of(f)?;
    let npos = args::npos(args, kwnames);
    let stored = as_tuple(&p.args).unwrap_or(&[]);
    let items = as_dict(&p.keywords).map(|d| d.items()).unwrap_or_default();
    let mut names: Vec<Value> = Vec::with_capacity(items.len() + kwnames.len());
    let mut values: Vec<Value> = Vec::with_capacity(items.len() + kwnames.len());
    for (k, v) in items {
        names.push(k);
        values.push(v);
    }
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let key = as_str(k);
        match names.iter().position(|n| as_str(n) == key) {
            Some(i) => values[i] = v.clone(),
            None => {
                names.push(k.clone());
                values.push(v.clone());
            }
        }
    }
    let mut full = Vec::with_capacity(stored.len() + npos + values.len());
    full.extend(stored.iter().cloned());
    full.extend(args[..npos].iter().cloned());
    full.extend(values);
    crate::ops::call(vm, &p.func, &full, &names)
}

fn partial_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if vm.repr_guard_enter(v) {
        return Ok(new_str("..."));
    }
    let r = (|| -> PyResult<String> {
        let p = partial_of(v)?;
        let mut parts = vec![crate::ops::repr_string(vm, &p.func)?];
        for a in as_tuple(&p.args).unwrap_or(&[]) {
            parts.push(crate::ops::repr_string(vm, a)?);
        }
        for (k, x) in as_dict(&p.keywords).map(|d| d.items()).unwrap_or_default() {
            let name = crate::ops::str_string(vm, &k)?;
            parts.push(format!("{name}={}", crate::ops::repr_string(vm, &x)?));
        }
        Ok(format!("functools.partial({})", parts.join(", ")))
    })();
    vm.repr_guard_leave(v);
    Ok(new_str_owned(r?.into()))
}

fn partial_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let p = partial_of(v)?;
    Ok(match name {
        "func" => Some(p.func.clone()),
        "args" => Some(p.args.clone()),
        "keywords" => Some(p.keywords.clone()),
        _ => None,
    })
}

fn partial_setattr(_vm: &mut Vm, v: &Value, name: &str, _value: Option<Value>) -> PyResult<()> {
    if matches!(name, "func" | "args" | "keywords") {
        return Err(PyErr::attribute_error("readonly attribute"));
    }
    Err(PyErr::attribute_error(format!("'{}' object has no attribute '{name}' and no __dict__ for setting new attributes", v.ty().body.name)))
}

/// A `cmp_to_key` wrapper: the comparison function and, once called, the wrapped object.
pub struct KeyWrapper {
    cmp: Value,
    obj: Option<Value>,
}

builtin_type!(
    KEY_WRAPPER_TYPE,
    "functools.KeyWrapper",
    Kind::Object,
    KeyWrapper,
    Some(&OBJECT_TYPE),
    Slots {
        call: Some(key_call),
        compare: Some(key_compare),
        hash: Some(key_hash),
        getattr: Some(key_getattr),
        traverse: Some(key_traverse),
        ..Slots::EMPTY
    },
    &[]
);

fn key_of(v: &Value) -> Option<&KeyWrapper> {
    if v.is_small_int() || !std::ptr::eq(v.ty(), &KEY_WRAPPER_TYPE) {
        return None;
    }
    // SAFETY: KEY_WRAPPER_TYPE's instances have a KeyWrapper body.
    Some(unsafe { v.body_unchecked::<KeyWrapper>() })
}

fn key_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(k) = key_of(v) {
        visit(&k.cmp);
        if let Some(o) = &k.obj {
            visit(o);
        }
    }
}

fn cmp_to_key(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::bind("cmp_to_key", args, kwnames, &["mycmp"], 0, 1, 1)?;
    Ok(crate::object::alloc(&KEY_WRAPPER_TYPE, KeyWrapper { cmp: a[0].clone().expect("required"), obj: None }))
}

fn key_call(_vm: &mut Vm, f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(PyErr::type_error(format!("K() takes at most 1 argument ({} given)", args.len())));
    }
    let a = args::bind("K", args, kwnames, &["obj"], 0, 1, 1)?;
    let cmp = key_of(f).map(|k| k.cmp.clone()).unwrap_or_else(none);
    Ok(crate::object::alloc(&KEY_WRAPPER_TYPE, KeyWrapper { cmp, obj: a[0].clone() }))
}

fn key_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (key_of(a), key_of(b)) else {
        return Err(PyErr::type_error("other argument must be K instance"));
    };
    let (Some(xo), Some(yo)) = (x.obj.clone(), y.obj.clone()) else {
        return Err(PyErr::attribute_error("object"));
    };
    let r = crate::ops::call(vm, &x.cmp, &[xo, yo], &[])?;
    let zero = crate::builtins::int::new_int(0);
    crate::ops::compare(vm, &r, &zero, op).map(Some)
}

fn key_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Err(PyErr::type_error(format!("unhashable type: '{}'", v.ty().body.name)))
}

fn key_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    if name != "obj" {
        return Ok(None);
    }
    match key_of(v).and_then(|k| k.obj.clone()) {
        Some(o) => Ok(Some(o)),
        None => Err(PyErr::attribute_error("obj")),
    }
}

/// Builds `_functools`.
pub fn init_native(_vm: &mut Vm) -> PyResult<Value> {
    let m = super::make_module("_functools", &[("reduce", reduce), ("cmp_to_key", cmp_to_key)]);
    super::module_set(&m, "partial", type_value(&PARTIAL_TYPE));
    super::module_set(&m, "KeyWrapper", type_value(&KEY_WRAPPER_TYPE));
    Ok(m)
}
