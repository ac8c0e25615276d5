//! `range`: start/stop/step over machine ints when they (and the length) fit in an i64,
//! with a big-int fallback (`RangeData::big`) so `range(10**20)` works as in CPython.
//! `for i in range(n)` never creates one of these per step: the interpreter's FOR_ITER
//! has a range fast path over the i64 iterator; big ranges get a big-int iterator.

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtin_type;
use crate::builtins::int::{as_int, new_bigint, new_int};
use crate::builtins::singletons::{none, py_bool};
use crate::builtins::slice::{as_slice, SliceData};
use crate::builtins::str::new_str;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{CompareOp, Kind, MethodDef, Slots, TypeObject, Value};

/// Big-int bounds, used when start/stop/step or the length do not fit in an i64.
#[derive(Clone)]
pub struct BigBounds {
    /// First value.
    pub start: BigInt,
    /// End (exclusive).
    pub stop: BigInt,
    /// Step (never 0).
    pub step: BigInt,
}

/// A range's parameters.
#[derive(Clone)]
pub struct RangeData {
    /// First value (meaningful only when `big` is None).
    pub start: i64,
    /// End (exclusive).
    pub stop: i64,
    /// Step (never 0).
    pub step: i64,
    /// The big-int form; when set, the i64 fields describe an empty range and must not be used.
    pub big: Option<Box<BigBounds>>,
}

/// Number of values of a big-int range.
fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() {
        if start < stop { (stop - start - 1u32) / step + 1u32 } else { BigInt::zero() }
    } else if start > stop {
        (start - stop - 1u32) / (-step) + 1u32
    } else {
        BigInt::zero()
    }
}

impl RangeData {
    /// Number of values (only meaningful for the i64 form).
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
        match &self.big {
            Some(b) => big_len(&b.start, &b.stop, &b.step).is_zero(),
            None => self.len() == 0,
        }
    }
    /// The i-th value (i64 form).
    pub fn at(&self, i: usize) -> i64 {
        self.start + self.step * i as i64
    }
    /// The bounds as big ints, whatever the form.
    pub fn bounds(&self) -> (BigInt, BigInt, BigInt) {
        match &self.big {
            Some(b) => (b.start.clone(), b.stop.clone(), b.step.clone()),
            None => (BigInt::from(self.start), BigInt::from(self.stop), BigInt::from(self.step)),
        }
    }
    /// The length as a big int, whatever the form.
    pub fn big_len(&self) -> BigInt {
        let (a, b, c) = self.bounds();
        big_len(&a, &b, &c)
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
        hash: Some(range_hash),
        getattr: Some(range_getattr),
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

/// A new range over machine ints.
pub fn new_range(start: i64, stop: i64, step: i64) -> Value {
    crate::object::alloc(&RANGE_TYPE, RangeData { start, stop, step, big: None })
}

/// A new range from big-int bounds: the i64 form when the bounds and the length fit.
pub fn new_big_range(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
        if big_len(&start, &stop, &step).to_i64().is_some() {
            return new_range(a, b, c);
        }
    }
    let big = Some(Box::new(BigBounds { start, stop, step }));
    crate::object::alloc(&RANGE_TYPE, RangeData { start: 0, stop: 0, step: 1, big })
}

fn range_arg(v: &Value) -> PyResult<BigInt> {
    match as_int(v) {
        Some(i) => Ok(i.to_big()),
        None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().body.name))),
    }
}

/// `range(...)` of inline small ints, the usual case, built without big ints: 63-bit bounds
/// always give a length that fits in an i64. `None` for any other arguments.
fn small_range(args: &[Value]) -> PyResult<Option<Value>> {
    let (start, stop, step) = match args {
        [stop] => (Some(0), stop.as_small_int(), Some(1)),
        [a, b] => (a.as_small_int(), b.as_small_int(), Some(1)),
        [a, b, c] => (a.as_small_int(), b.as_small_int(), c.as_small_int()),
        _ => return Ok(None),
    };
    let (Some(start), Some(stop), Some(step)) = (start, stop, step) else { return Ok(None) };
    if step == 0 {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(Some(new_range(start, stop, step)))
}

fn range_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("range() takes no keyword arguments"));
    }
    let args = crate::builtins::instances::protocol::index_values(vm, args)?;
    let args: &[Value] = &args;
    if let Some(r) = small_range(args)? {
        return Ok(r);
    }
    let (start, stop, step) = match args {
        [stop] => (BigInt::zero(), range_arg(stop)?, BigInt::one()),
        [a, b] => (range_arg(a)?, range_arg(b)?, BigInt::one()),
        [a, b, c] => (range_arg(a)?, range_arg(b)?, range_arg(c)?),
        [] => return Err(PyErr::type_error("range expected at least 1 argument, got 0")),
        _ => return Err(PyErr::type_error(format!("range expected at most 3 arguments, got {}", args.len()))),
    };
    if step.is_zero() {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(new_big_range(start, stop, step))
}

fn range_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let r = as_range(v).ok_or_else(|| PyErr::type_error("expected range"))?;
    let (start, stop, step) = r.bounds();
    Ok(new_str(&if step.is_one() { format!("range({start}, {stop})") } else { format!("range({start}, {stop}, {step})") }))
}

fn range_getattr(_vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(r) = as_range(v) else { return Ok(None) };
    let (start, stop, step) = r.bounds();
    Ok(match name {
        "start" => Some(new_bigint(start)),
        "stop" => Some(new_bigint(stop)),
        "step" => Some(new_bigint(step)),
        _ => None,
    })
}

/// Ranges are equal when they hold the same values: same length, and (when non-empty)
/// same start, and (when longer than one) same step.
fn same_values(x: &RangeData, y: &RangeData) -> bool {
    let (n, m) = (x.big_len(), y.big_len());
    let (xs, _, xst) = x.bounds();
    let (ys, _, yst) = y.bounds();
    n == m && (n.is_zero() || (xs == ys && (n.is_one() || xst == yst)))
}

fn range_compare(_vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (as_range(a), as_range(b)) else { return Ok(None) };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(None);
    }
    Ok(Some(py_bool(same_values(x, y) == (op == CompareOp::Eq))))
}

/// Hash of `(len, start, step)`, with start and step replaced by None where they do not
/// matter (empty range: both; one element: step), so equal ranges hash equal.
fn range_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let r = as_range(v).ok_or_else(|| PyErr::type_error("expected range"))?;
    let n = r.big_len();
    let (start, _, step) = r.bounds();
    let key = if n.is_zero() {
        vec![new_int(0), none(), none()]
    } else if n.is_one() {
        vec![new_int(1), new_bigint(start), none()]
    } else {
        vec![new_bigint(n), new_bigint(start), new_bigint(step)]
    };
    crate::ops::hash(vm, &crate::builtins::tuple::new_tuple(key))
}

fn range_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let r = as_range(v).ok_or_else(|| PyErr::type_error("expected range"))?;
    if r.big.is_none() {
        return Ok(r.len());
    }
    r.big_len()
        .to_i64()
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t"))
}

fn range_truth(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(as_range(v).is_some_and(|r| !r.is_empty()))
}

/// A slice bound as a big int, or None when absent.
fn slice_bound(v: &Value) -> PyResult<Option<BigInt>> {
    if crate::builtins::singletons::is_none(v) {
        return Ok(None);
    }
    match as_int(v) {
        Some(i) => Ok(Some(i.to_big())),
        None => Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// Clamps a slice bound into `[lower, upper]` after adding `len` to negative values.
fn clamp_bound(b: BigInt, len: &BigInt, lower: &BigInt, upper: &BigInt) -> BigInt {
    if b.is_negative() {
        let b = b + len;
        if &b < lower { lower.clone() } else { b }
    } else if &b > upper {
        upper.clone()
    } else {
        b
    }
}

/// `r[slice]` over big ints: the slice's index range maps back to a value range.
fn range_slice(r: &RangeData, sl: &SliceData) -> PyResult<Value> {
    let step = slice_bound(&sl.step)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let len = r.big_len();
    let (lower, upper) = if step.is_negative() { (BigInt::from(-1), &len - 1u32) } else { (BigInt::zero(), len.clone()) };
    let start = match slice_bound(&sl.start)? {
        Some(b) => clamp_bound(b, &len, &lower, &upper),
        None => if step.is_negative() { upper.clone() } else { lower.clone() },
    };
    let stop = match slice_bound(&sl.stop)? {
        Some(b) => clamp_bound(b, &len, &lower, &upper),
        None => if step.is_negative() { lower.clone() } else { upper.clone() },
    };
    let (r_start, _, r_step) = r.bounds();
    Ok(new_big_range(&r_start + &start * &r_step, &r_start + &stop * &r_step, r_step * step))
}

fn range_getitem(_vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let r = as_range(v).ok_or_else(|| PyErr::type_error("expected range"))?;
    if let Some(i) = as_int(key) {
        if let (None, Some(i)) = (&r.big, i.to_i64()) {
            return match crate::builtins::slice::normalize_index(i, r.len()) {
                Some(j) => Ok(new_int(r.at(j))),
                None => Err(PyErr::index_error("range object index out of range")),
            };
        }
        let len = r.big_len();
        let mut i = i.to_big();
        if i.is_negative() {
            i += &len;
        }
        if i.is_negative() || i >= len {
            return Err(PyErr::index_error("range object index out of range"));
        }
        let (start, _, step) = r.bounds();
        return Ok(new_bigint(start + i * step));
    }
    if let Some(sl) = as_slice(key) {
        return range_slice(r, sl);
    }
    Err(PyErr::type_error(format!("range indices must be integers or slices, not {}", key.ty().body.name)))
}

/// The index of int `x` in `r`, if present.
fn range_find(r: &RangeData, x: &Value) -> Option<BigInt> {
    let i = as_int(x)?;
    if r.big.is_none() {
        let i = i.to_i64()?;
        if r.step > 0 && !(r.start..r.stop).contains(&i) || r.step < 0 && !(i > r.stop && i <= r.start) {
            return None;
        }
        let off = i128::from(i) - i128::from(r.start);
        let step = i128::from(r.step);
        return if off % step == 0 { Some(BigInt::from(off / step)) } else { None };
    }
    let i = i.to_big();
    let (start, stop, step) = r.bounds();
    let inside = if step.is_positive() { start <= i && i < stop } else { stop < i && i <= start };
    if !inside {
        return None;
    }
    let off = i - start;
    if (&off % &step).is_zero() { Some(off / step) } else { None }
}

fn range_contains(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let r = as_range(v).ok_or_else(|| PyErr::type_error("expected range"))?;
    if as_int(x).is_some() {
        return Ok(range_find(r, x).is_some());
    }
    let it = crate::builtins::iterators::range_iter(vm, v)?;
    while let Some(item) = crate::ops::next(vm, &it)? {
        if crate::ops::eq(vm, &item, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn range_index(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("range.index() takes no keyword arguments"));
    }
    let [this, x] = args else { return Err(PyErr::type_error(format!("range.index() takes exactly one argument ({} given)", args.len().saturating_sub(1)))) };
    let r = as_range(this).ok_or_else(|| PyErr::type_error("expected range"))?;
    if as_int(x).is_none() {
        // Generic sequence search for non-ints, with its own message.
        let it = crate::builtins::iterators::range_iter(vm, this)?;
        let mut i = 0i64;
        while let Some(item) = crate::ops::next(vm, &it)? {
            if crate::ops::eq(vm, &item, x)? {
                return Ok(new_int(i));
            }
            i += 1;
        }
        return Err(PyErr::value_error("sequence.index(x): x not in sequence"));
    }
    match range_find(r, x) {
        Some(i) => Ok(new_bigint(i)),
        None => Err(PyErr::value_error(format!("{} is not in range", crate::ops::repr_string(vm, x)?))),
    }
}

fn range_count(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("range.count() takes no keyword arguments"));
    }
    let [this, x] = args else { return Err(PyErr::type_error(format!("range.count() takes exactly one argument ({} given)", args.len().saturating_sub(1)))) };
    let r = as_range(this).ok_or_else(|| PyErr::type_error("expected range"))?;
    if as_int(x).is_some() {
        return Ok(new_int(i64::from(range_find(r, x).is_some())));
    }
    // Not an int (2.0, a Decimal ...): count the items that compare equal, as CPython's
    // generic sequence count does.
    let it = crate::builtins::iterators::range_iter(vm, this)?;
    let mut n = 0i64;
    while let Some(item) = crate::ops::next(vm, &it)? {
        if crate::ops::eq(vm, &item, x)? {
            n += 1;
        }
    }
    Ok(new_int(n))
}
