//! islice, batched, pairwise, zip_longest, accumulate and starmap: the iterators that
//! regroup or reshape what their sources give.
//!
//! As CPython does, an iterator drops its source once the source is exhausted (so a
//! later `next` does not call it again) and keeps the source when a call raised.

use super::{new_it, state, It};
use crate::builtins::int::{as_int, IntRef};
use crate::builtins::singletons::{is_none, none};
use crate::builtins::str::as_str;
use crate::builtins::tuple::{as_tuple, new_tuple};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::modules::args;
use crate::object::{BinOp, TypeObject, Value};

/// An islice argument: None, or an int that fits an `isize` (`PyNumber_AsSsize_t`
/// raises for larger ones); `Err(())` for anything else.
fn slice_index(v: &Value) -> Result<Option<i64>, ()> {
    if is_none(v) {
        return Ok(None);
    }
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(Some(i)),
        _ => Err(()),
    }
}

pub(super) fn islice_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::positional("islice", args, kwnames, 2, 4)?;
    let stop_arg = if a.len() == 2 { &a[1] } else { &a[2] };
    // CPython reads stop first, then start, then checks both for sign.
    let stop = slice_index(stop_arg).map_err(|()| PyErr::value_error("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."))?;
    let indices_msg = if a.len() == 2 { "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize." } else { "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize." };
    let start = if a.len() == 2 { Some(0) } else { slice_index(&a[1]).map_err(|()| PyErr::value_error(indices_msg))? };
    let start = start.unwrap_or(0);
    if start < 0 || stop.is_some_and(|s| s < 0) {
        return Err(PyErr::value_error(indices_msg));
    }
    let mut step = 1;
    if let Some(s) = a.get(3) {
        step = match slice_index(s) {
            Ok(None) => 1,
            Ok(Some(n)) if n >= 1 => n,
            _ => return Err(PyErr::value_error("Step for islice() must be a positive integer or None.")),
        };
    }
    let it = crate::ops::iter(vm, &a[0])?;
    Ok(new_it(&super::ISLICE_TYPE, It::ISlice { it: Some(it), next: start as usize, stop: stop.map(|s| s as usize), step: step as usize, count: 0 }))
}

pub(super) fn batched_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::bind("batched", args, kwnames, &["iterable", "n", "strict"], 0, 2, 2)?;
    let n = crate::builtins::int::index_i64(a[1].as_ref().expect("required"))?;
    if n < 1 {
        return Err(PyErr::value_error("n must be at least one"));
    }
    let strict = match &a[2] {
        Some(s) => crate::ops::truthy(vm, s)?,
        None => false,
    };
    let it = crate::ops::iter(vm, a[0].as_ref().expect("required"))?;
    Ok(new_it(&super::BATCHED_TYPE, It::Batched { it: Some(it), n: n as usize, strict }))
}

pub(super) fn pairwise_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::positional("pairwise", args, kwnames, 1, 1)?;
    let it = crate::ops::iter(vm, &a[0])?;
    Ok(new_it(&super::PAIRWISE_TYPE, It::Pairwise { it: Some(it), old: None }))
}

pub(super) fn starmap_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::positional("starmap", args, kwnames, 2, 2)?;
    let it = crate::ops::iter(vm, &a[1])?;
    Ok(new_it(&super::STARMAP_TYPE, It::StarMap { func: a[0].clone(), it }))
}

pub(super) fn zip_longest_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args::npos(args, kwnames);
    let mut fill = none();
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        if as_str(k) == Some("fillvalue") {
            fill = v.clone();
        } else {
            return Err(PyErr::type_error("zip_longest() got an unexpected keyword argument"));
        }
    }
    let mut its = Vec::with_capacity(npos);
    for a in &args[..npos] {
        its.push(Some(crate::ops::iter(vm, a)?));
    }
    let active = its.len();
    Ok(new_it(&super::ZIP_LONGEST_TYPE, It::ZipLongest { its, active, fill }))
}

pub(super) fn accumulate_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::bind("accumulate", args, kwnames, &["iterable", "func", "initial"], 0, 2, 1)?;
    let it = crate::ops::iter(vm, a[0].as_ref().expect("required"))?;
    let func = args::given(&a[1]).cloned();
    let initial = args::given(&a[2]).cloned();
    Ok(new_it(&super::ACCUMULATE_TYPE, It::Accumulate { it, func, total: None, initial }))
}

/// One step of the iterators in this file.
pub(super) fn next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let mut st = state(v);
    match &mut *st {
        It::ISlice { .. } => {
            drop(st);
            islice_next(vm, v)
        }
        It::Batched { it, n, strict } => {
            let Some(src) = it.clone() else { return Ok(None) };
            let (n, strict) = (*n, *strict);
            drop(st);
            let mut batch = Vec::with_capacity(n.min(1024));
            while batch.len() < n {
                match crate::ops::next(vm, &src)? {
                    Some(x) => batch.push(x),
                    None => break,
                }
            }
            if batch.len() == n {
                return Ok(Some(new_tuple(batch)));
            }
            if let It::Batched { it, .. } = &mut *state(v) {
                *it = None;
            }
            if batch.is_empty() {
                return Ok(None);
            }
            if strict {
                return Err(PyErr::value_error("batched(): incomplete batch"));
            }
            Ok(Some(new_tuple(batch)))
        }
        It::Pairwise { it, old } => {
            let Some(src) = it.clone() else { return Ok(None) };
            let old = old.clone();
            drop(st);
            let old = match old {
                Some(o) => o,
                None => match crate::ops::next(vm, &src)? {
                    Some(o) => {
                        if let It::Pairwise { old, .. } = &mut *state(v) {
                            *old = Some(o.clone());
                        }
                        o
                    }
                    None => {
                        *state(v) = It::Done;
                        return Ok(None);
                    }
                },
            };
            match crate::ops::next(vm, &src)? {
                Some(new) => {
                    if let It::Pairwise { old, .. } = &mut *state(v) {
                        *old = Some(new.clone());
                    }
                    Ok(Some(new_tuple(vec![old, new])))
                }
                None => {
                    *state(v) = It::Done;
                    Ok(None)
                }
            }
        }
        It::StarMap { func, it } => {
            let (func, it) = (func.clone(), it.clone());
            drop(st);
            let Some(item) = crate::ops::next(vm, &it)? else { return Ok(None) };
            let call_args = match as_tuple(&item) {
                Some(t) => t.to_vec(),
                None => crate::ops::collect_iterable(vm, &item)?,
            };
            crate::ops::call(vm, &func, &call_args, &[]).map(Some)
        }
        It::ZipLongest { its, active, fill } => {
            if its.is_empty() || *active == 0 {
                return Ok(None);
            }
            let (sources, fill) = (its.clone(), fill.clone());
            drop(st);
            let mut out = Vec::with_capacity(sources.len());
            for (i, src) in sources.iter().enumerate() {
                let Some(src) = src else {
                    out.push(fill.clone());
                    continue;
                };
                match crate::ops::next(vm, src) {
                    Ok(Some(x)) => out.push(x),
                    Ok(None) => {
                        let mut st = state(v);
                        let It::ZipLongest { its, active, .. } = &mut *st else { return Ok(None) };
                        *active -= 1;
                        if *active == 0 {
                            return Ok(None);
                        }
                        its[i] = None;
                        out.push(fill.clone());
                    }
                    Err(e) => {
                        if let It::ZipLongest { active, .. } = &mut *state(v) {
                            *active = 0;
                        }
                        return Err(e);
                    }
                }
            }
            Ok(Some(new_tuple(out)))
        }
        It::Accumulate { it, func, total, initial } => {
            if let Some(init) = initial.take() {
                *total = Some(init.clone());
                return Ok(Some(init));
            }
            let (it, func, total) = (it.clone(), func.clone(), total.clone());
            drop(st);
            let Some(x) = crate::ops::next(vm, &it)? else { return Ok(None) };
            let new_total = match (total, func) {
                (None, _) => x,
                (Some(t), None) => crate::ops::binary(vm, BinOp::Add, &t, &x)?,
                (Some(t), Some(f)) => crate::ops::call(vm, &f, &[t, x], &[])?,
            };
            if let It::Accumulate { total, .. } = &mut *state(v) {
                *total = Some(new_total.clone());
            }
            Ok(Some(new_total))
        }
        _ => Ok(None),
    }
}

fn islice_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let (src, stop) = match &*state(v) {
        It::ISlice { it: Some(it), stop, .. } => (it.clone(), *stop),
        _ => return Ok(None),
    };
    let finish = |v: &Value| {
        if let It::ISlice { it, .. } = &mut *state(v) {
            *it = None;
        }
    };
    loop {
        let (count, next) = match &*state(v) {
            It::ISlice { count, next, .. } => (*count, *next),
            _ => return Ok(None),
        };
        if count >= next {
            break;
        }
        if crate::ops::next(vm, &src)?.is_none() {
            finish(v);
            return Ok(None);
        }
        if let It::ISlice { count, .. } = &mut *state(v) {
            *count += 1;
        }
    }
    let count = match &*state(v) {
        It::ISlice { count, .. } => *count,
        _ => return Ok(None),
    };
    if stop.is_some_and(|s| count >= s) {
        finish(v);
        return Ok(None);
    }
    let Some(item) = crate::ops::next(vm, &src)? else {
        finish(v);
        return Ok(None);
    };
    if let It::ISlice { count, next, step, stop, .. } = &mut *state(v) {
        *count += 1;
        let old = *next;
        *next = next.saturating_add(*step);
        if *next < old || stop.is_some_and(|s| *next > s) {
            *next = stop.unwrap_or(usize::MAX);
        }
    }
    Ok(Some(item))
}
