//! count, cycle, repeat, chain, compress, dropwhile, takewhile and filterfalse: the
//! iterators that step one source at a time.
//!
//! Each `next` follows CPython's C loop step for step (which source is advanced first,
//! when a source is dropped), since scripts can observe it through side effects of the
//! sources and predicates.

use super::{new_it, state, It};
use crate::builtins::int::{as_int, new_int};
use crate::builtins::str::new_str_owned;
use crate::builtins::tuple::new_tuple;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::modules::args;
use crate::object::{BinOp, Kind, TypeObject, Value};

fn is_number(v: &Value) -> bool {
    v.is_small_int() || matches!(v.ty().body.kind, Kind::Int | Kind::Bool | Kind::Float | Kind::Complex)
}

pub(super) fn count_new(_vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::bind("count", args, kwnames, &["start", "step"], 0, 2, 0)?;
    let start = a[0].clone().unwrap_or_else(|| new_int(0));
    let step = a[1].clone().unwrap_or_else(|| new_int(1));
    if !is_number(&start) || !is_number(&step) {
        return Err(PyErr::type_error("a number is required"));
    }
    Ok(new_it(&super::COUNT_TYPE, It::Count { cur: start, step }))
}

pub(super) fn count_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if !super::is_native(v) {
        return Err(super::subclass_unsupported(v));
    }
    let (cur, step) = match &*state(v) {
        It::Count { cur, step } => (cur.clone(), step.clone()),
        _ => return Ok(new_str_owned("count()".into())),
    };
    let start = crate::ops::repr_string(vm, &cur)?;
    let step_is_one = as_int(&step).and_then(|i| i.to_i64()) == Some(1);
    if step_is_one {
        return Ok(new_str_owned(format!("count({start})").into()));
    }
    let step = crate::ops::repr_string(vm, &step)?;
    Ok(new_str_owned(format!("count({start}, {step})").into()))
}

pub(super) fn cycle_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::positional("cycle", args, kwnames, 1, 1)?;
    let it = crate::ops::iter(vm, &a[0])?;
    Ok(new_it(&super::CYCLE_TYPE, It::Cycle { it: Some(it), saved: Vec::new(), index: 0 }))
}

pub(super) fn repeat_new(_vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::bind("repeat", args, kwnames, &["object", "times"], 0, 2, 1)?;
    let obj = a[0].clone().expect("required");
    let remaining = match &a[1] {
        None => None,
        Some(t) => Some(usize::try_from(crate::builtins::int::index_i64(t)?).unwrap_or(0)),
    };
    Ok(new_it(&super::REPEAT_TYPE, It::Repeat { obj, remaining }))
}

pub(super) fn repeat_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if !super::is_native(v) {
        return Err(super::subclass_unsupported(v));
    }
    let (obj, remaining) = match &*state(v) {
        It::Repeat { obj, remaining } => (obj.clone(), *remaining),
        _ => return Ok(new_str_owned("repeat()".into())),
    };
    if vm.repr_guard_enter(v) {
        return Ok(new_str_owned("...".into()));
    }
    let r = crate::ops::repr_string(vm, &obj);
    vm.repr_guard_leave(v);
    let r = r?;
    Ok(new_str_owned(match remaining {
        None => format!("repeat({r})"),
        Some(n) => format!("repeat({r}, {n})"),
    }
    .into()))
}

/// Items left in `v` when it is an `itertools.repeat` with a count: what CPython's
/// `list()`/`tuple()` preallocate from its length hint (so `list(repeat(0, 10**12))` is a
/// prompt MemoryError).
pub fn repeat_remaining(v: &Value) -> Option<usize> {
    if v.is_small_int() || !std::ptr::eq(v.ty(), &super::REPEAT_TYPE) {
        return None;
    }
    match &*state(v) {
        It::Repeat { remaining, .. } => *remaining,
        _ => None,
    }
}

pub(super) fn repeat_length_hint(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::no_args("repeat.__length_hint__", args, kwnames)?;
    if !super::is_native(&args[0]) {
        return Err(super::subclass_unsupported(&args[0]));
    }
    match &*state(&args[0]) {
        It::Repeat { remaining: Some(n), .. } => Ok(new_int(*n as i64)),
        It::Repeat { remaining: None, .. } => Err(PyErr::type_error("len() of unsized object")),
        _ => Ok(new_int(0)),
    }
}

pub(super) fn chain_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::no_kw("chain", kwnames)?;
    let source = crate::ops::iter(vm, &new_tuple(args.to_vec()))?;
    Ok(new_it(&super::CHAIN_TYPE, It::Chain { source: Some(source), active: None }))
}

/// `chain.from_iterable(iterable)` (a class method).
pub(super) fn chain_from_iterable(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    // Reached as `chain.from_iterable(x)`; the type itself is not passed.
    let x = args::one_arg("chain.from_iterable", args, kwnames)?;
    let source = crate::ops::iter(vm, x)?;
    Ok(new_it(&super::CHAIN_TYPE, It::Chain { source: Some(source), active: None }))
}

pub(super) fn compress_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::bind("compress", args, kwnames, &["data", "selectors"], 0, 2, 2)?;
    let data = crate::ops::iter(vm, a[0].as_ref().expect("required"))?;
    let selectors = crate::ops::iter(vm, a[1].as_ref().expect("required"))?;
    Ok(new_it(&super::COMPRESS_TYPE, It::Compress { data, selectors }))
}

fn pred_and_iter(vm: &mut Vm, name: &str, args: &[Value], kwnames: &[Value]) -> PyResult<(Value, Value)> {
    let a = args::positional(name, args, kwnames, 2, 2)?;
    Ok((a[0].clone(), crate::ops::iter(vm, &a[1])?))
}

pub(super) fn dropwhile_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pred, it) = pred_and_iter(vm, "dropwhile", args, kwnames)?;
    Ok(new_it(&super::DROPWHILE_TYPE, It::DropWhile { pred, it, dropping: true }))
}

pub(super) fn takewhile_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pred, it) = pred_and_iter(vm, "takewhile", args, kwnames)?;
    Ok(new_it(&super::TAKEWHILE_TYPE, It::TakeWhile { pred, it, done: false }))
}

pub(super) fn filterfalse_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pred, it) = pred_and_iter(vm, "filterfalse", args, kwnames)?;
    Ok(new_it(&super::FILTERFALSE_TYPE, It::FilterFalse { pred, it }))
}

fn call1(vm: &mut Vm, f: &Value, x: &Value) -> PyResult<bool> {
    let r = crate::ops::call(vm, f, std::slice::from_ref(x), &[])?;
    crate::ops::truthy(vm, &r)
}

/// One step of the iterators in this file.
pub(super) fn next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let mut st = state(v);
    match &mut *st {
        It::Count { cur, step } => {
            let (c, s) = (cur.clone(), step.clone());
            drop(st);
            let n = crate::ops::binary(vm, BinOp::Add, &c, &s)?;
            if let It::Count { cur, .. } = &mut *state(v) {
                *cur = n;
            }
            Ok(Some(c))
        }
        It::Repeat { obj, remaining } => match remaining {
            None => Ok(Some(obj.clone())),
            Some(0) => Ok(None),
            Some(n) => {
                *n -= 1;
                Ok(Some(obj.clone()))
            }
        },
        It::Cycle { it, saved, index } => {
            if let Some(src) = it.clone() {
                drop(st);
                match crate::ops::next(vm, &src)? {
                    Some(x) => {
                        if let It::Cycle { saved, .. } = &mut *state(v) {
                            saved.push(x.clone());
                        }
                        return Ok(Some(x));
                    }
                    None => {
                        let mut st = state(v);
                        let It::Cycle { it, saved, index } = &mut *st else { return Ok(None) };
                        *it = None;
                        if saved.is_empty() {
                            return Ok(None);
                        }
                        *index = 1 % saved.len();
                        return Ok(Some(saved[0].clone()));
                    }
                }
            }
            if saved.is_empty() {
                return Ok(None);
            }
            let x = saved[*index].clone();
            *index = (*index + 1) % saved.len();
            Ok(Some(x))
        }
        It::Chain { .. } => {
            drop(st);
            chain_next(vm, v)
        }
        It::Compress { data, selectors } => {
            let (data, selectors) = (data.clone(), selectors.clone());
            drop(st);
            loop {
                let Some(d) = crate::ops::next(vm, &data)? else { return Ok(None) };
                let Some(s) = crate::ops::next(vm, &selectors)? else { return Ok(None) };
                if crate::ops::truthy(vm, &s)? {
                    return Ok(Some(d));
                }
            }
        }
        It::DropWhile { pred, it, dropping } => {
            let (pred, it, dropping) = (pred.clone(), it.clone(), *dropping);
            drop(st);
            loop {
                let Some(x) = crate::ops::next(vm, &it)? else { return Ok(None) };
                if !dropping || !call1(vm, &pred, &x)? {
                    if let It::DropWhile { dropping, .. } = &mut *state(v) {
                        *dropping = false;
                    }
                    return Ok(Some(x));
                }
            }
        }
        It::TakeWhile { pred, it, done } => {
            if *done {
                return Ok(None);
            }
            let (pred, it) = (pred.clone(), it.clone());
            drop(st);
            let Some(x) = crate::ops::next(vm, &it)? else { return Ok(None) };
            if call1(vm, &pred, &x)? {
                return Ok(Some(x));
            }
            if let It::TakeWhile { done, .. } = &mut *state(v) {
                *done = true;
            }
            Ok(None)
        }
        It::FilterFalse { pred, it } => {
            let (pred, it) = (pred.clone(), it.clone());
            drop(st);
            loop {
                let Some(x) = crate::ops::next(vm, &it)? else { return Ok(None) };
                let keep = if crate::builtins::singletons::is_none(&pred) || std::ptr::eq(pred.ty(), &crate::builtins::singletons::BOOL_TYPE) {
                    !crate::ops::truthy(vm, &x)?
                } else {
                    !call1(vm, &pred, &x)?
                };
                if keep {
                    return Ok(Some(x));
                }
            }
        }
        _ => Ok(None),
    }
}

fn chain_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    loop {
        let (source, active) = match &*state(v) {
            It::Chain { source: Some(s), active } => (s.clone(), active.clone()),
            _ => return Ok(None),
        };
        let active = match active {
            Some(a) => a,
            None => {
                let next_iterable = crate::ops::next(vm, &source);
                let iterable = match next_iterable {
                    Ok(Some(x)) => x,
                    other => {
                        *state(v) = It::Done;
                        return other.map(|_| None);
                    }
                };
                let a = match crate::ops::iter(vm, &iterable) {
                    Ok(a) => a,
                    Err(e) => {
                        *state(v) = It::Done;
                        return Err(e);
                    }
                };
                if let It::Chain { active, .. } = &mut *state(v) {
                    *active = Some(a.clone());
                }
                a
            }
        };
        if let Some(x) = crate::ops::next(vm, &active)? {
            return Ok(Some(x));
        }
        if let It::Chain { active, .. } = &mut *state(v) {
            *active = None;
        }
    }
}
