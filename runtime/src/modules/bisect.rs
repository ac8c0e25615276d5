//! The `bisect` module: binary search and insertion in sorted sequences, with `lo`,
//! `hi` and `key=`.
//!
//! The search is CPython's loop exactly (`mid = (lo + hi) / 2`, `x < a[mid]` for the
//! right variants and `a[mid] < x` for the left ones), so the sequence of comparisons and
//! `key` calls a script can observe is the same, and so is the answer on a list that is
//! not sorted. Items are read through `ops::getitem`, so any sequence works; lists take
//! the direct path.

use crate::builtins::int::{as_int, new_int, IntRef};
use crate::builtins::list::as_list;
use crate::builtins::singletons::{is_none, none};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::modules::args;
use crate::object::{CompareOp, Value};

/// The parsed arguments of every function here.
struct Search {
    a: Value,
    x: Value,
    lo: usize,
    hi: Option<i64>,
    key: Option<Value>,
}

fn ssize_arg(v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(i),
        Some(IntRef::Big(_)) => Err(PyErr::overflow_error("Python int too large to convert to C ssize_t")),
        None => Err(crate::builtins::int::not_an_integer(v)),
    }
}

fn parse(name: &str, args: &[Value], kwnames: &[Value]) -> PyResult<Search> {
    let p = args::bind(name, args, kwnames, &["a", "x", "lo", "hi", "key"], 0, 4, 2)?;
    let lo = match &p[2] {
        Some(v) => ssize_arg(v)?,
        None => 0,
    };
    let hi = match &p[3] {
        Some(v) if is_none(v) => None,
        Some(v) if as_int(v).is_none() => {
            return Err(PyErr::type_error(format!("argument should be integer or None, not '{}'", v.ty().body.name)));
        }
        Some(v) => Some(ssize_arg(v)?),
        None => None,
    };
    if lo < 0 {
        return Err(PyErr::value_error("lo must be non-negative"));
    }
    Ok(Search { a: p[0].clone().expect("required"), x: p[1].clone().expect("required"), lo: lo as usize, hi, key: args::given(&p[4]).cloned() })
}

fn item(vm: &mut Vm, a: &Value, i: usize) -> PyResult<Value> {
    if let Some(x) = as_list(a).and_then(|l| l.items().get(i).cloned()) {
        return Ok(x);
    }
    crate::ops::getitem(vm, a, &new_int(i as i64))
}

/// The insertion point of `x` (already keyed) in `a[lo:hi]`.
fn search(vm: &mut Vm, s: &Search, x: &Value, right: bool) -> PyResult<usize> {
    let hi = match s.hi {
        // -1 is the C default ("not given").
        None | Some(-1) => crate::ops::len(vm, &s.a)? as i64,
        Some(h) => h,
    };
    if s.a.ty().body.slot(|sl| sl.getitem).is_none() {
        return Err(PyErr::type_error(format!("'{}' object does not support indexing", s.a.ty().body.name)));
    }
    let mut lo = s.lo as i64;
    let mut hi = hi;
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut litem = item(vm, &s.a, mid as usize)?;
        if let Some(k) = &s.key {
            litem = crate::ops::call(vm, k, std::slice::from_ref(&litem), &[])?;
        }
        let go_left = if right { crate::ops::compare_bool(vm, x, &litem, CompareOp::Lt)? } else { !crate::ops::compare_bool(vm, &litem, x, CompareOp::Lt)? };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo as usize)
}

fn bisect_right(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let s = parse("bisect_right", args, kwnames)?;
    Ok(new_int(search(vm, &s, &s.x.clone(), true)? as i64))
}

fn bisect_left(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let s = parse("bisect_left", args, kwnames)?;
    Ok(new_int(search(vm, &s, &s.x.clone(), false)? as i64))
}

fn insort(vm: &mut Vm, name: &str, args: &[Value], kwnames: &[Value], right: bool) -> PyResult<Value> {
    let s = parse(name, args, kwnames)?;
    let keyed = match &s.key {
        Some(k) => crate::ops::call(vm, k, std::slice::from_ref(&s.x), &[])?,
        None => s.x.clone(),
    };
    let index = search(vm, &s, &keyed, right)?;
    if let Some(l) = as_list(&s.a) {
        if std::ptr::eq(s.a.ty(), &crate::builtins::list::LIST_TYPE) {
            let items = l.items_mut();
            let at = index.min(items.len());
            items.insert(at, s.x);
            return Ok(none());
        }
    }
    let insert = crate::ops::getattr(vm, &s.a, "insert")?;
    crate::ops::call(vm, &insert, &[new_int(index as i64), s.x], &[])?;
    Ok(none())
}

fn insort_right(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    insort(vm, "insort_right", args, kwnames, true)
}

fn insort_left(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    insort(vm, "insort_left", args, kwnames, false)
}

/// Builds `bisect`.
pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = super::make_module(
        "bisect",
        &[("bisect_right", bisect_right), ("bisect_left", bisect_left), ("insort_right", insort_right), ("insort_left", insort_left)],
    );
    // `bisect` and `insort` are the same objects as the right variants.
    if let Some(d) = crate::builtins::module::as_module(&m).and_then(|md| crate::builtins::dict::as_dict(&md.dict)) {
        if let Some(f) = d.get_str("bisect_right") {
            d.set_str("bisect", f);
        }
        if let Some(f) = d.get_str("insort_right") {
            d.set_str("insort", f);
        }
    }
    Ok(m)
}
