//! `range`: start/stop/step over machine ints. `for i in range(n)` never creates one of
//! these per step: the interpreter's FOR_ITER has a range fast path over the iterator.

use crate::builtin_type;
use crate::builtins::int::{as_int, index_i64, new_int};
use crate::builtins::singletons::py_bool;
use crate::builtins::slice::{as_slice, normalize_index, slice_indices};
use crate::builtins::str::new_str;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{CompareOp, Kind, MethodDef, Slots, TypeObject, Value};

/// A range's parameters.
#[derive(Clone, Copy)]
pub struct RangeData {
    /// First value.
    pub start: i64,
    /// End (exclusive).
    pub stop: i64,
    /// Step (never 0).
    pub step: i64,
}

impl RangeData {
    /// Number of values.
    pub fn len(&self) -> usize {
        let (lo, hi, st) = (i128::from(self.start), i128::from(self.stop), i128::from(self.step));
        let n = if st > 0 {
            if lo < hi { (hi - lo - 1) / st + 1 } else { 0 }
        } else if lo > hi {
            (lo - hi - 1) / (-st) + 1
        } else {
            0
        };
        n as usize
    }
    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The i-th value.
    pub fn at(&self, i: usize) -> i64 {
        self.start + self.step * i as i64
    }
}

builtin_type!(
    RANGE_TYPE,
    "range",
    Kind::Range,
    RangeData,
    Some(&crate::builtins::type_::OBJECT_TYPE),
    Slots {
        repr: Some(range_repr),
        compare: Some(range_compare),
        len: Some(range_len),
        getitem: Some(range_getitem),
        contains: Some(range_contains),
        iter: Some(crate::builtins::iterators::range_iter),
        truth: Some(range_truth),
        new: Some(range_new),
        hash: Some(crate::builtins::type_::identity_hash),
        ..Slots::EMPTY
    },
    &[MethodDef::method("index", range_index), MethodDef::method("count", range_count)]
);

/// The range body, if `v` is a range.
#[inline(always)]
pub fn as_range(v: &Value) -> Option<&RangeData> {
    if !v.is_small_int() && v.ty().body.kind == Kind::Range {
        // SAFETY: Kind::Range objects are Obj<RangeData>.
        Some(unsafe { v.body_unchecked::<RangeData>() })
    } else {
        None
    }
}

/// A new range.
pub fn new_range(start: i64, stop: i64, step: i64) -> Value {
    crate::object::alloc(&RANGE_TYPE, RangeData { start, stop, step })
}

fn range_arg(v: &Value) -> PyResult<i64> {
    if as_int(v).is_none() {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().body.name)));
    }
    index_i64(v).map_err(|_| PyErr::overflow_error("Python int too large to convert to C ssize_t"))
}

fn range_new(_vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("range() takes no keyword arguments"));
    }
    let (start, stop, step) = match args {
        [stop] => (0, range_arg(stop)?, 1),
        [a, b] => (range_arg(a)?, range_arg(b)?, 1),
        [a, b, c] => (range_arg(a)?, range_arg(b)?, range_arg(c)?),
        [] => return Err(PyErr::type_error("range expected at least 1 argument, got 0")),
        _ => return Err(PyErr::type_error(format!("range expected at most 3 arguments, got {}", args.len()))),
    };
    if step == 0 {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(start, stop, step))
}

fn range_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let r = as_range(v).ok_or_else(|| PyErr::type_error("expected range"))?;
    Ok(new_str(&if r.step == 1 { format!("range({}, {})", r.start, r.stop) } else { format!("range({}, {}, {})", r.start, r.stop, r.step) }))
}

fn range_compare(_vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (as_range(a), as_range(b)) else { return Ok(None) };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(None);
    }
    let (n, m) = (x.len(), y.len());
    let same = n == m && (n == 0 || (x.start == y.start && (n == 1 || x.step == y.step)));
    Ok(Some(py_bool(same == (op == CompareOp::Eq))))
}

fn range_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(as_range(v).map_or(0, RangeData::len))
}

fn range_truth(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(as_range(v).is_some_and(|r| !r.is_empty()))
}

fn range_getitem(_vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let r = *as_range(v).ok_or_else(|| PyErr::type_error("expected range"))?;
    if let Some(i) = as_int(key) {
        let i = i.to_i64().unwrap_or(i64::MAX);
        return match normalize_index(i, r.len()) {
            Some(j) => Ok(new_int(r.at(j))),
            None => Err(PyErr::index_error("range object index out of range")),
        };
    }
    if let Some(sl) = as_slice(key) {
        let (start, _stop, step, n) = slice_indices(sl, r.len())?;
        let new_start = r.start + start * r.step;
        let new_step = r.step * step;
        return Ok(new_range(new_start, new_start + n as i64 * new_step, new_step));
    }
    Err(PyErr::type_error(format!("range indices must be integers or slices, not {}", key.ty().body.name)))
}

fn range_find(r: &RangeData, x: &Value) -> Option<usize> {
    let i = as_int(x)?.to_i64()?;
    if r.step > 0 && !(r.start..r.stop).contains(&i) || r.step < 0 && !(i > r.stop && i <= r.start) {
        return None;
    }
    let off = i - r.start;
    if off % r.step == 0 {
        Some((off / r.step) as usize)
    } else {
        None
    }
}

fn range_contains(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let r = *as_range(v).ok_or_else(|| PyErr::type_error("expected range"))?;
    if as_int(x).is_some() {
        return Ok(range_find(&r, x).is_some());
    }
    for i in 0..r.len() {
        if crate::ops::eq(vm, &new_int(r.at(i)), x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn range_index(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = *as_range(&args[0]).ok_or_else(|| PyErr::type_error("expected range"))?;
    match range_find(&r, &args[1]) {
        Some(i) => Ok(new_int(i as i64)),
        None => Err(PyErr::value_error(format!("{} is not in range", crate::ops::repr_string(_vm, &args[1])?))),
    }
}

fn range_count(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = *as_range(&args[0]).ok_or_else(|| PyErr::type_error("expected range"))?;
    Ok(new_int(i64::from(range_find(&r, &args[1]).is_some())))
}
